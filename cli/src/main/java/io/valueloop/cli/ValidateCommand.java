package io.valueloop.cli;

import io.valueloop.io.ModelFileException;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop validate}: checks files and prints every problem. */
@Command(
    name = "validate",
    header = "Check chain, scenario and experiment files and print every problem.",
    description = "Checks chain, template, scenario or experiment files (JSON; a CSV chain is its folder) and "
        + "prints every problem, one a line, as FILE:LINE:COLUMN: message. Exits with 1 if any file has a "
        + "problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to check")
  private List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (Path file : files) {
      try {
        out.println(file + ": ok, " + check(file));
      } catch (ModelFileException e) {
        Failures.report(e, err, spec.qualifiedName());
        failed++;
      } catch (IOException e) {
        err.println(spec.qualifiedName() + ": " + Failures.describe(e));
        failed++;
      }
    }
    out.flush();
    err.flush();
    if (failed > 0) {
      err.println(spec.qualifiedName() + ": " + failed + " of " + files.size() + " files have problems");
      return Failures.FILES;
    }
    return 0;
  }

  /** Reads a file as what it says it is and describes it in a few words. */
  private static String check(Path file) throws IOException, ModelFileException {
    if (ChainPaths.isJson(file)) {
      return JsonFiles.describe(file);
    }
    ValueChain chain = ChainPaths.read(file);
    return "a chain of " + chain.actorCount() + " actors and " + chain.flowCount() + " flows";
  }
}
