package io.valueloop.cli;

import io.valueloop.io.ModelFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports a failure: one place that turns an exception into lines on the error stream and an
 * exit code — {@link #USAGE} for a usage error, {@link #FILES} for a problem with the user's files or a computation
 * on them.
 */
final class Failures {
  /** The exit code of a problem with the user's files. */
  static final int FILES = 1;
  /** The exit code of a usage error. */
  static final int USAGE = 2;

  private Failures() {}

  /** Reports a usage error in the conventional form, with a pointer to the command's help. */
  static int usage(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getColorScheme().errorText(name(command) + ": " + failure.getMessage()));
    UnmatchedArgumentException.printSuggestions(failure, err);
    err.println("Try '" + name(command) + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  /** Reports a failure while a command ran: every problem of a model file, or what went wrong with a file. */
  static int execution(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (failure instanceof ModelFileException) {
      report((ModelFileException) failure, err, name(command));
    } else if (failure instanceof FileProblems.Found) {
      ((FileProblems.Found) failure).failures().forEach(problems -> report(problems, err, name(command)));
    } else if (failure instanceof IOException) {
      err.println(name(command) + ": " + describe((IOException) failure));
    } else if (failure instanceof RuntimeException && !isBug(failure)) {
      err.println(name(command) + ": " + failure.getMessage());
    } else {
      err.println(name(command) + ": internal error, please report it with the lines below");
      failure.printStackTrace(err);
    }
    err.flush();
    return FILES;
  }

  /** Prints every problem of a model file, one a line. */
  static void report(ModelFileException problems, PrintWriter err, String name) {
    problems.problems().forEach(problem -> err.println(ProblemLines.format(problem)));
    long more = problems.problemCount() - problems.problems().size();
    if (more > 0) {
      err.println(name + ": " + more + " more problems not shown");
    }
  }

  /** Describes a file that cannot be read or written in words, the file first. */
  static String describe(IOException failure) {
    if (failure instanceof NoSuchFileException) {
      NoSuchFileException missing = (NoSuchFileException) failure;
      return missing.getFile() + ": no such file or folder"
          + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
    }
    if (failure instanceof AccessDeniedException) {
      return ((AccessDeniedException) failure).getFile() + ": permission denied";
    }
    if (failure instanceof NotDirectoryException) {
      return ((NotDirectoryException) failure).getFile() + ": not a folder";
    }
    if (failure instanceof FileSystemException) {
      FileSystemException system = (FileSystemException) failure;
      return system.getFile() + ": " + (system.getReason() == null ? system.getClass().getSimpleName()
          : system.getReason());
    }
    return String.valueOf(failure.getMessage());
  }

  /** Exceptions that never stand for a problem with the user's input, only for a fault of this program. */
  private static boolean isBug(Exception failure) {
    return failure instanceof NullPointerException
        || failure instanceof ClassCastException
        || failure instanceof IndexOutOfBoundsException
        || failure instanceof UnsupportedOperationException
        || failure.getMessage() == null;
  }

  private static String name(CommandLine command) {
    return command.getCommandSpec().qualifiedName();
  }
}
