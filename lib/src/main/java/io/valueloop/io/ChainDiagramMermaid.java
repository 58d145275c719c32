package io.valueloop.io;

import static io.valueloop.io.ChainDiagramStyle.actorLabel;
import static io.valueloop.io.ChainDiagramStyle.edgeColour;
import static io.valueloop.io.ChainDiagramStyle.flowLabel;
import static io.valueloop.io.ChainDiagramStyle.roleColour;

import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.util.Set;

/** Writes a {@link ChainDiagram} as a Mermaid flowchart. Stateless. */
final class ChainDiagramMermaid {
  private ChainDiagramMermaid() {}

  /**
   * Writes the flows of the given kinds of a chain, and all its actors, as a Mermaid flowchart.
   *
   * @param chain the chain
   * @param kinds the kinds of flow to draw
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  static void write(ValueChain chain, Set<FlowKind> kinds, Appendable out) throws IOException {
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
      out.append("  classDef ").append(role.name()).append(" fill:").append(roleColour(role))
          .append(",stroke:#333\n");
    }
    for (FlowKind kind : FlowKind.values()) {
      if (linksByKind[kind.ordinal()] != null) {
        out.append("  linkStyle ").append(linksByKind[kind.ordinal()]).append(" stroke:")
            .append(edgeColour(kind)).append('\n');
      }
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
}
