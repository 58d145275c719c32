package io.valueloop.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A lesson for teachers and students: a short program that runs a model, prints its table and writes its charts
 * (SVG and PNG) and one self-contained HTML report, {@code report.html}, into an output folder.
 *
 * <p>Every lesson is listed by {@link Lessons#all()}; its {@code main} method takes {@code --out DIR} and
 * {@code --help} ({@link Lessons#main(Lesson, String[], PrintStream, PrintStream)}).
 */
public interface Lesson {

  /** How much a lesson computes. */
  enum Size {
    /** The lesson as taught: the numbers it prints in the README. */
    FULL,
    /** A quick run with fewer ticks and replications, for tests; the directions of its results hold. */
    SMALL
  }

  /** {@return the lesson's name on the command line, lower case with hyphens, e.g. {@code business-models}} */
  String name();

  /** {@return what the lesson teaches, in one line} */
  String teaches();

  /**
   * Runs the lesson: prints its table to {@code out} and writes its charts and {@code report.html} into
   * {@code outDir}, created if missing (files of the same names are replaced).
   *
   * @param outDir the output folder
   * @param out where the table goes
   * @param size how much to compute
   * @return the report and every file written
   * @throws IOException if a file cannot be written
   */
  LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException;
}
