package io.valueloop.model;

import java.util.Objects;

/**
 * A directed flow between two actors of a chain, identified by the ids of its ends and carrying the
 * terms of its kind. A chain holds at most one flow of each kind from one actor to another, so a flow
 * is identified by {@code (source, target, kind)}.
 *
 * <p>Flows read from a {@link ValueChain} are created on demand from its compact storage; they are
 * values, equal when their ends and terms are equal.
 *
 * @param source the id of the sending actor
 * @param target the id of the receiving actor
 * @param terms the parameters of the flow; their type gives the flow's kind
 */
public record Flow(String source, String target, FlowTerms terms) {

  /**
   * Creates a flow; no argument may be null.
   *
   * @param source the sending actor's id
   * @param target the receiving actor's id
   * @param terms the flow's terms
   */
  public Flow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(terms, "terms");
  }

  /** {@return the kind of this flow, the kind of its terms} */
  public FlowKind kind() {
    return terms.kind();
  }

  /** Returns {@code KIND source->target}, the form used in error messages. */
  @Override
  public String toString() {
    return label(terms.kind(), source, target);
  }

  static String label(FlowKind kind, String source, String target) {
    return kind + " " + source + "->" + target;
  }
}
