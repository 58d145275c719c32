package io.valueloop.examples;

/**
 * Plain-text charts for the lessons: a horizontal bar to compare a few numbers, and an interval on an axis to compare
 * spreads. Pure ASCII, so that a chart prints alike on every console and in every log whatever its encoding; no chart
 * is wider than {@value #MAX_WIDTH} columns. Values outside a chart's scale are clamped to its edges: the lessons
 * print the numbers beside the pictures, and the pictures only have to be read at a glance.
 */
final class TextChart {
  /** The widest chart, in columns. */
  static final int MAX_WIDTH = 80;

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
   * Returns an interval on an axis: {@code '['} at the column of {@code low}, {@code ']'} at that of {@code high} and
   * {@code '='} between them (a single {@code '|'} when both fall in one column), blanks before, nothing after. The
   * column of {@code x} is {@code round((width − 1) · (x − axisLow) / (axisHigh − axisLow))}, clamped to the axis.
   *
   * @param low the interval's lower end, finite
   * @param high the interval's upper end, finite, at least {@code low}
   * @param axisLow the value of the first column, finite
   * @param axisHigh the value of the last column, finite and above {@code axisLow}
   * @param width the axis width in columns, in {@code [1, MAX_WIDTH]}
   * @return the interval, at most {@code width} columns
   */
  static String interval(double low, double high, double axisLow, double axisHigh, int width) {
    finite("interval low", low);
    finite("interval high", high);
    if (high < low) {
      throw new IllegalArgumentException("interval high must be at least low = " + low + " but was " + high);
    }
    finite("axis low", axisLow);
    finite("axis high", axisHigh);
    if (!(axisHigh > axisLow)) {
      throw new IllegalArgumentException("axis high must be above axis low = " + axisLow + " but was " + axisHigh);
    }
    width("axis width", width);
    int from = column(low, axisLow, axisHigh, width);
    int to = column(high, axisLow, axisHigh, width);
    if (from == to) {
      return " ".repeat(from) + '|';
    }
    return " ".repeat(from) + '[' + "=".repeat(to - from - 1) + ']';
  }

  private static int column(double x, double axisLow, double axisHigh, int width) {
    long column = Math.round((width - 1) * ((x - axisLow) / (axisHigh - axisLow)));
    return (int) Math.max(0, Math.min(width - 1, column));
  }

  private static void finite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was " + value);
    }
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
