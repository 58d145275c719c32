package io.valueloop.flow;

import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.ValueChain;

/**
 * The flows of one kind of a {@link CompiledChain}, numbered {@code 0..count()-1} in (source, target) order
 * of compiled actor indices, so that flow {@code f} sits at position {@code f} of {@link #out()}. Each flow
 * knows its ends, its index in the original {@link io.valueloop.model.ValueChain} and its terms.
 */
public final class FlowTable {
  private final FlowKind kind;
  final int[] source;
  final int[] target;
  final int[] chainFlow;
  /** The chain the flows come from; terms are read from it rather than copied (see {@link #terms(int)}). */
  private final ValueChain chain;
  private final Adjacency out;
  private final Adjacency in;

  FlowTable(FlowKind kind, int[] source, int[] target, int[] chainFlow, ValueChain chain,
      Adjacency out, Adjacency in) {
    this.kind = kind;
    this.source = source;
    this.target = target;
    this.chainFlow = chainFlow;
    this.chain = chain;
    this.out = out;
    this.in = in;
  }

  /** {@return the kind of every flow in this table} */
  public FlowKind kind() {
    return kind;
  }

  /** {@return the number of flows} */
  public int count() {
    return source.length;
  }

  /**
   * {@return the compiled index of the actor that sends flow {@code flow}}
   *
   * @param flow a flow index within the kind
   */
  public int source(int flow) {
    return source[flow];
  }

  /**
   * {@return the compiled index of the actor that receives flow {@code flow}}
   *
   * @param flow a flow index within the kind
   */
  public int target(int flow) {
    return target[flow];
  }

  /**
   * Returns the compiled index of the sender of every flow, by flow index. The array itself, shared and not copied,
   * so that kernels of the library in other packages index it without a copy per chain: read it, never write it.
   *
   * @return the sender of each flow
   */
  public int[] sources() {
    return source;
  }

  /** {@return the compiled index of the receiver of every flow, by flow index; shared as {@link #sources()} is} */
  public int[] targets() {
    return target;
  }

  /**
   * {@return the index of flow {@code flow} in the original chain ({@link io.valueloop.model.ValueChain#flow(int)})}
   *
   * @param flow a flow index within the kind
   */
  public int chainFlow(int flow) {
    return chainFlow[flow];
  }

  /**
   * Returns the terms of flow {@code flow}; their type is that of {@link #kind()}. They are read from the chain
   * through {@link #chainFlow(int)}: a compiled copy of millions of references would cost more to build (each
   * reference store pays the garbage collector's write barrier) than the indirection costs to read.
   *
   * @param flow a flow index within the kind
   * @return the flow's terms
   */
  public FlowTerms terms(int flow) {
    return chain.terms(chainFlow[flow]);
  }

  /** {@return the outgoing adjacency: a row per sender; position {@code f} holds flow {@code f}} */
  public Adjacency out() {
    return out;
  }

  /** {@return the incoming adjacency: a row per receiver} */
  public Adjacency in() {
    return in;
  }
}
