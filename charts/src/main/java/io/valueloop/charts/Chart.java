package io.valueloop.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * One chart, ready to render as SVG (for reports and print) or PNG (for slides and READMEs). Made by
 * {@link Charts}; drawn by XChart, headless (no window or display is needed).
 *
 * <p>Rendering is serialised on the chart, so a chart may be shared between threads; each call renders afresh.
 */
public final class Chart {
  /** Digits past the second decimal: a hundredth of a pixel is below what any screen or printer shows. */
  private static final Pattern DECIMALS = Pattern.compile("(\\.\\d{2})\\d+");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern NAMESPACES = Pattern.compile("\\s(?:xmlns|xmlns:xlink|version|x|y)=\"[^\"]*\"");

  private final String title;
  private final org.knowm.xchart.internal.chartpart.Chart<?, ?> chart;

  Chart(String title, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    this.title = Objects.requireNonNull(title, "title");
    this.chart = Objects.requireNonNull(chart, "chart");
  }

  /** {@return the XChart chart drawn} */
  org.knowm.xchart.internal.chartpart.Chart<?, ?> xchart() {
    return chart;
  }

  /** {@return the chart's title} */
  public String title() {
    return title;
  }

  /** {@return the width in pixels (SVG user units)} */
  public int width() {
    return chart.getWidth();
  }

  /** {@return the height in pixels (SVG user units)} */
  public int height() {
    return chart.getHeight();
  }

  /**
   * Renders the chart as a standalone SVG document.
   *
   * @return the SVG document, UTF-8 text
   */
  public synchronized String svg() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("chart '" + title + "' must render as SVG but failed", e);
    }
    // XChart writes text as glyph outlines with many digits: rounding halves the size.
    return DECIMALS.matcher(out.toString(StandardCharsets.UTF_8)).replaceAll("$1");
  }

  /**
   * Renders the chart as a PNG image of {@link #width()} × {@link #height()} pixels.
   *
   * @return the PNG bytes
   */
  public synchronized byte[] png() {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("chart '" + title + "' must render as PNG but failed", e);
    }
  }

  /**
   * Writes the chart as an SVG file, atomically (a temporary file in the same folder, then a move).
   *
   * @param file the file; missing parent folders are created
   * @throws IOException if writing fails
   */
  public void writeSvg(Path file) throws IOException {
    OutputFiles.write(Objects.requireNonNull(file, "file"), svg().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the chart as a PNG file, atomically (a temporary file in the same folder, then a move).
   *
   * @param file the file; missing parent folders are created
   * @throws IOException if writing fails
   */
  public void writePng(Path file) throws IOException {
    OutputFiles.write(Objects.requireNonNull(file, "file"), png());
  }

  /**
   * Returns the SVG element alone, for inlining in HTML: no XML declaration, document type or namespace attributes
   * (HTML puts an svg element in the SVG namespace by itself), and every id (with the references to it) prefixed,
   * so that several charts in one page do not share clip paths.
   */
  String inlineSvg(String idPrefix) {
    String svg = svg();
    int start = svg.indexOf("<svg");
    int end = start < 0 ? -1 : svg.indexOf('>', start);
    if (end < 0) {
      throw new IllegalStateException("chart SVG must contain an svg element but did not (" + title + ")");
    }
    svg = NAMESPACES.matcher(svg.substring(start, end)).replaceAll("") + svg.substring(end);
    Matcher m = ID.matcher(svg);
    Set<String> ids = new LinkedHashSet<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    for (String id : ids) {
      String q = Pattern.quote(id);
      svg = svg.replaceAll("id=\"" + q + "\"", Matcher.quoteReplacement("id=\"" + idPrefix + id + "\""))
          .replaceAll("#" + q + "([\")])", Matcher.quoteReplacement("#" + idPrefix + id) + "$1");
    }
    return svg;
  }

  @Override
  public String toString() {
    return "Chart{title=" + title + ", width=" + width() + ", height=" + height() + "}";
  }
}
