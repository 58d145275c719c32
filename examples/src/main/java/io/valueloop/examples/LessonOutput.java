package io.valueloop.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a lesson wrote.
 *
 * @param report the HTML report, {@code report.html} in the output folder
 * @param files every file written, the report last
 */
public record LessonOutput(Path report, List<Path> files) {

  /**
   * Checks that nothing is null and copies the list.
   *
   * @param report the HTML report
   * @param files every file written
   */
  public LessonOutput {
    Objects.requireNonNull(report, "report");
    files = List.copyOf(files);
  }
}
