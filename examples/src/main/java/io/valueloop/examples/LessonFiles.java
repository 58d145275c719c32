package io.valueloop.examples;

import io.valueloop.charts.ChainDrawing;
import io.valueloop.charts.Chart;
import io.valueloop.charts.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a lesson's charts (SVG and PNG, each by a file name) and its report into one folder, listing the files. */
final class LessonFiles {
  /** The report's file name in the output folder. */
  static final String REPORT = "report.html";

  private final Path dir;
  private final List<Path> files = new ArrayList<>();

  /**
   * Starts writing into a folder, created if missing.
   *
   * @param dir the folder
   * @throws IOException if it cannot be created
   */
  LessonFiles(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
  }

  /**
   * Writes a chart as {@code NAME.svg} and {@code NAME.png}.
   *
   * @param name the file name without extension
   * @param chart the chart
   * @return the chart, to add to the report
   * @throws IOException if a file cannot be written
   */
  Chart chart(String name, Chart chart) throws IOException {
    Path svg = dir.resolve(name + ".svg");
    Path png = dir.resolve(name + ".png");
    chart.writeSvg(svg);
    chart.writePng(png);
    files.add(svg);
    files.add(png);
    return chart;
  }

  /**
   * Writes a chain drawing as {@code NAME.svg}.
   *
   * @param name the file name without extension
   * @param drawing the drawing
   * @return the drawing, to add to the report
   * @throws IOException if the file cannot be written
   */
  ChainDrawing drawing(String name, ChainDrawing drawing) throws IOException {
    Path svg = dir.resolve(name + ".svg");
    drawing.writeSvg(svg);
    files.add(svg);
    return drawing;
  }

  /**
   * Lists files the lesson wrote by other means (CSV tables, say).
   *
   * @param written the files
   */
  void add(List<Path> written) {
    files.addAll(written);
  }

  /**
   * Writes the report as {@value #REPORT} and returns what was written.
   *
   * @param report the report
   * @return the report's path and every file written
   * @throws IOException if the report cannot be written
   */
  LessonOutput report(Report report) throws IOException {
    Path path = dir.resolve(REPORT);
    report.write(path);
    files.add(path);
    return new LessonOutput(path, files);
  }
}
