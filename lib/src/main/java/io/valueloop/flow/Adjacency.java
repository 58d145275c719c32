package io.valueloop.flow;

import java.util.Objects;

/**
 * A read-only compressed sparse row (CSR) adjacency of one flow kind over compiled actor indices: the
 * positions {@code start(a) .. end(a)-1} list the flows at actor {@code a}, each with the actor at its other
 * end ({@link #neighbor(int)}) and its flow index within the kind ({@link #flow(int)}). An outgoing adjacency
 * (CSR, for push) lists a row per sender; an incoming one (CSC, for pull) a row per receiver. Rows are sorted
 * by neighbor.
 *
 * <p>Accessors are plain array reads, small enough for the JIT to inline in kernel loops.
 */
public final class Adjacency {
  final int[] offsets;
  final int[] neighbors;
  /** The flow at each position, or null when position {@code p} holds flow {@code p} (an outgoing adjacency). */
  final int[] flows;

  Adjacency(int[] offsets, int[] neighbors, int[] flows) {
    this.offsets = offsets;
    this.neighbors = neighbors;
    this.flows = flows;
  }

  /** {@return the number of actors (rows)} */
  public int actorCount() {
    return offsets.length - 1;
  }

  /** {@return the total number of positions, the number of flows of the kind} */
  public int size() {
    return neighbors.length;
  }

  /**
   * {@return the first position of actor {@code actor}'s row}
   *
   * @param actor a compiled actor index
   */
  public int start(int actor) {
    return offsets[actor];
  }

  /**
   * {@return one past the last position of actor {@code actor}'s row}
   *
   * @param actor a compiled actor index
   */
  public int end(int actor) {
    return offsets[actor + 1];
  }

  /**
   * {@return the number of flows in actor {@code actor}'s row}
   *
   * @param actor a compiled actor index
   */
  public int degree(int actor) {
    return offsets[actor + 1] - offsets[actor];
  }

  /**
   * {@return the compiled index of the actor at the other end of the flow at {@code position}}
   *
   * @param position a position in the adjacency
   */
  public int neighbor(int position) {
    return neighbors[position];
  }

  /**
   * Returns the row offsets, {@code actorCount() + 1} of them: actor {@code a}'s row is positions
   * {@code offsets[a]..offsets[a+1]-1}. The array itself, shared and not copied, so that kernels of the library in
   * other packages (the simulation's) index it without a copy per chain: read it, never write it.
   *
   * @return the row offsets
   */
  public int[] offsets() {
    return offsets;
  }

  /**
   * Returns the flow at each position of an incoming adjacency, {@link #size()} of them; shared as
   * {@link #offsets()} is: read it, never write it.
   *
   * @return the flow index at each position
   * @throws IllegalStateException for an outgoing adjacency, whose position {@code p} holds flow {@code p}
   */
  public int[] flows() {
    if (flows == null) {
      throw new IllegalStateException("adjacency must be incoming to list its flows but was outgoing, where position p"
          + " holds flow p");
    }
    return flows;
  }

  /**
   * {@return the index, within its kind, of the flow at {@code position}}
   *
   * @param position a position in the adjacency
   */
  public int flow(int position) {
    return flows == null ? Objects.checkIndex(position, neighbors.length) : flows[position];
  }
}
