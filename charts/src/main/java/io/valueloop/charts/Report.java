package io.valueloop.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A self-contained HTML report: a title, a settings table with the library version, then sections of text, the
 * chain drawing, charts and tables, in the order added. The file is one valid HTML5 document (also well-formed XML)
 * with its CSS inline and every chart inline as SVG: it opens offline in any browser, needs no script and refers to
 * nothing outside itself. Charts and the chain drawing sit in framed figures, so that a reader (or a test with a
 * screenshot) finds each one.
 *
 * <p>{@link Reports} makes the reports of a steady state, a simulation and an experiment; {@link #toBuilder()}
 * adds to them. Immutable; the HTML is rendered on each call of {@link #html()}.
 */
public final class Report {
  /** The colour of the frame around every figure, as {@code 0xRRGGBB}; used nowhere else in a report. */
  public static final int FRAME_COLOR = 0x6B7F99;

  private static final String CSS = """
      :root { color-scheme: light; }
      body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222222; background: #ffffff;
        margin: 0; line-height: 1.45; }
      header, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
      header { padding-top: 24px; padding-bottom: 8px; border-bottom: 1px solid #dddddd; }
      h1 { font-size: 1.7em; margin: 0 0 4px; }
      h2 { font-size: 1.25em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #eeeeee; }
      .meta, .note, footer { color: #555555; font-size: 0.9em; }
      nav ul { list-style: none; margin: 12px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
      nav a { color: #0b5394; }
      footer { padding-top: 24px; padding-bottom: 24px; }
      .scroll { overflow-x: auto; }
      figure.chart { display: table; margin: 16px 0; padding: 8px; border: 3px solid #%06X; background: #ffffff; }
      figure.chart svg { display: block; }
      figcaption { font-size: 0.9em; color: #444444; padding-top: 6px; }
      table { border-collapse: collapse; margin: 12px 0; font-size: 0.9em; }
      caption { text-align: left; font-weight: bold; padding: 4px 0; }
      th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 10px; text-align: left; vertical-align: top; }
      thead th { background: #f3f5f8; border-bottom: 2px solid #ccccdd; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      @media print { figure.chart { break-inside: avoid; } }
      """.formatted(FRAME_COLOR);

  private sealed interface Block permits Heading, Text, Figure, Drawing, TableBlock {}

  private record Heading(String text) implements Block {}

  private record Text(String text) implements Block {}

  private record Figure(Chart chart) implements Block {}

  private record Drawing(ChainDrawing drawing) implements Block {}

  private record TableBlock(Table table) implements Block {}

  private final String title;
  private final Map<String, String> settings;
  private final List<Block> blocks;

  private Report(Builder b) {
    this.title = b.title;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
    this.blocks = List.copyOf(b.blocks);
  }

  /**
   * Starts a report.
   *
   * @param title the title, shown as the page's heading and in the browser's tab
   * @return a builder
   */
  public static Builder builder(String title) {
    return new Builder(Objects.requireNonNull(title, "title"));
  }

  /**
   * Returns a builder holding this report's title, settings and sections, to add more.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(title);
    b.settings.putAll(settings);
    b.blocks.addAll(blocks);
    return b;
  }

  /** {@return the title} */
  public String title() {
    return title;
  }

  /** {@return the settings in the order added, without the library version (which every report shows)} */
  public Map<String, String> settings() {
    return settings;
  }

  /** {@return the section headings in order: "Settings" first, then those added} */
  public List<String> sections() {
    List<String> sections = new ArrayList<>(List.of("Settings"));
    blocks.stream().filter(Heading.class::isInstance).map(b -> ((Heading) b).text()).forEach(sections::add);
    return sections;
  }

  /** {@return the number of framed figures: charts and chain drawings} */
  public int figureCount() {
    return (int) blocks.stream().filter(b -> b instanceof Figure || b instanceof Drawing).count();
  }

  /** {@return the version of ValueLoop that made the report} */
  public static String libraryVersion() {
    return LibraryVersion.get();
  }

  /**
   * Renders the report as one HTML5 document.
   *
   * @return the HTML text
   */
  public String html() {
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"ValueLoop ").append(Markup.escape(libraryVersion()))
        .append("\"/>\n<title>").append(Markup.escape(title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Markup.escape(title)).append("</h1>\n")
        .append("<p class=\"meta\">ValueLoop ").append(Markup.escape(libraryVersion()))
        .append(" · a self-contained report: it opens offline and needs no script</p>\n</header>\n<main>\n");
    List<String> ids = sectionIds();
    List<String> headings = sections();
    out.append("<nav aria-label=\"Sections\"><ul>");
    for (int i = 0; i < ids.size(); i++) {
      out.append("<li><a href=\"#").append(ids.get(i)).append("\">").append(Markup.escape(headings.get(i)))
          .append("</a></li>");
    }
    out.append("</ul></nav>\n");
    out.append("<section id=\"settings\">\n<h2>Settings</h2>\n");
    Table.Builder table = Table.builder("Settings of this run", "setting", "value");
    settings.forEach(table::row);
    table.row("library version", "ValueLoop " + libraryVersion());
    table.build().html(out);
    int section = 0;
    int figure = 0;
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.append("</section>\n<section id=\"").append(ids.get(++section)).append("\">\n<h2>")
            .append(Markup.escape(h.text())).append("</h2>\n");
      } else if (block instanceof Text t) {
        out.append("<p>").append(Markup.escape(t.text())).append("</p>\n");
      } else if (block instanceof Figure f) {
        figure++;
        figure(out, figure, f.chart().inlineSvg("f" + figure + "-"), f.chart().title());
      } else if (block instanceof Drawing d) {
        figure++;
        figure(out, figure, d.drawing().inlineSvg("f" + figure + "-"), "The chain by goods tier, producers left,"
            + " consumers right" + (d.drawing().aggregated() ? ", aggregated by role and tier" : "") + ".");
      } else if (block instanceof TableBlock t) {
        t.table().html(out);
      }
    }
    out.append("</section>\n</main>\n<footer>Made with ValueLoop ").append(Markup.escape(libraryVersion()))
        .append(".</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Writes the report as an HTML file, atomically (a temporary file in the same folder, then a move), so that a
   * reader never sees half a report.
   *
   * @param file the file, such as {@code out/report.html}; missing parent folders are created
   * @throws IOException if writing fails
   */
  public void write(Path file) throws IOException {
    OutputFiles.write(Objects.requireNonNull(file, "file"), html().getBytes(StandardCharsets.UTF_8));
  }

  private static void figure(StringBuilder out, int number, String svg, String caption) {
    out.append("<div class=\"scroll\"><figure class=\"chart\" id=\"figure-").append(number).append("\">\n")
        .append(svg.replaceFirst("<svg", "<svg role=\"img\" aria-label=\""
            + Matcher.quoteReplacement(Markup.escape(caption)) + "\""))
        .append("<figcaption>Figure ").append(number).append(". ").append(Markup.escape(caption))
        .append("</figcaption>\n</figure></div>\n");
  }

  /** Returns the id of each section, in the order of {@link #sections()}: its heading as a slug, made unique. */
  private List<String> sectionIds() {
    Set<String> used = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (String heading : sections()) {
      ids.add(id(heading, used));
    }
    return ids;
  }

  private static String id(String heading, Set<String> used) {
    String base = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    base = base.isEmpty() ? "section" : base;
    String id = base;
    for (int i = 2; !used.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  @Override
  public String toString() {
    return "Report{title=" + title + ", sections=" + sections() + ", figures=" + figureCount() + "}";
  }

  /** Builds a {@link Report}; blocks appear in the order added. */
  public static final class Builder {
    private final String title;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds or replaces a row of the settings table.
     *
     * @param name the setting's name
     * @param value its value, shown by {@code toString()} (numbers formatted for reading)
     * @return this builder
     */
    public Builder setting(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      settings.put(name, value instanceof Double d ? Markup.number(d) : value.toString());
      return this;
    }

    /**
     * Starts a new section with a heading; what is added next goes in it.
     *
     * @param heading the heading
     * @return this builder
     */
    public Builder section(String heading) {
      blocks.add(new Heading(Objects.requireNonNull(heading, "heading")));
      return this;
    }

    /**
     * Adds a paragraph of plain text.
     *
     * @param text the text (escaped; no markup)
     * @return this builder
     */
    public Builder text(String text) {
      blocks.add(new Text(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * Adds a chart, inline as SVG in a framed figure with its title as caption.
     *
     * @param chart the chart
     * @return this builder
     */
    public Builder chart(Chart chart) {
      blocks.add(new Figure(Objects.requireNonNull(chart, "chart")));
      return this;
    }

    /**
     * Adds charts in order.
     *
     * @param charts the charts
     * @return this builder
     */
    public Builder charts(List<Chart> charts) {
      charts.forEach(this::chart);
      return this;
    }

    /**
     * Adds a chain drawing, inline as SVG in a framed figure.
     *
     * @param drawing the drawing
     * @return this builder
     */
    public Builder drawing(ChainDrawing drawing) {
      blocks.add(new Drawing(Objects.requireNonNull(drawing, "drawing")));
      return this;
    }

    /**
     * Adds a table.
     *
     * @param table the table
     * @return this builder
     */
    public Builder table(Table table) {
      blocks.add(new TableBlock(Objects.requireNonNull(table, "table")));
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public Report build() {
      return new Report(this);
    }
  }
}
