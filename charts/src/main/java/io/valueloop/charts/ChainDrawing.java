package io.valueloop.charts;

import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A value chain drawn as SVG without Graphviz: a layered drawing by goods tier, producers on the left and consumer
 * segments on the right, each flow an arrow whose colour and dash tell its kind (goods solid blue, money dashed
 * green, data dotted vermilion, service dash-dotted purple; a legend says so). Actors from which no goods reach a
 * consumer (a marketplace, a logistics or finance provider) sit in rows below the tiers.
 *
 * <p>A chain of more than {@link #DEFAULT_AGGREGATE_ABOVE} actors (or the limit given) is drawn aggregated: one
 * box per role and tier, labelled with its number of actors, and one arrow per flow kind between two boxes,
 * labelled with its number of flows and drawn thicker the more it stands for.
 *
 * <p>The SVG carries what it shows as data attributes, for tools and tests: each box is a {@code g} of class
 * {@code actor} with {@code data-id} (the actor's id, or {@code ROLE/TIER} when aggregated), {@code data-role},
 * {@code data-tier} ({@code -1} without a tier) and {@code data-count}; each arrow a {@code path} of class
 * {@code flow} with {@code data-kind}, {@code data-source}, {@code data-target} and {@code data-count}. Hovering
 * shows the same as a tooltip. Immutable; the drawing is laid out once, when made.
 */
public final class ChainDrawing {
  /** Chains with more actors than this are drawn aggregated by role and tier unless told otherwise. */
  public static final int DEFAULT_AGGREGATE_ABOVE = 60;

  private static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
  private static final int LABEL_CHARACTERS = 20;

  private final ChainLayout layout;
  private final int actorCount;

  private ChainDrawing(ChainLayout layout, int actorCount) {
    this.layout = layout;
    this.actorCount = actorCount;
  }

  /**
   * Lays out a chain, aggregated if it has more than {@value #DEFAULT_AGGREGATE_ABOVE} actors.
   *
   * @param chain the chain
   * @return the drawing
   */
  public static ChainDrawing of(ValueChain chain) {
    return of(chain, DEFAULT_AGGREGATE_ABOVE);
  }

  /**
   * Lays out a chain, aggregated if it has more than {@code aggregateAbove} actors.
   *
   * @param chain the chain
   * @param aggregateAbove the most actors drawn one by one, at least 0
   * @return the drawing
   * @throws IllegalArgumentException if {@code aggregateAbove} is negative
   */
  public static ChainDrawing of(ValueChain chain, int aggregateAbove) {
    Objects.requireNonNull(chain, "chain");
    if (aggregateAbove < 0) {
      throw new IllegalArgumentException("aggregateAbove must be at least 0 but was " + aggregateAbove);
    }
    return new ChainDrawing(new ChainLayout(chain, chain.actorCount() > aggregateAbove), chain.actorCount());
  }

  /** {@return whether boxes stand for all actors of a role and tier rather than one actor each} */
  public boolean aggregated() {
    return layout.aggregated;
  }

  /** {@return the number of boxes drawn} */
  public int boxCount() {
    return layout.nodes.size();
  }

  /** {@return the number of arrows drawn} */
  public int arrowCount() {
    return layout.edges.size();
  }

  /** {@return the width in pixels (SVG user units)} */
  public int width() {
    return (int) Math.ceil(layout.width);
  }

  /** {@return the height in pixels (SVG user units)} */
  public int height() {
    return (int) Math.ceil(layout.height);
  }

  /**
   * Returns the drawing as a standalone SVG document.
   *
   * @return the SVG document, UTF-8 text
   */
  public String svg() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + inlineSvg("vl-").replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
  }

  /**
   * Writes the drawing as an SVG file, atomically (a temporary file in the same folder, then a move).
   *
   * @param file the file; missing parent folders are created
   * @throws IOException if writing fails
   */
  public void writeSvg(Path file) throws IOException {
    OutputFiles.write(Objects.requireNonNull(file, "file"), svg().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the svg element alone, without a namespace attribute (HTML supplies it), its marker ids starting with
   * the prefix.
   */
  String inlineSvg(String idPrefix) {
    StringBuilder out = new StringBuilder(4096 + 400 * (layout.nodes.size() + layout.edges.size()));
    String w = Markup.coordinate(layout.width);
    String h = Markup.coordinate(layout.height);
    out.append("<svg class=\"chain\" width=\"").append(w).append("\" height=\"")
        .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"")
        .append(FONT).append("\" font-size=\"12\">\n");
    out.append("<title>").append(Markup.escape(summary())).append("</title>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<defs>\n");
    for (FlowKind kind : FlowKind.values()) {
      out.append("<marker id=\"").append(idPrefix).append("arrow-").append(kind).append("\" viewBox=\"0 0 10 10\""
          + " refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\""
          + " orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(color(kind)).append("\"/></marker>\n");
    }
    out.append("</defs>\n");
    legend(out, idPrefix);
    for (int c = 0; c < layout.columnTiers.size(); c++) {
      double x = ChainLayout.MARGIN + c * (ChainLayout.BOX_WIDTH + ChainLayout.COLUMN_GAP) + ChainLayout.BOX_WIDTH / 2;
      int tier = layout.columnTiers.get(c);
      text(out, x, ChainLayout.TOP - 12, "middle", "tier-label", "tier " + tier + (tier == 0 ? " (consumers)" : ""));
    }
    double untiered = layout.untieredTop();
    if (!Double.isNaN(untiered)) {
      text(out, ChainLayout.MARGIN, untiered - 10, "start", "tier-label", "no goods path to consumers");
    }
    for (ChainLayout.Edge edge : layout.edges) {
      edge(out, edge, idPrefix);
    }
    for (ChainLayout.Node node : layout.nodes) {
      node(out, node);
    }
    return out.append("</svg>\n").toString();
  }

  private String summary() {
    return "Value chain: " + actorCount + " actors" + (layout.aggregated
        ? ", drawn as " + layout.nodes.size() + " boxes by role and tier" : "") + ", producers left, consumers right";
  }

  private void legend(StringBuilder out, String idPrefix) {
    double x = ChainLayout.MARGIN;
    double y = 24;
    for (FlowKind kind : FlowKind.values()) {
      out.append("<g class=\"legend\" data-kind=\"").append(kind).append("\">");
      out.append("<line x1=\"").append(Markup.coordinate(x)).append("\" y1=\"").append(Markup.coordinate(y))
          .append("\" x2=\"").append(Markup.coordinate(x + 44)).append("\" y2=\"").append(Markup.coordinate(y))
          .append('"');
      stroke(out, kind, 2);
      out.append(" marker-end=\"url(#").append(idPrefix).append("arrow-").append(kind).append(")\"/>");
      text(out, x + 52, y + 4, "start", "legend-label", kind.name().toLowerCase(Locale.ROOT));
      out.append("</g>\n");
      x += 130;
    }
    String note = layout.aggregated
        ? "Aggregated: one box per role and tier (× actors), one arrow per kind between boxes (× flows)"
        : "One box per actor; goods flow left to right, producers to consumers";
    text(out, ChainLayout.MARGIN, 52, "start", "note", note);
  }

  private void node(StringBuilder out, ChainLayout.Node node) {
    Role role = node.first.role();
    String label = layout.aggregated ? role.letter() + " × " + node.count : shorten(node.first.id());
    String second = layout.aggregated ? ResultCharts.roleName(role).substring(2)
        : role.letter() + " · " + ResultCharts.roleName(role).substring(2);
    String tooltip = layout.aggregated
        ? node.count + " actors of role " + ResultCharts.roleName(role) + (node.tier < 0 ? ", no tier" : ", tier "
            + node.tier)
        : node.first.name() + " (" + node.first.id() + "), role " + ResultCharts.roleName(role)
            + (node.tier < 0 ? ", no tier" : ", tier " + node.tier);
    out.append("<g class=\"actor\" data-id=\"").append(Markup.escape(node.key)).append("\" data-role=\"")
        .append(role.letter()).append("\" data-tier=\"").append(node.tier).append("\" data-count=\"")
        .append(node.count).append("\"><title>").append(Markup.escape(tooltip)).append("</title>");
    out.append("<rect x=\"").append(Markup.coordinate(node.x)).append("\" y=\"").append(Markup.coordinate(node.y))
        .append("\" width=\"").append(Markup.coordinate(ChainLayout.BOX_WIDTH)).append("\" height=\"")
        .append(Markup.coordinate(ChainLayout.BOX_HEIGHT)).append("\" rx=\"6\" fill=\"").append(fill(role))
        .append("\" stroke=\"").append(edgeColor(role)).append("\" stroke-width=\"1.5\"/>");
    text(out, node.centerX(), node.y + 17, "middle", "name", label);
    text(out, node.centerX(), node.y + 32, "middle", "role", second);
    out.append("</g>\n");
  }

  private void edge(StringBuilder out, ChainLayout.Edge edge, String idPrefix) {
    ChainLayout.Node s = edge.source();
    ChainLayout.Node t = edge.target();
    double offset = (edge.kind().ordinal() - 1.5) * 9;
    String d;
    double mx;
    double my;
    if (s == t) {
      double x = s.x + ChainLayout.BOX_WIDTH - 20 + offset;
      double y = s.y;
      d = "M" + p(x - 10, y) + " C" + p(x - 14, y - 30) + " " + p(x + 14, y - 30) + " " + p(x + 10, y);
      mx = x;
      my = y - 24;
    } else {
      double sx;
      double sy;
      double tx;
      double ty;
      double c1x;
      double c1y;
      double c2x;
      double c2y;
      boolean tiered = s.column >= 0 && t.column >= 0;
      if (tiered && Math.abs(s.column - t.column) > 1) {
        // Across a column: an arc below the boxes rather than a line through the column between.
        sx = s.centerX() + offset;
        tx = t.centerX() + offset;
        sy = s.y + ChainLayout.BOX_HEIGHT;
        ty = t.y + ChainLayout.BOX_HEIGHT;
        double depth = Math.max(sy, ty) + 30 + 12 * Math.abs(s.column - t.column) + 2 * offset;
        c1x = sx;
        c1y = depth;
        c2x = tx;
        c2y = depth;
      } else if (tiered && s.column != t.column) {
        boolean right = s.column < t.column;
        sx = right ? s.x + ChainLayout.BOX_WIDTH : s.x;
        tx = right ? t.x : t.x + ChainLayout.BOX_WIDTH;
        sy = s.centerY() + offset;
        ty = t.centerY() + offset;
        double bend = (tx - sx) / 2;
        c1x = sx + bend;
        c1y = sy;
        c2x = tx - bend;
        c2y = ty;
      } else {
        boolean down = s.y <= t.y;
        sx = s.centerX() + offset;
        tx = t.centerX() + offset;
        sy = down ? s.y + ChainLayout.BOX_HEIGHT : s.y;
        ty = down ? t.y : t.y + ChainLayout.BOX_HEIGHT;
        double bend = (ty - sy) / 2;
        double side = s.column == t.column && s.column >= 0 ? ChainLayout.BOX_WIDTH * 0.6 : 0;
        c1x = sx + side;
        c1y = sy + bend;
        c2x = tx + side;
        c2y = ty - bend;
      }
      d = "M" + p(sx, sy) + " C" + p(c1x, c1y) + " " + p(c2x, c2y) + " " + p(tx, ty);
      // Count labels of parallel arrows sit at different points along them so that they do not overlap.
      double u = 0.25 + 0.17 * edge.kind().ordinal();
      double v = 1 - u;
      mx = v * v * v * sx + 3 * v * v * u * c1x + 3 * v * u * u * c2x + u * u * u * tx;
      my = v * v * v * sy + 3 * v * v * u * c1y + 3 * v * u * u * c2y + u * u * u * ty;
    }
    double width = Math.min(4.5, 1.4 + 0.5 * Math.log(edge.count()) / Math.log(2));
    String kind = edge.kind().name().toLowerCase(Locale.ROOT);
    out.append("<path class=\"flow\" data-kind=\"").append(edge.kind()).append("\" data-source=\"")
        .append(Markup.escape(s.key)).append("\" data-target=\"").append(Markup.escape(t.key))
        .append("\" data-count=\"").append(edge.count()).append("\" d=\"").append(d).append("\" fill=\"none\"");
    stroke(out, edge.kind(), width);
    out.append(" marker-end=\"url(#").append(idPrefix).append("arrow-").append(edge.kind()).append(")\"><title>")
        .append(Markup.escape(kind + (edge.count() > 1 ? " × " + edge.count() : "") + ": " + s.key + " → " + t.key))
        .append("</title></path>\n");
    if (edge.count() > 1) {
      // Goods and data counts above their arrows, money and service counts below, so that neighbours stay apart.
      text(out, mx, edge.kind().ordinal() % 2 == 0 ? my - 4 : my + 12, "middle", "count", "× " + edge.count());
    }
  }

  private static void stroke(StringBuilder out, FlowKind kind, double width) {
    out.append(" stroke=\"").append(color(kind)).append("\" stroke-width=\"").append(Markup.coordinate(width))
        .append('"');
    String dash = switch (kind) {
      case GOODS -> "";
      case MONEY -> "8 4";
      case DATA -> "2 3";
      case SERVICE -> "9 3 2 3";
    };
    if (!dash.isEmpty()) {
      out.append(" stroke-dasharray=\"").append(dash).append('"');
    }
  }

  private static void text(StringBuilder out, double x, double y, String anchor, String cls, String text) {
    out.append("<text class=\"").append(cls).append("\" x=\"").append(Markup.coordinate(x)).append("\" y=\"")
        .append(Markup.coordinate(y)).append("\" text-anchor=\"").append(anchor).append('"');
    switch (cls) {
      case "name" -> out.append(" font-weight=\"bold\"");
      case "role", "count", "note" -> out.append(" font-size=\"10\" fill=\"#444444\"");
      case "tier-label" -> out.append(" font-size=\"11\" fill=\"#666666\"");
      default -> { }
    }
    if (cls.equals("count")) {
      out.append(" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"");
    }
    out.append('>').append(Markup.escape(text)).append("</text>");
  }

  private static String shorten(String id) {
    return id.length() <= LABEL_CHARACTERS ? id : id.substring(0, LABEL_CHARACTERS - 1) + "…";
  }

  private static String p(double x, double y) {
    return Markup.coordinate(x) + "," + Markup.coordinate(y);
  }

  /** {@return the colour of a flow kind, from the Okabe–Ito palette} */
  static String color(FlowKind kind) {
    return switch (kind) {
      case GOODS -> "#0072B2";
      case MONEY -> "#009E73";
      case DATA -> "#D55E00";
      case SERVICE -> "#CC79A7";
    };
  }

  private static String fill(Role role) {
    return switch (role) {
      case S -> "#D6E9F8";
      case M -> "#FBE8C6";
      case B -> "#D3F0E6";
      case C -> "#EEEEEE";
      case P -> "#F8DCCB";
      case L -> "#DDF0FB";
      case F -> "#F4E0EC";
    };
  }

  private static String edgeColor(Role role) {
    return String.format(Locale.ROOT, "#%06X", ResultCharts.roleColor(role).getRGB() & 0xFFFFFF);
  }

  @Override
  public String toString() {
    return "ChainDrawing{actors=" + actorCount + ", boxes=" + boxCount() + ", arrows=" + arrowCount()
        + ", aggregated=" + aggregated() + "}";
  }
}
