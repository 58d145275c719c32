package io.valueloop.sim;

import java.util.Arrays;

/**
 * The order coefficients of the buyers that role dynamics touch, worked out from who is active (docs/design.md §3,
 * role dynamics). Per buyer and per input {@code k} (the flows of one input group, whose compiled coefficients add
 * to {@code a_k}):
 * <ul>
 *   <li>a flow is <em>on</em> unless it was switched off (an adopter's old or not yet adopted supplier) and its
 *       seller is active;</li>
 *   <li>a <em>claiming</em> flow (a convert's seat selling to its segment or a neighbour) that is on carries its
 *       claim {@code σ_g·a_k}; with claims adding to more than one they are scaled to add to one;</li>
 *   <li>the rest, {@code (1 − Σσ)·a_k}, goes to the other flows that are on, in proportion to their compiled
 *       coefficients; with none of them on, to the claiming flows in proportion to their claims; with no flow on,
 *       nowhere (the buyer orders none of the input).</li>
 * </ul>
 * The buyer's coefficient sum in its record follows, so that its supply line counts what it sends. Only dirty
 * buyers are worked out again; nothing is allocated after set-up.
 */
final class Markets {
  private final Topology t;
  private final RunState state;
  /** Per actor: whether it is active (sellers that left or seats that hold no convert are not). */
  final boolean[] active;
  /** Per goods flow: switched off by adoption. */
  final boolean[] off;
  /** Per goods flow: the takeover claim of a seat's flow, 0 for an ordinary flow. */
  final double[] claim;
  private final boolean[] dirty;
  private final int[] dirtyList;
  private int dirtyCount;

  Markets(Topology t, RunState state) {
    this.t = t;
    this.state = state;
    active = new boolean[t.n];
    Arrays.fill(active, true);
    off = new boolean[t.m];
    claim = new double[t.m];
    dirty = new boolean[t.n];
    dirtyList = new int[t.n];
  }

  /** Marks a buyer's coefficients to be worked out again at the next {@link #rewire()}. */
  void touch(int buyer) {
    if (!dirty[buyer]) {
      dirty[buyer] = true;
      dirtyList[dirtyCount++] = buyer;
    }
  }

  /** Marks every customer of a seller. */
  void touchCustomers(int seller) {
    for (int g = t.outStart[seller]; g < t.outStart[seller + 1]; g++) {
      touch(t.buyer[g]);
    }
  }

  /** Returns whether goods flow {@code g} is on: not switched off, its seller active. */
  boolean on(int g) {
    return !off[g] && active[t.seller[g]];
  }

  /** Works out the coefficients of every dirty buyer, in the order they were touched. */
  void rewire() {
    for (int i = 0; i < dirtyCount; i++) {
      int b = dirtyList[i];
      dirty[b] = false;
      rewire(b);
    }
    dirtyCount = 0;
  }

  private void rewire(int b) {
    double[] data = state.flowData;
    double sum = 0;
    for (int k = t.inputStart[b]; k < t.inputStart[b + 1]; k++) {
      double total = 0;
      double claims = 0;
      double ordinary = 0;
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        int g = t.inFlow[p];
        if (t.flowInt[Topology.FI * g + Topology.F_INPUT] != k) {
          continue;
        }
        total += t.coefficient[g];
        if (on(g)) {
          if (claim[g] > 0) {
            claims += claim[g];
          } else {
            ordinary += t.coefficient[g];
          }
        }
      }
      double scale = claims > 1 ? 1 / claims : 1;
      double rest = Math.max(0, 1 - claims) * total;
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        int g = t.inFlow[p];
        if (t.flowInt[Topology.FI * g + Topology.F_INPUT] != k) {
          continue;
        }
        double x = 0;
        if (on(g)) {
          if (claim[g] > 0) {
            x = claim[g] * scale * total + (ordinary == 0 ? rest * claim[g] / claims : 0);
          } else {
            x = rest * t.coefficient[g] / ordinary;
          }
        }
        data[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT] = x;
        sum += x;
      }
    }
    if (t.kind[b] == Topology.STOCKIST) {
      int r = RunState.record(b);
      state.state[r + RunState.S_COEFFICIENT_SUM] = sum;
      state.state[r + RunState.S_INVERSE_COEFFICIENT_SUM] = sum > 0 ? 1 / sum : 0;
    }
  }
}
