package io.valueloop.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text charts for the lessons: a horizontal bar to compare a few numbers, and a small column plot of a time
 * series. Pure ASCII, so that a chart prints alike on every console and in every log whatever its encoding; no
 * chart is wider than {@value #MAX_WIDTH} columns. Values outside a chart's scale are clamped to its edges: the
 * lessons print the numbers beside the pictures, and the pictures only have to be read at a glance.
 */
final class TextChart {
  /** The widest chart, in columns. */
  static final int MAX_WIDTH = 80;
  /** The most rows of a column plot. */
  static final int MAX_ROWS = 20;

  private static final char FULL = '#';
  private static final char HALF = '.';

  private TextChart() {}

  /**
   * Returns a horizontal bar: {@code round(width · value / scale)} copies of {@code fill}, clamped to
   * {@code [0, width]}, so that a bar of {@code scale} fills the whole width and a negative value shows nothing.
   *
   * @param value the value drawn, finite
   * @param scale the value of a full-width bar, positive and finite
   * @param width the full width in columns, in {@code [1, MAX_WIDTH]}
   * @param fill the character the bar is drawn with, a visible ASCII character
   * @return the bar, without padding
   */
  static String bar(double value, double scale, int width, char fill) {
    finite("bar value", value);
    positiveFinite("bar scale", scale);
    width("bar width", width);
    if (fill <= ' ' || fill > '~') {
      throw new IllegalArgumentException("bar fill must be a visible ASCII character but was U+"
          + String.format("%04X", (int) fill));
    }
    long cells = Math.round(width * (value / scale));
    return String.valueOf(fill).repeat((int) Math.max(0, Math.min(width, cells)));
  }

  /**
   * Returns a column plot of a series, top row first: one column per value, whose height in half rows is
   * {@code round(2 · rows · (value − low) / (high − low))}, clamped to {@code [0, 2 · rows]}; a full cell is
   * {@code '#'} and a half cell {@code '.'}. Trailing blanks are removed from each row.
   *
   * @param values the series, 1 to {@code MAX_WIDTH} finite values
   * @param low the value of an empty column, finite
   * @param high the value of a full column, finite and above {@code low}
   * @param rows the height of the plot, in {@code [1, MAX_ROWS]}
   * @return {@code rows} lines
   */
  static List<String> plot(List<Double> values, double low, double high, int rows) {
    if (values.isEmpty() || values.size() > MAX_WIDTH) {
      throw new IllegalArgumentException("plotted values must number 1 to " + MAX_WIDTH + " but were "
          + values.size());
    }
    finite("plot low", low);
    finite("plot high", high);
    if (!(high > low)) {
      throw new IllegalArgumentException("plot high must be above low = " + low + " but was " + high);
    }
    if (rows < 1 || rows > MAX_ROWS) {
      throw new IllegalArgumentException("plot rows must be in [1, " + MAX_ROWS + "] but was " + rows);
    }
    int levels = 2 * rows;
    int[] heights = new int[values.size()];
    for (int i = 0; i < heights.length; i++) {
      double value = finite("plotted value " + i, values.get(i));
      long height = Math.round(levels * ((value - low) / (high - low)));
      heights[i] = (int) Math.max(0, Math.min(levels, height));
    }
    List<String> lines = new ArrayList<>(rows);
    StringBuilder line = new StringBuilder(heights.length);
    for (int row = rows - 1; row >= 0; row--) {
      line.setLength(0);
      for (int height : heights) {
        line.append(height >= 2 * row + 2 ? FULL : height == 2 * row + 1 ? HALF : ' ');
      }
      lines.add(line.toString().stripTrailing());
    }
    return List.copyOf(lines);
  }

  private static double finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was " + value);
    }
    return value;
  }

  private static void positiveFinite(String what, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(what + " must be positive and finite but was " + value);
    }
  }

  private static void width(String what, int width) {
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException(what + " must be in [1, " + MAX_WIDTH + "] but was " + width);
    }
  }
}
