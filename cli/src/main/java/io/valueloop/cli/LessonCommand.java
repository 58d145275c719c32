package io.valueloop.cli;

import io.valueloop.examples.Lesson;
import io.valueloop.examples.LessonOutput;
import io.valueloop.examples.Lessons;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop lesson}: runs one of the worked lessons, or lists them. */
@Command(
    name = "lesson",
    header = "Run a worked lesson: its table on the screen, its charts and report.html in a folder.",
    description = "Runs one of the lessons that teach the library's ideas (bullwhip, value capture, the business "
        + "models, ...) and writes its charts (SVG, PNG) and DIR/report.html. 'valueloop lesson --list' names "
        + "them and what each teaches.")
final class LessonCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the lesson (see --list)")
  private String name;

  @Option(names = "--list", description = "list the lessons and what each teaches")
  private boolean list;

  @Option(names = "--out", paramLabel = "DIR",
      description = "the folder for the charts and report.html (default: target/valueloop-output/NAME)")
  private Path out;

  @Option(names = "--small", description = "run the lesson small and quick (fewer actors, ticks and replications)")
  private boolean small;

  @Override
  public Integer call() throws Exception {
    PrintWriter printer = spec.commandLine().getOut();
    if (list) {
      if (name != null) {
        throw new ParameterException(spec.commandLine(), "--list takes no lesson name but was given " + name);
      }
      int width = Lessons.all().stream().mapToInt(lesson -> lesson.name().length()).max().orElse(0);
      for (Lesson lesson : Lessons.all()) {
        printer.printf(Locale.ROOT, "%-" + width + "s  %s%n", lesson.name(), lesson.teaches());
      }
      printer.flush();
      return 0;
    }
    if (name == null) {
      throw new ParameterException(spec.commandLine(), "a lesson name is required; the lessons are " + names());
    }
    Lesson lesson = Lessons.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "lesson must be one of " + names() + " but was " + name));
    Path folder = out == null ? Lessons.defaultOut(lesson.name()) : out;
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    LessonOutput output;
    try (PrintStream stream = new PrintStream(table, true, StandardCharsets.UTF_8)) {
      output = lesson.run(folder, stream, small ? Lesson.Size.SMALL : Lesson.Size.FULL);
    }
    printer.print(table.toString(StandardCharsets.UTF_8));
    printer.println();
    printer.println("Report written to " + output.report().toAbsolutePath().normalize() + " (" + output.files().size()
        + " files in all); open it in a browser.");
    printer.flush();
    return 0;
  }

  private static String names() {
    return Lessons.all().stream().map(Lesson::name).collect(Collectors.joining(", "));
  }
}
