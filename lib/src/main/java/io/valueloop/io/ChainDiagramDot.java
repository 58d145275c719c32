package io.valueloop.io;

import static io.valueloop.io.ChainDiagramStyle.actorLabel;
import static io.valueloop.io.ChainDiagramStyle.edgeColour;
import static io.valueloop.io.ChainDiagramStyle.flowLabel;
import static io.valueloop.io.ChainDiagramStyle.roleColour;

import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.util.Set;

/** Writes a {@link ChainDiagram} in Graphviz DOT. Stateless. */
final class ChainDiagramDot {
  private ChainDiagramDot() {}

  /**
   * Writes the flows of the given kinds of a chain, and all its actors, in Graphviz DOT.
   *
   * @param chain the chain
   * @param kinds the kinds of flow to draw
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  static void write(ValueChain chain, Set<FlowKind> kinds, Appendable out) throws IOException {
    out.append("digraph \"value chain\" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      out.append("  ").append(dotString(actor.id()))
          .append(" [label=").append(dotString(actorLabel(actor)))
          .append(", fillcolor=\"").append(roleColour(actor.role())).append("\"];\n");
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
}
