package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.GoodsEquation;
import java.util.Arrays;

/**
 * The information-sharing weights of a run that follow role dynamics (docs/design.md §3, role dynamics): the DATA
 * pair weights {@code w(x, c) = L(x, c)} and the uncovered shares of the goods flows, kept equal to those of the
 * chain compiled with the run's current order coefficients. {@code L(x, c)} depends only on the coefficients of the
 * flows into {@code c} and into the actors upstream of it, so a coefficient that {@link Markets} writes into a buyer
 * {@code b} changes only the weights of the segments downstream of {@code b}:
 * <ul>
 *   <li>a flow {@code g} into a segment {@code c} (a convert, a seat that leaves, a shop's customers taking its
 *       demand back), without uncovered shares: {@code L(x, c) = sum over g into c of a_g·L(x, seller_g)} and the
 *       sellers' multipliers do not change, so each pair of {@code c} moves at once by {@code Δa_g·L(x, seller_g)}
 *       (its sensitivity, kept from the last solve): O(pairs of c) per change;</li>
 *   <li>any other change (an adopter's or a distributor's supply, or any change while uncovered shares are kept):
 *       the segments downstream of the buyer are solved again at step 1, once the coefficients are rewritten, on
 *       their compiled support (the actors upstream of the segment): without uncovered shares, row {@code L(x, ·)}
 *       per pair, sellers first, which also renews the sensitivities; with them, column {@code L(·, c)}, buyers
 *       first, whose changed multipliers move the gross outputs and covered demand behind the uncovered shares. A
 *       goods loop is solved by Gauss–Seidel; a sum whose last term leaves is set to exactly zero.</li>
 * </ul>
 * Nothing is allocated after set-up; the work runs in the order of the changes on the thread of step 1, whatever
 * the thread count. Weights moved by sensitivities are exact up to the rounding of their sums.
 */
final class DataWeights {
  /** Relative change per Gauss–Seidel sweep below which a goods loop's column counts as solved. */
  private static final double LOOP_TOLERANCE = 1e-14;

  private final Topology t;
  private final RunState state;
  /** The run's pair weights and uncovered shares (copies of the topology's), the latter null if none is tracked. */
  private final double[] weight;
  private final double[] uncovered;
  /** The pairs weighing segment slot {@code s}: {@code slotPair[slotPairStart[s] .. slotPairStart[s+1])}. */
  private final int[] slotPairStart;
  private final int[] slotPair;
  /** Per pair: its actor. */
  private final int[] pairActor;
  /** Per slot: whether its column is kept; its compiled support (ascending) and current values. */
  private final boolean[] tracked;
  private final int[] columnStart;
  private final int[] columnActor;
  private final double[] columnValue;
  /** Per actor: whether its goods component holds a loop. */
  private final boolean[] loop;
  /** Zeros between solves; a goods loop's pushes from outside it, while it is solved. */
  private final double[] x;
  private final double[] rest;
  private final boolean[] changed;
  private final int[] changedList;
  private int changedCount;
  private final boolean[] seen;
  private final int[] queue;
  private final boolean[] dirty;
  private final int[] dirtyList;
  private int dirtyCount;
  /** The uncovered shares' sums, or null without uncovered shares. */
  private final UncoveredShares shares;
  /**
   * Without uncovered shares: per pair {@code j} of a segment {@code c} (in slot order) and per supply flow {@code q}
   * of {@code c}, {@code L(x_j, seller_q)} at the last solve, at {@code sensitivity[sensitivityStart[j] + q]}, so
   * that a change {@code Δa} of a coefficient into {@code c} moves the pair's weight by {@code Δa·L(x_j, seller_q)}
   * at once; and per goods flow its position among its buyer's supply flows.
   */
  private final int[] sensitivityStart;
  private final double[] sensitivity;
  private final int[] inPosition;
  /** Whether a goods loop's column failed to converge within {@link GoodsEquation#MAX_SWEEPS} sweeps. */
  boolean diverged;

  private DataWeights(Topology t, RunState state) {
    this.t = t;
    this.state = state;
    int n = t.n;
    int slots = t.consumers.length;
    int pairs = t.pairSegment.length;
    weight = t.pairWeight.clone();
    state.pairWeight = weight;
    uncovered = t.uncoveredShare == null ? null : t.uncoveredShare.clone();
    state.uncoveredShare = uncovered;
    pairActor = new int[pairs];
    slotPairStart = new int[slots + 1];
    for (int a = 0; a < n; a++) {
      for (int p = t.pairStart[a]; p < t.pairStart[a + 1]; p++) {
        pairActor[p] = a;
        slotPairStart[t.pairSegment[p] + 1]++;
      }
    }
    for (int s = 0; s < slots; s++) {
      slotPairStart[s + 1] += slotPairStart[s];
    }
    slotPair = new int[pairs];
    int[] next = Arrays.copyOf(slotPairStart, slots);
    for (int p = 0; p < pairs; p++) {
      slotPair[next[t.pairSegment[p]]++] = p;
    }
    tracked = new boolean[slots];
    columnStart = new int[slots + 1];
    x = new double[n];
    int[] support = new int[n];
    int[] actors = new int[Math.max(16, n)];
    int size = 0;
    for (int s = 0; s < slots; s++) {
      tracked[s] = uncovered != null || slotPairStart[s + 1] > slotPairStart[s];
      if (tracked[s]) {
        int count = t.equation.upstreamColumn(t.consumers[s], x, support);
        if (size + count > actors.length) {
          actors = Arrays.copyOf(actors, Math.max(2 * actors.length, size + count));
        }
        for (int k = 0; k < count; k++) {
          actors[size++] = support[k];
          x[support[k]] = 0;
        }
      }
      columnStart[s + 1] = size;
    }
    columnActor = Arrays.copyOf(actors, size);
    columnValue = new double[size];
    CompiledChain chain = t.chain;
    loop = new boolean[n];
    boolean loops = false;
    for (int k = 0; k < chain.componentCount(); k++) {
      if (chain.isCyclic(k)) {
        Arrays.fill(loop, chain.componentStart(k), chain.componentEnd(k), true);
        loops = true;
      }
    }
    rest = new double[loops ? n : 0];
    changed = new boolean[n];
    changedList = new int[n];
    seen = new boolean[n];
    queue = new int[n];
    dirty = new boolean[slots];
    dirtyList = new int[slots];
    shares = uncovered == null ? null : new UncoveredShares(t, uncovered, slotPairStart, slotPair, pairActor);
    boolean fast = uncovered == null;
    sensitivityStart = new int[fast ? pairs + 1 : 0];
    inPosition = new int[fast ? t.m : 0];
    if (fast) {
      for (int s = 0; s < slots; s++) {
        int c = t.consumers[s];
        for (int j = slotPairStart[s]; j < slotPairStart[s + 1]; j++) {
          sensitivityStart[j + 1] = Math.addExact(sensitivityStart[j], t.inStart[c + 1] - t.inStart[c]);
        }
      }
      for (int b = 0; b < n; b++) {
        for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
          inPosition[t.inFlow[p]] = p - t.inStart[b];
        }
      }
    }
    sensitivity = new double[fast ? sensitivityStart[pairs] : 0];
  }

  /**
   * Returns the weights of a run with information sharing and DATA pairs, worked out for the run's starting
   * coefficients and installed in {@code state}; null without sharing or pairs (the topology's arrays stay).
   */
  static DataWeights of(Topology t, RunState state, boolean sharing) {
    if (!sharing || t.pairSegment.length == 0) {
      return null;
    }
    DataWeights weights = new DataWeights(t, state);
    for (int s = 0; s < t.consumers.length; s++) {
      if (weights.tracked[s]) {
        weights.solve(s);
      }
    }
    if (weights.shares != null) {
      weights.shares.all();
    }
    return weights;
  }

  /**
   * Called by {@link Markets} when it changes the coefficient of goods flow {@code g} by {@code change}: without
   * uncovered shares, a flow into a segment moves the segment's pair weights at once (its sellers' multipliers are
   * unchanged); any other change is solved again at {@link #update()}.
   */
  void changed(int g, double change) {
    int buyer = t.buyer[g];
    int s = t.consumerSlot[buyer];
    if (s >= 0 && uncovered == null) {
      int q = inPosition[g];
      for (int j = slotPairStart[s]; j < slotPairStart[s + 1]; j++) {
        weight[slotPair[j]] += change * sensitivity[sensitivityStart[j] + q];
      }
      return;
    }
    if (!changed[buyer]) {
      changed[buyer] = true;
      changedList[changedCount++] = buyer;
    }
  }

  /** Step 1, once the coefficients are rewritten: solves again the columns of the segments below the changes. */
  void update() {
    if (changedCount == 0) {
      return;
    }
    int size = 0;
    for (int i = 0; i < changedCount; i++) {
      int b = changedList[i];
      changed[b] = false;
      if (!seen[b]) {
        seen[b] = true;
        queue[size++] = b;
      }
    }
    changedCount = 0;
    // The segments downstream of a changed buyer; a segment's own goods sales carry no multiplier.
    for (int k = 0; k < size; k++) {
      int v = queue[k];
      int slot = t.consumerSlot[v];
      if (slot >= 0) {
        if (tracked[slot] && !dirty[slot]) {
          dirty[slot] = true;
          dirtyList[dirtyCount++] = slot;
        }
        continue;
      }
      for (int g = t.outStart[v]; g < t.outStart[v + 1]; g++) {
        int w = t.buyer[g];
        if (!seen[w]) {
          seen[w] = true;
          queue[size++] = w;
        }
      }
    }
    for (int k = 0; k < size; k++) {
      seen[queue[k]] = false;
    }
    for (int i = 0; i < dirtyCount; i++) {
      int s = dirtyList[i];
      dirty[s] = false;
      solve(s);
    }
    dirtyCount = 0;
    if (shares != null) {
      shares.update();
    }
  }

  /**
   * Solves column {@code L(·, c)} of segment slot {@code s} with the run's coefficients and moves what it feeds: in
   * compiled order (buyers before sellers), each actor's multiplier is final when reached and is pushed up its supply
   * flows, {@code x_i += a_g·x_j} for {@code g: i → j}; a goods loop is solved in place first. A segment's own sales
   * carry nothing (its row is empty, as in {@link Topology#equation}). Costs the support's supply flows.
   */
  private void solve(int s) {
    if (uncovered == null) {
      rows(s);
    } else {
      column(s);
    }
  }

  private void column(int s) {
    int c = t.consumers[s];
    int from = columnStart[s];
    int to = columnStart[s + 1];
    x[c] = 1;
    int k = from;
    while (k < to) {
      int i = columnActor[k];
      if (!loop[i]) {
        push(i, -1);
        k++;
      } else {
        int component = t.chain.component(i);
        int end = k + t.chain.componentEnd(component) - t.chain.componentStart(component);
        sweep(k, end, component);
        for (int j = k; j < end; j++) {
          push(columnActor[j], component);
        }
        k = end;
      }
    }
    for (int j = slotPairStart[s]; j < slotPairStart[s + 1]; j++) {
      int p = slotPair[j];
      weight[p] = x[pairActor[p]];
    }
    if (shares != null) {
      shares.move(s, c, columnActor, columnValue, x, from, to);
    }
    for (int j = from; j < to; j++) {
      int b = columnActor[j];
      columnValue[j] = x[b];
      x[b] = 0;
    }
  }

  /**
   * Without uncovered shares: for each pair {@code (x, c)} of segment slot {@code s}, row {@code L(x, ·)} on {@code
   * c}'s support, in reverse compiled order (sellers before buyers), {@code y_j = [j = x] + sum over supply flows
   * g: i → j of a_g·y_i}, a goods loop by Gauss–Seidel; the pair's weight is {@code y_c} and its sensitivities the
   * {@code y} of {@code c}'s sellers. Costs the support's supply flows per pair.
   */
  private void rows(int s) {
    int c = t.consumers[s];
    int from = columnStart[s];
    int to = columnStart[s + 1];
    for (int j = slotPairStart[s]; j < slotPairStart[s + 1]; j++) {
      int pair = slotPair[j];
      int actor = pairActor[pair];
      int k = to - 1;
      while (k >= from) {
        int i = columnActor[k];
        if (!loop[i]) {
          x[i] = (i == actor ? 1 : 0) + pull(i, -1);
          k--;
        } else {
          int component = t.chain.component(i);
          int start = k + 1 - (t.chain.componentEnd(component) - t.chain.componentStart(component));
          for (int m = start; m <= k; m++) {
            int member = columnActor[m];
            rest[member] = (member == actor ? 1 : 0) + pull(member, component);
            x[member] = 0;
          }
          sweepRow(start, k + 1, component);
          k = start - 1;
        }
      }
      weight[pair] = x[c];
      int base = sensitivityStart[j] - t.inStart[c];
      for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
        int seller = t.seller[t.inFlow[p]];
        sensitivity[base + p] = t.consumerSlot[seller] >= 0 ? 0 : x[seller];
      }
      for (int m = from; m < to; m++) {
        x[columnActor[m]] = 0;
      }
    }
  }

  /**
   * Returns {@code sum of a_g·x_i} over the supply flows {@code g: i → j} of {@code j} from sellers outside goods
   * component {@code component} (-1: every seller); a segment's sales carry nothing.
   */
  private double pull(int j, int component) {
    double sum = 0;
    for (int p = t.inStart[j]; p < t.inStart[j + 1]; p++) {
      int g = t.inFlow[p];
      int i = t.seller[g];
      if (t.consumerSlot[i] < 0 && (component < 0 || t.chain.component(i) != component)) {
        sum += coefficient(g) * x[i];
      }
    }
    return sum;
  }

  /** Gauss–Seidel on a goods loop's row entries {@code [from, end)}, from what outside sellers give ({@code rest}). */
  private void sweepRow(int from, int end, int component) {
    for (int sweep = 0; sweep < GoodsEquation.MAX_SWEEPS; sweep++) {
      double change = 0;
      double most = 0;
      for (int m = end - 1; m >= from; m--) {
        int j = columnActor[m];
        double v = rest[j];
        for (int p = t.inStart[j]; p < t.inStart[j + 1]; p++) {
          int g = t.inFlow[p];
          int i = t.seller[g];
          if (t.consumerSlot[i] < 0 && t.chain.component(i) == component) {
            v += coefficient(g) * x[i];
          }
        }
        change = Math.max(change, Math.abs(v - x[j]));
        most = Math.max(most, Math.abs(v));
        x[j] = v;
      }
      if (change <= LOOP_TOLERANCE * most) {
        return;
      }
    }
    diverged = true;
  }

  /** Pushes buyer {@code j}'s multiplier to its sellers outside goods component {@code component} (-1: none). */
  private void push(int j, int component) {
    double v = x[j];
    if (v == 0) {
      return;
    }
    for (int p = t.inStart[j]; p < t.inStart[j + 1]; p++) {
      int g = t.inFlow[p];
      int i = t.seller[g];
      if (t.consumerSlot[i] < 0 && (component < 0 || t.chain.component(i) != component)) {
        x[i] += coefficient(g) * v;
      }
    }
  }

  /**
   * Gauss–Seidel on the goods loop held by support entries {@code [from, end)}: each member's multiplier is what its
   * buyers outside the loop pushed to it plus {@code sum of a_g·x_j} over its sales {@code g} to members.
   */
  private void sweep(int from, int end, int component) {
    for (int j = from; j < end; j++) {
      rest[columnActor[j]] = x[columnActor[j]];
    }
    for (int sweep = 0; sweep < GoodsEquation.MAX_SWEEPS; sweep++) {
      double change = 0;
      double most = 0;
      for (int j = from; j < end; j++) {
        int i = columnActor[j];
        double v = rest[i];
        if (t.consumerSlot[i] < 0) {
          for (int g = t.outStart[i]; g < t.outStart[i + 1]; g++) {
            int b = t.buyer[g];
            if (t.chain.component(b) == component) {
              v += coefficient(g) * x[b];
            }
          }
        }
        change = Math.max(change, Math.abs(v - x[i]));
        most = Math.max(most, Math.abs(v));
        x[i] = v;
      }
      if (change <= LOOP_TOLERANCE * most) {
        return;
      }
    }
    diverged = true;
  }

  private double coefficient(int g) {
    return state.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT];
  }
}
