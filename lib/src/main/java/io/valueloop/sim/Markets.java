package io.valueloop.sim;

import io.valueloop.model.Role;
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
 * The buyer's coefficient sum in its record follows, so that its supply line counts what it sends. Only what
 * changed is worked out again: a seat that turns on or off in a segment that keeps an incumbent rewrites its own
 * flow and the incumbents' ({@link #seat}); any other change works out the buyer whole ({@link #touch}). Nothing is
 * allocated after set-up.
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
  /** Per actor with one input: the compiled coefficients of its supply flows, added up. */
  private final double[] total;
  /** Per actor: the claims of its supply flows that are on, and the compiled coefficients of its ordinary ones. */
  private final double[] claims;
  private final double[] ordinary;
  /** The ordinary supply flows of actor {@code b}: {@code ordinaryFlow[ordinaryStart[b] .. ordinaryStart[b+1])}. */
  private int[] ordinaryStart;
  private int[] ordinaryFlow;
  /** Per actor: the share of its supply ordered from sellers of role S (1 for such a seller), kept current. */
  private final double[] supply;
  /** Per consumer segment (by slot): its order coefficients, those weighted by the seller's platform supply. */
  private final double[] all;
  private final double[] throughPlatform;
  private final boolean[] dirty;
  private final int[] dirtyList;
  private int dirtyCount;
  private final boolean[] stale;
  private final int[] staleList;
  private int staleCount;

  Markets(Topology t, RunState state) {
    this.t = t;
    this.state = state;
    int n = t.n;
    active = new boolean[n];
    Arrays.fill(active, true);
    off = new boolean[t.m];
    claim = new double[t.m];
    total = new double[n];
    claims = new double[n];
    ordinary = new double[n];
    for (int g = 0; g < t.m; g++) {
      total[t.buyer[g]] += t.coefficient[g];
    }
    dirty = new boolean[n];
    dirtyList = new int[n];
    stale = new boolean[n];
    staleList = new int[n];
    supply = new double[n];
    all = new double[t.consumers.length];
    throughPlatform = new double[t.consumers.length];
    for (int c : t.consumers) {
      touch(c);
    }
  }

  /** Lists each actor's ordinary supply flows, once the seats have claimed theirs; before the first rewiring. */
  void prepare() {
    ordinaryStart = new int[t.n + 1];
    int count = 0;
    for (int b = 0; b < t.n; b++) {
      ordinaryStart[b] = count;
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        count += claim[t.inFlow[p]] == 0 ? 1 : 0;
      }
    }
    ordinaryStart[t.n] = count;
    for (int a = 0; a < t.n; a++) {
      supply[a] = supplied(a);
    }
    ordinaryFlow = new int[count];
    count = 0;
    for (int b = 0; b < t.n; b++) {
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        if (claim[t.inFlow[p]] == 0) {
          ordinaryFlow[count++] = t.inFlow[p];
        }
      }
    }
  }

  /** Marks a buyer's coefficients to be worked out whole at the next {@link #rewire()}. */
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

  /**
   * A seat turned on or off (its {@link #active} flag already set): each of its claiming flows into a buyer with one
   * input and an ordinary flow on is rewritten now, the buyer's incumbents at the next {@link #rewire()}; any other
   * customer is worked out whole.
   */
  void seat(int seat) {
    for (int g = t.outStart[seat]; g < t.outStart[seat + 1]; g++) {
      int b = t.buyer[g];
      if (dirty[b] || claim[g] == 0 || ordinary[b] <= 0 || t.inputStart[b + 1] - t.inputStart[b] != 1) {
        touch(b);
        continue;
      }
      boolean on = on(g);
      double before = coefficient(g);
      double now = on ? claim[g] * total[b] : 0;
      if (before != now) {
        claims[b] += on ? claim[g] : -claim[g];
        write(g, now);
        if (!stale[b]) {
          stale[b] = true;
          staleList[staleCount++] = b;
        }
      }
    }
  }

  /** Returns whether goods flow {@code g} is on: not switched off, its seller active. */
  boolean on(int g) {
    return !off[g] && active[t.seller[g]];
  }

  /**
   * Rewrites the incumbents of buyers whose seats changed, then works out every dirty buyer whole, in the order they
   * were touched (a buyer other than a consumer segment touches its segment customers, whose platform share depends
   * on its supply), then the platform share of every dirty segment.
   */
  void rewire() {
    for (int i = 0; i < staleCount; i++) {
      int b = staleList[i];
      stale[b] = false;
      if (!dirty[b]) {
        double rest = Math.max(0, 1 - claims[b]) * total[b];
        for (int j = ordinaryStart[b]; j < ordinaryStart[b + 1]; j++) {
          int g = ordinaryFlow[j];
          write(g, on(g) ? rest * t.coefficient[g] / ordinary[b] : 0);
        }
      }
    }
    staleCount = 0;
    for (int i = 0; i < dirtyCount; i++) {
      int b = dirtyList[i];
      if (t.inStart[b + 1] > t.inStart[b]) {
        rewire(b);
      }
      if (t.kind[b] != Topology.CONSUMER) {
        for (int g = t.outStart[b]; g < t.outStart[b + 1]; g++) {
          if (t.kind[t.buyer[g]] == Topology.CONSUMER) {
            touch(t.buyer[g]);
          }
        }
      }
    }
    for (int i = 0; i < dirtyCount; i++) {
      int b = dirtyList[i];
      dirty[b] = false;
      if (t.kind[b] == Topology.CONSUMER) {
        share(b);
      }
    }
    dirtyCount = 0;
  }

  private void rewire(int b) {
    double sum = 0;
    boolean single = t.inputStart[b + 1] - t.inputStart[b] == 1;
    for (int k = t.inputStart[b]; k < t.inputStart[b + 1]; k++) {
      double group = 0;
      double claimed = 0;
      double rest = 0;
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        int g = t.inFlow[p];
        if (!single && t.flowInt[Topology.FI * g + Topology.F_INPUT] != k) {
          continue;
        }
        group += t.coefficient[g];
        if (on(g)) {
          if (claim[g] > 0) {
            claimed += claim[g];
          } else {
            rest += t.coefficient[g];
          }
        }
      }
      double scale = claimed > 1 ? 1 / claimed : 1;
      double left = Math.max(0, 1 - claimed) * group;
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        int g = t.inFlow[p];
        if (!single && t.flowInt[Topology.FI * g + Topology.F_INPUT] != k) {
          continue;
        }
        double x = 0;
        if (on(g)) {
          if (claim[g] > 0) {
            x = claim[g] * scale * group + (rest == 0 ? left * claim[g] / claimed : 0);
          } else {
            x = left * t.coefficient[g] / rest;
          }
        }
        write(g, x);
        sum += x;
      }
      if (single) {
        claims[b] = claimed;
        ordinary[b] = rest;
      }
    }
    if (!single) {
      ordinary[b] = 0;
    }
    supply[b] = supplied(b);
    if (t.kind[b] == Topology.STOCKIST) {
      int r = RunState.record(b);
      state.state[r + RunState.S_COEFFICIENT_SUM] = sum;
      state.state[r + RunState.S_INVERSE_COEFFICIENT_SUM] = sum > 0 ? 1 / sum : 0;
    }
  }

  /** Writes the order coefficient of goods flow {@code g}; a segment's platform share follows the change. */
  private void write(int g, double x) {
    int slot = t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT;
    double change = x - state.flowData[slot];
    state.flowData[slot] = x;
    int c = t.consumerSlot[t.buyer[g]];
    if (c >= 0 && change != 0) {
      all[c] += change;
      throughPlatform[c] += change * supply[t.seller[g]];
    }
  }

  /** Works out segment {@code c}'s sums afresh, from its coefficients. */
  private void share(int c) {
    double sum = 0;
    double platform = 0;
    for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
      int g = t.inFlow[p];
      double x = coefficient(g);
      if (x != 0) {
        sum += x;
        platform += x * supply[t.seller[g]];
      }
    }
    all[t.consumerSlot[c]] = sum;
    throughPlatform[t.consumerSlot[c]] = platform;
  }

  /** Returns whether segment {@code slot} orders from anyone. */
  boolean ordering(int slot) {
    return all[slot] > 1e-12 * total[t.consumers[slot]];
  }

  /** Returns the share of segment {@code slot}'s orders placed with sellers supplied by the platform, in [0, 1]. */
  double platformShare(int slot) {
    return Math.min(1, Math.max(0, throughPlatform[slot] / all[slot]));
  }

  /** Works out the share of an actor's supply ordered from sellers of role S (1 for such a seller itself). */
  private double supplied(int a) {
    if (t.roleOrdinal[a] == Role.S.ordinal()) {
      return 1;
    }
    double sum = 0;
    double platform = 0;
    for (int p = t.inStart[a]; p < t.inStart[a + 1]; p++) {
      int g = t.inFlow[p];
      double x = coefficient(g);
      sum += x;
      if (t.roleOrdinal[t.seller[g]] == Role.S.ordinal()) {
        platform += x;
      }
    }
    return sum > 0 ? platform / sum : 0;
  }

  private double coefficient(int g) {
    return state.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT];
  }
}
