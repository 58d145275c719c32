package io.valueloop.charts;

import io.valueloop.experiment.Summary;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart kinds, from plain numbers: lines, grouped bars, stacked bars, bars with confidence intervals, and lines
 * with confidence bands. {@link ResultCharts} makes the same kinds from simulation and experiment results.
 *
 * <p>Every chart is {@value #WIDTH} × {@value #HEIGHT} pixels, white, with the legend on the right and the
 * colour-blind-safe palette of Okabe and Ito (2008, "Color Universal Design"); series take its colours in the order
 * given. Maps are read in iteration order (pass a {@link java.util.LinkedHashMap} to fix the order); values must be
 * finite.
 */
public final class Charts {
  /** The width of every chart, in pixels. */
  public static final int WIDTH = 800;
  /** The height of every chart, in pixels. */
  public static final int HEIGHT = 420;

  static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

  private Charts() {}

  /**
   * Draws lines over a common x axis, one per entry.
   *
   * @param title the title
   * @param xLabel the x axis title
   * @param yLabel the y axis title
   * @param x the x values, at least one
   * @param lines the y values of each line by name, each as long as {@code x}; at least one line
   * @return the chart
   * @throws IllegalArgumentException if a length differs, a value is not finite or nothing is given
   */
  public static Chart lines(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> lines) {
    Objects.requireNonNull(title, "title");
    check("x", x, -1, title);
    nonEmpty("lines", lines, title);
    XYChart chart = xyChart(title, xLabel, yLabel);
    for (Map.Entry<String, double[]> line : lines.entrySet()) {
      check(line.getKey(), line.getValue(), x.length, title);
      XYSeries series = chart.addSeries(line.getKey(), x.clone(), line.getValue().clone());
      series.setMarker(SeriesMarkers.NONE);
    }
    return new Chart(title, chart);
  }

  /**
   * Draws grouped bars: one group per category, one bar per series in each group.
   *
   * @param title the title
   * @param yLabel the y axis title
   * @param categories the categories along the x axis, at least one
   * @param series the values of each series by name, one per category; at least one series
   * @return the chart
   * @throws IllegalArgumentException if a length differs, a value is not finite or nothing is given
   */
  public static Chart groupedBars(String title, String yLabel, List<String> categories,
      Map<String, double[]> series) {
    return bars(title, yLabel, categories, series, false);
  }

  /**
   * Draws stacked bars: one bar per category, one segment per series stacked in the order given; positive values
   * stack upward from zero and negative ones (a loss, say) downward from it.
   *
   * @param title the title
   * @param yLabel the y axis title
   * @param bars the bars along the x axis, at least one
   * @param stacks the values of each segment by name, one per bar; at least one segment
   * @return the chart
   * @throws IllegalArgumentException if a length differs, a value is not finite or nothing is given
   */
  public static Chart stackedBars(String title, String yLabel, List<String> bars, Map<String, double[]> stacks) {
    return bars(title, yLabel, bars, stacks, true);
  }

  /** Stacked bars with a colour per segment (in the order of {@code stacks}), for colours that mean something. */
  static Chart stackedBars(String title, String yLabel, List<String> bars, Map<String, double[]> stacks,
      List<Color> colors) {
    Chart chart = bars(title, yLabel, bars, stacks, true);
    ((CategoryChart) chart.xchart()).getStyler().setSeriesColors(colors.toArray(new Color[0]));
    return chart;
  }

  /**
   * Draws one bar per category at the mean of its summary, with an error bar over its confidence interval.
   *
   * @param title the title
   * @param yLabel the y axis title
   * @param categories the categories along the x axis, at least one
   * @param summaries one summary per category
   * @return the chart
   * @throws IllegalArgumentException if the lengths differ, nothing is given or an interval is not finite
   */
  public static Chart intervalBars(String title, String yLabel, List<String> categories, List<Summary> summaries) {
    Objects.requireNonNull(title, "title");
    names("categories", categories, title);
    if (summaries.size() != categories.size()) {
      throw new IllegalArgumentException("summaries must be one per category (" + categories.size() + ") but were "
          + summaries.size() + " (" + title + ")");
    }
    List<Double> means = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (Summary s : summaries) {
      means.add(finite("mean", s.mean(), title));
      errors.add(finite("confidence half-width", s.halfWidth(), title));
    }
    CategoryChart chart = categoryChart(title, yLabel, categories.size());
    chart.getStyler().setErrorBarsColor(Color.BLACK);
    chart.getStyler().setLegendVisible(false);
    String level = summaries.isEmpty() ? "" : " (" + Math.round(summaries.get(0).level() * 100) + " % CI)";
    chart.addSeries("mean" + level, List.copyOf(categories), means, errors);
    return new Chart(title, chart);
  }

  /**
   * Draws lines through the means of summaries with a shaded band over their confidence intervals: one line per
   * entry, as for a sweep of a parameter with replications at each value.
   *
   * @param title the title
   * @param xLabel the x axis title (the swept parameter)
   * @param yLabel the y axis title
   * @param x the parameter values, at least one
   * @param lines the summaries of each line by name, one per parameter value; at least one line
   * @return the chart
   * @throws IllegalArgumentException if a length differs, a value is not finite or nothing is given
   */
  public static Chart bands(String title, String xLabel, String yLabel, double[] x,
      Map<String, List<Summary>> lines) {
    Objects.requireNonNull(title, "title");
    check("x", x, -1, title);
    nonEmpty("lines", lines, title);
    XYChart chart = xyChart(title, xLabel, yLabel);
    int k = 0;
    for (Map.Entry<String, List<Summary>> line : lines.entrySet()) {
      List<Summary> summaries = line.getValue();
      if (summaries.size() != x.length) {
        throw new IllegalArgumentException("summaries of '" + line.getKey() + "' must be one per x value ("
            + x.length + ") but were " + summaries.size() + " (" + title + ")");
      }
      int n = x.length;
      double[] mean = new double[n];
      double[] polygonX = new double[2 * n];
      double[] polygonY = new double[2 * n];
      for (int i = 0; i < n; i++) {
        Summary s = summaries.get(i);
        mean[i] = finite("mean", s.mean(), title);
        polygonX[i] = x[i];
        polygonY[i] = finite("interval high", s.high(), title);
        polygonX[2 * n - 1 - i] = x[i];
        polygonY[2 * n - 1 - i] = finite("interval low", s.low(), title);
      }
      Color color = PALETTE[k++ % PALETTE.length];
      XYSeries band = chart.addSeries(line.getKey() + " (CI)", polygonX, polygonY);
      band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 64));
      band.setLineColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 64));
      band.setLineStyle(SeriesLines.NONE);
      band.setMarker(SeriesMarkers.NONE);
      band.setShowInLegend(false);
      XYSeries series = chart.addSeries(line.getKey(), x.clone(), mean);
      series.setLineColor(color);
      series.setMarkerColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
    return new Chart(title, chart);
  }

  private static Chart bars(String title, String yLabel, List<String> categories, Map<String, double[]> series,
      boolean stacked) {
    Objects.requireNonNull(title, "title");
    names("categories", categories, title);
    nonEmpty("series", series, title);
    CategoryChart chart = categoryChart(title, yLabel, categories.size());
    chart.getStyler().setStacked(stacked);
    for (Map.Entry<String, double[]> s : series.entrySet()) {
      check(s.getKey(), s.getValue(), categories.size(), title);
      List<Double> values = new ArrayList<>();
      for (double v : s.getValue()) {
        values.add(v);
      }
      CategorySeries added = chart.addSeries(s.getKey(), List.copyOf(categories), values);
      added.setMarker(SeriesMarkers.NONE);
    }
    return new Chart(title, chart);
  }

  private static XYChart xyChart(String title, String xLabel, String yLabel) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
        .yAxisTitle(yLabel).build();
    style(chart.getStyler());
    return chart;
  }

  private static CategoryChart categoryChart(String title, String yLabel, int categories) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yLabel)
        .build();
    style(chart.getStyler());
    chart.getStyler().setAvailableSpaceFill(0.8);
    if (categories > 8) {
      chart.getStyler().setXAxisLabelRotation(45); // many names side by side would overlap
    }
    return chart;
  }

  /** The house style: white, no borders, light grid, the palette, anti-aliased, fonts every JDK has. */
  static void style(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridLinesColor(new Color(0xDDDDDD));
    styler.setLegendBorderColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setSeriesColors(PALETTE.clone());
    styler.setChartTitleBoxVisible(false);
    styler.setAntiAlias(true);
    styler.setXAxisTickMarkSpacingHint(74);
    styler.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
  }

  private static void check(String name, double[] values, int length, String title) {
    Objects.requireNonNull(values, name);
    if (length < 0 ? values.length == 0 : values.length != length) {
      throw new IllegalArgumentException("values of '" + name + "' must be " + (length < 0 ? "at least one"
          : length + " long") + " but were " + values.length + " (" + title + ")");
    }
    for (double v : values) {
      finite("value of '" + name + "'", v, title);
    }
  }

  private static double finite(String what, double value, String title) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was " + value + " (" + title + ")");
    }
    return value;
  }

  private static void nonEmpty(String what, Map<String, ?> map, String title) {
    if (map.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty but was empty (" + title + ")");
    }
  }

  private static void names(String what, List<String> names, String title) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty but was empty (" + title + ")");
    }
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException(what + " must be distinct but were " + names + " (" + title + ")");
    }
  }
}
