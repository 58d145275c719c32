package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A picture of a value chain: its actors and the flows of chosen kinds, written as Graphviz DOT, Mermaid or
 * GraphML.
 *
 * <ul>
 *   <li><b>DOT</b> — render with Graphviz, {@code dot -Tsvg chain.dot -o chain.svg}. Actors are boxes filled by
 *       role; goods flows are bold black arrows labelled with their price, payments dashed green, demand data
 *       dotted blue, services dashed orange labelled with their fee or take rate.</li>
 *   <li><b>Mermaid</b> — a {@code flowchart LR} that Markdown viewers such as GitHub's draw from a fenced
 *       {@code mermaid} block; the same colours and labels. Actors are named {@code a0, a1, …} in chain order,
 *       with their ids in the labels, so that any id is safe.</li>
 *   <li><b>GraphML</b> — for yEd, Gephi, or Python's {@code networkx.read_graphml}: one node per actor (id, name,
 *       role and parameters as data) and one directed edge per flow (kind and terms as data, doubles written
 *       losslessly).</li>
 * </ul>
 *
 * <p>Writing is one pass over the chain's indexed accessors, so its time and the output's size are linear in the
 * number of actors and drawn flows; the text is streamed to the {@link Appendable}. Pictures are readable up to a few
 * hundred actors; choose the kinds to draw with {@link #withKinds(Set)} (all four by default).
 *
 * <p>An instance is immutable and thread-safe.
 */
public final class ChainDiagram {
  private static final String[] ROLE_COLOURS = roleColours();

  private final ValueChain chain;
  private final Set<FlowKind> kinds;

  private ChainDiagram(ValueChain chain, Set<FlowKind> kinds) {
    this.chain = chain;
    this.kinds = kinds;
  }

  /**
   * Returns a diagram of every flow of a chain.
   *
   * @param chain the chain
   * @return the diagram
   */
  public static ChainDiagram of(ValueChain chain) {
    return new ChainDiagram(Objects.requireNonNull(chain, "chain"),
        Collections.unmodifiableSet(EnumSet.allOf(FlowKind.class)));
  }

  /**
   * Returns a diagram of the same chain that draws only flows of the given kinds (every actor is still drawn).
   *
   * @param kinds the kinds to draw, at least one
   * @return the diagram
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public ChainDiagram withKinds(Set<FlowKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    kinds.forEach(kind -> Objects.requireNonNull(kind, "kind"));
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must be non-empty but was []");
    }
    return new ChainDiagram(chain, Collections.unmodifiableSet(EnumSet.copyOf(kinds)));
  }

  /** Returns the kinds of flow this diagram draws. */
  public Set<FlowKind> kinds() {
    return kinds;
  }

  /** Returns the diagram in Graphviz DOT. */
  public String toDot() {
    StringBuilder out = new StringBuilder();
    appendUnchecked(() -> writeDot(out));
    return out.toString();
  }

  /** Returns the diagram as a Mermaid flowchart. */
  public String toMermaid() {
    StringBuilder out = new StringBuilder();
    appendUnchecked(() -> writeMermaid(out));
    return out.toString();
  }

  /**
   * Returns the diagram in GraphML.
   *
   * @throws IllegalArgumentException if an actor id or name holds a character that XML 1.0 cannot carry
   */
  public String toGraphMl() {
    StringBuilder out = new StringBuilder();
    appendUnchecked(() -> writeGraphMl(out));
    return out.toString();
  }

  /**
   * Writes the diagram in Graphviz DOT.
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void writeDot(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append("digraph \"value chain\" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      out.append("  ").append(dotString(actor.id()))
          .append(" [label=").append(dotString(actorLabel(actor)))
          .append(", fillcolor=\"").append(ROLE_COLOURS[actor.role().ordinal()]).append("\"];\n");
    }
    for (int f = 0; f < chain.flowCount(); f++) {
      FlowTerms terms = chain.terms(f);
      if (!kinds.contains(terms.kind())) {
        continue;
      }
      out.append("  ").append(dotString(chain.actor(chain.source(f)).id()))
          .append(" -> ").append(dotString(chain.actor(chain.target(f)).id()))
          .append(" [label=").append(dotString(flowLabel(terms)))
          .append(", ").append(dotEdgeStyle(terms.kind())).append("];\n");
    }
    out.append("}\n");
  }

  /**
   * Writes the diagram as a Mermaid flowchart.
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void writeMermaid(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append("flowchart LR\n");
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      out.append("  a").append(Integer.toString(a)).append("[\"").append(mermaidText(actorLabel(actor)))
          .append("\"]:::").append(actor.role().name()).append('\n');
    }
    int link = 0;
    StringBuilder[] linksByKind = new StringBuilder[FlowKind.values().length];
    for (int f = 0; f < chain.flowCount(); f++) {
      FlowTerms terms = chain.terms(f);
      FlowKind kind = terms.kind();
      if (!kinds.contains(kind)) {
        continue;
      }
      out.append("  a").append(Integer.toString(chain.source(f))).append(' ').append(mermaidArrow(kind))
          .append("|\"").append(mermaidText(flowLabel(terms))).append("\"| a")
          .append(Integer.toString(chain.target(f))).append('\n');
      StringBuilder links = linksByKind[kind.ordinal()];
      if (links == null) {
        links = new StringBuilder();
        linksByKind[kind.ordinal()] = links;
      } else {
        links.append(',');
      }
      links.append(link++);
    }
    for (Role role : Role.values()) {
      out.append("  classDef ").append(role.name()).append(" fill:").append(ROLE_COLOURS[role.ordinal()])
          .append(",stroke:#333\n");
    }
    for (FlowKind kind : FlowKind.values()) {
      if (linksByKind[kind.ordinal()] != null) {
        out.append("  linkStyle ").append(linksByKind[kind.ordinal()]).append(" stroke:")
            .append(edgeColour(kind)).append('\n');
      }
    }
  }

  /**
   * Writes the diagram in GraphML (UTF-8 declared).
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if an actor id or name, or a goods input, holds a character that XML 1.0 cannot
   *     carry; nothing is written then
   */
  public void writeGraphMl(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    // Check every text first, so that a bad one stops the write before anything is written.
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      checkXml(actor.id(), "actor id", actor.id());
      checkXml(actor.name(), "actor name", actor.id());
    }
    for (int f = 0; f < chain.flowCount(); f++) {
      if (chain.terms(f) instanceof GoodsTerms && kinds.contains(FlowKind.GOODS)) {
        checkXml(((GoodsTerms) chain.terms(f)).input(), "goods input", chain.flow(f).toString());
      }
    }
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n");
    out.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
    out.append("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (GraphMlKey key : GraphMlKey.values()) {
      out.append("  <key id=\"").append(key.id).append("\" for=\"").append(key.owner)
          .append("\" attr.name=\"").append(key.id).append("\" attr.type=\"").append(key.type).append("\"/>\n");
    }
    out.append("  <graph id=\"value chain\" edgedefault=\"directed\">\n");
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      out.append("    <node id=\"").append(xmlText(actor.id())).append("\">\n");
      data(out, GraphMlKey.NAME, xmlText(actor.name()));
      data(out, GraphMlKey.ROLE, actor.role().name());
      data(out, GraphMlKey.CAPACITY, actor.capacity());
      data(out, GraphMlKey.UNIT_COST, actor.unitCost());
      data(out, GraphMlKey.HOLDING_COST, actor.holdingCost());
      data(out, GraphMlKey.BACKLOG_COST, actor.backlogCost());
      data(out, GraphMlKey.INITIAL_INVENTORY, actor.initialInventory());
      data(out, GraphMlKey.DEMAND, actor.demand());
      out.append("    </node>\n");
    }
    for (int f = 0; f < chain.flowCount(); f++) {
      FlowTerms terms = chain.terms(f);
      if (!kinds.contains(terms.kind())) {
        continue;
      }
      out.append("    <edge id=\"f").append(Integer.toString(f))
          .append("\" source=\"").append(xmlText(chain.actor(chain.source(f)).id()))
          .append("\" target=\"").append(xmlText(chain.actor(chain.target(f)).id()))
          .append("\">\n");
      data(out, GraphMlKey.KIND, terms.kind().name());
      if (terms instanceof GoodsTerms) {
        GoodsTerms goods = (GoodsTerms) terms;
        data(out, GraphMlKey.PRICE, goods.price());
        data(out, GraphMlKey.LEAD_TIME, goods.leadTime());
        data(out, GraphMlKey.ORDER_DELAY, goods.orderDelay());
        data(out, GraphMlKey.FLOW_CAPACITY, goods.capacity());
        data(out, GraphMlKey.SHARE, goods.share());
        data(out, GraphMlKey.INPUT_COEFFICIENT, goods.inputCoefficient());
        data(out, GraphMlKey.INPUT, xmlText(goods.inputName(chain.actor(chain.source(f)).role())));
      } else if (terms instanceof DataTerms) {
        data(out, GraphMlKey.DELAY, ((DataTerms) terms).delay());
      } else if (terms instanceof ServiceTerms) {
        ServiceTerms service = (ServiceTerms) terms;
        data(out, GraphMlKey.FEE, service.fee());
        data(out, GraphMlKey.TAKE_RATE, service.takeRate());
        data(out, GraphMlKey.FEE_BASE, service.base().name());
      }
      out.append("    </edge>\n");
    }
    out.append("  </graph>\n");
    out.append("</graphml>\n");
  }

  /**
   * Writes the diagram to a file in UTF-8, in the format its extension names: {@code .dot} or {@code .gv} for DOT,
   * {@code .mmd} or {@code .mermaid} for Mermaid, {@code .graphml} for GraphML. The parent folder must exist.
   *
   * @param file the file, created or replaced atomically (written in full beside it, then moved over it)
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the extension is none of these
   */
  public void write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String fileName = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1);
    if (!extension.matches("dot|gv|mmd|mermaid|graphml")) {
      throw new IllegalArgumentException("file extension must be one of .dot, .gv, .mmd, .mermaid, .graphml but was '"
          + (dot < 0 ? "" : fileName.substring(dot)) + "' (" + file + ")");
    }
    AtomicFiles.writeText(file, out -> {
      switch (extension) {
        case "dot":
        case "gv":
          writeDot(out);
          break;
        case "graphml":
          writeGraphMl(out);
          break;
        default:
          writeMermaid(out);
          break;
      }
    });
  }

  @Override
  public String toString() {
    return "ChainDiagram{actors=" + chain.actorCount() + ", kinds=" + kinds + "}";
  }

  /** An actor's label: its name, and its id too when they differ, with the role letter. */
  private static String actorLabel(Actor actor) {
    String name = actor.name().equals(actor.id()) ? actor.id() : actor.name() + " [" + actor.id() + "]";
    return name + " (" + actor.role().letter() + ")";
  }

  /** A flow's label: its kind with the terms that matter most to a reader. */
  private static String flowLabel(FlowTerms terms) {
    if (terms instanceof GoodsTerms) {
      GoodsTerms goods = (GoodsTerms) terms;
      return goods.price() > 0 ? "goods @ " + number(goods.price()) : "goods";
    }
    if (terms instanceof DataTerms) {
      int delay = ((DataTerms) terms).delay();
      return delay > 0 ? "data +" + delay : "data";
    }
    if (terms instanceof ServiceTerms) {
      ServiceTerms service = (ServiceTerms) terms;
      StringBuilder label = new StringBuilder("service");
      if (service.fee() > 0) {
        label.append(" fee ").append(number(service.fee()));
      }
      if (service.takeRate() > 0) {
        label.append(' ').append(number(service.takeRate() * 100)).append("% of ")
            .append(service.base().name().toLowerCase(Locale.ROOT));
      }
      return label.toString();
    }
    return "payment";
  }

  /** A finite double without a trailing {@code .0} and without an exponent, at most 6 significant digits. */
  private static String number(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  private static String dotEdgeStyle(FlowKind kind) {
    switch (kind) {
      case GOODS:
        return "color=\"" + edgeColour(kind) + "\", penwidth=2";
      case MONEY:
        return "color=\"" + edgeColour(kind) + "\", fontcolor=\"" + edgeColour(kind) + "\", style=dashed";
      case DATA:
        return "color=\"" + edgeColour(kind) + "\", fontcolor=\"" + edgeColour(kind) + "\", style=dotted";
      default:
        return "color=\"" + edgeColour(kind) + "\", fontcolor=\"" + edgeColour(kind) + "\", style=dashed";
    }
  }

  private static String mermaidArrow(FlowKind kind) {
    switch (kind) {
      case GOODS:
        return "==>";
      case MONEY:
        return "-->";
      default:
        return "-.->";
    }
  }

  private static String edgeColour(FlowKind kind) {
    switch (kind) {
      case GOODS:
        return "#222222";
      case MONEY:
        return "#2a9d8f";
      case DATA:
        return "#1d4ed8";
      default:
        return "#e76f51";
    }
  }

  private static String[] roleColours() {
    String[] colours = new String[Role.values().length];
    colours[Role.M.ordinal()] = "#f4d35e";
    colours[Role.S.ordinal()] = "#90caf9";
    colours[Role.B.ordinal()] = "#a5d6a7";
    colours[Role.C.ordinal()] = "#f8bbd0";
    colours[Role.P.ordinal()] = "#ce93d8";
    colours[Role.L.ordinal()] = "#ffcc80";
    colours[Role.F.ordinal()] = "#b0bec5";
    return colours;
  }

  /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
  private static String dotString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        continue;
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Text inside a Mermaid quoted label: characters Mermaid reads as syntax become entity codes. */
  private static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '#' || c == '<' || c == '>' || c == '&' || c == '|' || c == '`') {
        out.append('#').append((int) c).append(';');
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Checks that XML 1.0 can carry a text: no control characters but tab, line feed and carriage return, no U+FFFE or
   * U+FFFF, and surrogates only in pairs.
   *
   * @param where what the text belongs to, for the message
   */
  private static void checkXml(String text, String what, String where) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        i++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " must hold only characters XML 1.0 allows but was '"
            + text.replace(c, '?') + "' with U+" + String.format(Locale.ROOT, "%04X", (int) c) + " (" + where + ")");
      }
    }
  }

  /** Text escaped for an XML attribute or element, line breaks and tabs as character references. */
  private static String xmlText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        case '\t':
        case '\n':
        case '\r':
          out.append("&#").append((int) c).append(';');
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static void data(Appendable out, GraphMlKey key, String value) throws IOException {
    out.append("      <data key=\"").append(key.id).append("\">").append(value).append("</data>\n");
  }

  /** A double in XML Schema's lexical form: as {@link Double#toString(double)}, but infinity is {@code INF}. */
  private static void data(Appendable out, GraphMlKey key, double value) throws IOException {
    data(out, key, Double.isInfinite(value) ? (value > 0 ? "INF" : "-INF") : Double.toString(value));
  }

  private static void data(Appendable out, GraphMlKey key, int value) throws IOException {
    data(out, key, Integer.toString(value));
  }

  /** Runs a write into a {@link StringBuilder}, which never throws {@link IOException}. */
  private static void appendUnchecked(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  /** The GraphML attributes: their ids (also their names), what they describe and their types. */
  private enum GraphMlKey {
    NAME("name", "node", "string"),
    ROLE("role", "node", "string"),
    CAPACITY("capacity", "node", "double"),
    UNIT_COST("unitCost", "node", "double"),
    HOLDING_COST("holdingCost", "node", "double"),
    BACKLOG_COST("backlogCost", "node", "double"),
    INITIAL_INVENTORY("initialInventory", "node", "double"),
    DEMAND("demand", "node", "double"),
    KIND("kind", "edge", "string"),
    PRICE("price", "edge", "double"),
    LEAD_TIME("leadTime", "edge", "int"),
    ORDER_DELAY("orderDelay", "edge", "int"),
    FLOW_CAPACITY("flowCapacity", "edge", "double"),
    SHARE("share", "edge", "double"),
    INPUT_COEFFICIENT("inputCoefficient", "edge", "double"),
    INPUT("input", "edge", "string"),
    DELAY("delay", "edge", "int"),
    FEE("fee", "edge", "double"),
    TAKE_RATE("takeRate", "edge", "double"),
    FEE_BASE("feeBase", "edge", "string");

    final String id;
    final String owner;
    final String type;

    GraphMlKey(String id, String owner, String type) {
      this.id = id;
      this.owner = owner;
      this.type = type;
    }
  }
}
