package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/** Writes a {@link ChainDiagram} in GraphML. Stateless. */
final class ChainDiagramGraphMl {
  private ChainDiagramGraphMl() {}

  /**
   * Writes the flows of the given kinds of a chain, and all its actors, in GraphML (UTF-8 declared).
   *
   * @param chain the chain
   * @param kinds the kinds of flow to draw
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if an actor id or name, or a goods input, holds a character that XML 1.0 cannot
   *     carry; nothing is written then
   */
  static void write(ValueChain chain, Set<FlowKind> kinds, Appendable out) throws IOException {
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
