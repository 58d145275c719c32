package io.valueloop.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A lesson in three stages, each a static method of the lesson that its tests call too: compute the result at a
 * size, print its table, write its charts and {@code report.html}. A lesson hands its name, what it teaches and its
 * three stages to the constructor; {@link #run(Path, PrintStream, Size)} runs them in that order.
 *
 * @param <R> the lesson's result
 */
abstract class StagedLesson<R> implements Lesson {
  /** Writes a lesson's files for a result. */
  @FunctionalInterface
  interface Files<R> {
    LessonOutput write(R result, Path outDir) throws IOException;
  }

  private final String name;
  private final String teaches;
  private final Function<Size, R> compute;
  private final BiConsumer<R, PrintStream> print;
  private final Files<R> files;

  StagedLesson(String name, String teaches, Function<Size, R> compute, BiConsumer<R, PrintStream> print,
      Files<R> files) {
    this.name = Objects.requireNonNull(name, "name");
    this.teaches = Objects.requireNonNull(teaches, "teaches");
    this.compute = Objects.requireNonNull(compute, "compute");
    this.print = Objects.requireNonNull(print, "print");
    this.files = Objects.requireNonNull(files, "files");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String teaches() {
    return teaches;
  }

  @Override
  public final LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    R result = compute.apply(size);
    print.accept(result, out);
    return files.write(result, outDir);
  }
}
