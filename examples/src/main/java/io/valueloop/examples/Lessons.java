package io.valueloop.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The registry of lessons, in teaching order with the flagship first, and the command line every lesson's
 * {@code main} shares: {@code [--out DIR] [--help]}.
 */
public final class Lessons {
  /** The folder under which each lesson writes by default, one sub-folder per lesson. */
  public static final Path DEFAULT_ROOT = Path.of("target", "valueloop-output");

  private static final List<Lesson> ALL = List.of(
      new BusinessModelsLesson(),
      new BeerGameLesson(),
      new DisruptionLesson(),
      new MonteCarloLesson(),
      new BullwhipLesson(),
      new ValueCaptureLesson(),
      new PoolingLesson(),
      new InformationSharingExperiment(),
      new ClosedLoopTour(),
      new RoleDynamicsLesson(),
      new ChannelsLesson());

  private Lessons() {}

  /** {@return every lesson, the flagship ({@code business-models}) first} */
  public static List<Lesson> all() {
    return ALL;
  }

  /**
   * Finds a lesson by its name.
   *
   * @param name the lesson's name, e.g. {@code beer-game}
   * @return the lesson, or empty if none has that name
   */
  public static Optional<Lesson> named(String name) {
    return ALL.stream().filter(lesson -> lesson.name().equals(name)).findFirst();
  }

  /**
   * Returns the folder a lesson writes to when none is named: {@code target/valueloop-output/NAME}.
   *
   * @param name the lesson's name
   * @return the folder, relative to the working directory
   */
  public static Path defaultOut(String name) {
    return DEFAULT_ROOT.resolve(name);
  }

  /**
   * Runs a lesson in full from command-line arguments: {@code --out DIR} (or {@code --out=DIR}) names the output
   * folder (default {@link #defaultOut(String)}), {@code --help} (or {@code -h}) prints the usage instead.
   *
   * @param lesson the lesson
   * @param args the arguments
   * @param out where the lesson's table and the usage go
   * @param err where errors go
   * @return the exit code: 0 done, 1 a file could not be written, 2 bad arguments
   */
  public static int main(Lesson lesson, String[] args, PrintStream out, PrintStream err) {
    Path outDir = defaultOut(lesson.name());
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(usage(lesson));
        return 0;
      } else if (arg.equals("--out") && i + 1 < args.length) {
        outDir = Path.of(args[++i]);
      } else if (arg.startsWith("--out=") && arg.length() > "--out=".length()) {
        outDir = Path.of(arg.substring("--out=".length()));
      } else {
        err.println(arg.startsWith("--out") ? "--out must be followed by a folder but was not"
            : "unknown argument: " + arg);
        err.print(usage(lesson));
        return 2;
      }
    }
    try {
      LessonOutput output = lesson.run(outDir, out, Lesson.Size.FULL);
      out.println();
      out.println("Charts and report written to " + outDir.toAbsolutePath().normalize() + " ("
          + output.files().size() + " files); open " + output.report().getFileName() + " in a browser.");
      return 0;
    } catch (IOException e) {
      err.println("could not write the lesson's files to " + outDir + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * Runs {@link #main(Lesson, String[], PrintStream, PrintStream)} on the standard streams and exits with its code
   * when that is not 0.
   *
   * @param lesson the lesson
   * @param args the arguments
   */
  static void runMain(Lesson lesson, String[] args) {
    int code = main(lesson, args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Returns the usage text of a lesson's command line.
   *
   * @param lesson the lesson
   * @return the text, ending in a line break
   */
  static String usage(Lesson lesson) {
    return "Usage: " + lesson.name() + " [--out DIR] [--help]" + System.lineSeparator()
        + "  " + lesson.teaches() + System.lineSeparator()
        + "  --out DIR   folder for the charts (SVG, PNG) and report.html (default "
        + defaultOut(lesson.name()) + ")" + System.lineSeparator()
        + "  --help      print this help" + System.lineSeparator();
  }
}
