package io.valueloop.model;

import io.valueloop.internal.CountingSort;
import java.util.Arrays;
import java.util.Objects;

/**
 * One direction of a chain's adjacency: each actor's flows in flow index order, as offsets into one array (CSR when
 * the flows are grouped by source, CSC when grouped by target), 4 bytes per flow and per actor. Immutable.
 */
final class FlowIndex {
  /** Actor {@code a}'s flows are {@code flows[offsets[a]..offsets[a + 1] - 1]}. */
  final int[] offsets;
  final int[] flows;

  private FlowIndex(int[] offsets, int[] flows) {
    this.offsets = offsets;
    this.flows = flows;
  }

  /**
   * Groups the flows {@code 0..flowCount-1} by one of their ends, by a stable counting sort, so that each actor's
   * flows stay in flow index order.
   *
   * @param ends each flow's end, an actor index in {@code [0, actorCount)}
   */
  static FlowIndex of(int[] ends, int flowCount, int actorCount) {
    int[] offsets = new int[actorCount + 1];
    return new FlowIndex(offsets, CountingSort.order(ends, flowCount, actorCount, offsets));
  }

  /** Returns the number of flows of an actor; throws {@link IndexOutOfBoundsException} for an unknown actor. */
  int degree(int actor) {
    Objects.checkIndex(actor, offsets.length - 1);
    return offsets[actor + 1] - offsets[actor];
  }

  /** Returns a new array of an actor's flows. */
  int[] flows(int actor) {
    Objects.checkIndex(actor, offsets.length - 1);
    return Arrays.copyOfRange(flows, offsets[actor], offsets[actor + 1]);
  }

  /** Returns an actor's {@code i}-th flow; throws {@link IndexOutOfBoundsException} if either is out of range. */
  int flow(int actor, int i) {
    return flows[offsets[actor] + Objects.checkIndex(i, degree(actor))];
  }
}
