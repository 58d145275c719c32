package io.valueloop.flow;

import io.valueloop.model.Role;
import java.util.Arrays;

/**
 * The capacity rule of the steady state: what fraction of each actor's final demand can be served when capacities
 * bind.
 *
 * <p><b>Rule.</b> Solve {@code x = A x + d} for the whole final demand {@code d}: these are the loads. A capacity
 * binds where its load exceeds it: an actor's capacity bounds what it ships, its gross output {@code x_i} (for a
 * consumer segment, which consumes its own final demand rather than shipping it, only its sales
 * {@code x_i − d_i}); a goods flow's capacity bounds the units it carries, {@code A_ij x_j}. A binding capacity
 * {@code k} has ratio {@code r_k = capacity / load < 1}. The final demand {@code d_c} of actor {@code c} loads
 * exactly the capacities upstream of it (the actors and flows from which a path of goods flows with positive
 * coefficients leads to {@code c}), and {@code c} is served the fraction
 * {@code θ_c = min(1, min over the binding capacities k that d_c loads of r_k)}. Served demand is {@code θ ⊙ d}.
 *
 * <p><b>Why it holds.</b> Outputs are linear in final demand, so the served load on a binding capacity {@code k} is
 * {@code Σ_c θ_c · (load of d_c on k) ≤ r_k · load_k = capacity_k}: no capacity is exceeded (up to rounding).
 * Where each path from a supplier to a segment has a single binding capacity, every binding capacity is used exactly; where
 * a segment is cut by a tighter capacity elsewhere, capacity it leaves unused is not handed to other segments (a
 * proportional cut, not the largest servable demand). Sourcing shares stay fixed, as everywhere in the steady state:
 * a segment buying part of an input through a bottleneck is cut as a whole.
 *
 * <p><b>Method.</b> Binding capacities in increasing ratio; from each, a breadth-first walk downstream along goods
 * flows with positive coefficients assigns its ratio to every actor not yet reached (an actor reached earlier has
 * a smaller ratio, and so has everything downstream of it). O(n + m + b log b) for b binding capacities.
 */
final class CapacityCut {
  private CapacityCut() {}

  /**
   * Returns the fraction of each actor's final demand that can be served, by compiled index, or null if no
   * capacity binds (every fraction is 1).
   *
   * @param chain the compiled chain
   * @param demand the final demand by compiled index
   * @param load the gross outputs solved for the whole final demand
   * @return the served fractions in [0, 1], or null
   */
  static double[] servedFractions(CompiledChain chain, double[] demand, double[] load) {
    int n = chain.actorCount();
    FlowTable goods = chain.goods();
    Adjacency out = goods.out();
    double[] coefficient = chain.goodsCoefficient;
    int m = coefficient.length;
    // Binding capacities as (ratio, key): key < n is an actor, key >= n the goods flow key - n.
    double[] ratio = new double[0];
    int[] key = new int[0];
    int binding = 0;
    for (int k = 0; k < n + m; k++) {
      double capacity;
      double carried;
      if (k < n) {
        capacity = chain.actor(k).capacity();
        carried = chain.role(k) == Role.C ? load[k] - demand[k] : load[k];
      } else {
        int g = k - n;
        capacity = chain.goodsTerms(g).capacity();
        carried = coefficient[g] * load[goods.target[g]];
      }
      if (carried > capacity) {
        if (binding == ratio.length) {
          ratio = Arrays.copyOf(ratio, Math.max(8, 2 * binding));
          key = Arrays.copyOf(key, ratio.length);
        }
        ratio[binding] = capacity / carried;
        key[binding] = k;
        binding++;
      }
    }
    if (binding == 0) {
      return null;
    }
    Integer[] order = new Integer[binding];
    for (int b = 0; b < binding; b++) {
      order[b] = b;
    }
    double[] ratios = ratio;
    Arrays.sort(order, (a, b) -> Double.compare(ratios[a], ratios[b]));
    double[] served = new double[n];
    Arrays.fill(served, Double.NaN);
    int[] queue = new int[n];
    for (Integer b : order) {
      int k = key[b];
      double r = ratio[b];
      int head = 0;
      int tail = 0;
      if (k >= n) {
        tail = reach(goods.target[k - n], r, served, queue, tail);
      } else if (chain.role(k) != Role.C) {
        tail = reach(k, r, served, queue, tail);
      } else {
        // A consumer segment's capacity bounds its sales only: its own demand does not load it.
        for (int p = out.start(k); p < out.end(k); p++) {
          if (coefficient[p] > 0) {
            tail = reach(out.neighbors[p], r, served, queue, tail);
          }
        }
      }
      while (head < tail) {
        int v = queue[head++];
        for (int p = out.start(v); p < out.end(v); p++) {
          if (coefficient[p] > 0) {
            tail = reach(out.neighbors[p], r, served, queue, tail);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(served[i])) {
        served[i] = 1;
      }
    }
    return served;
  }

  /** Assigns a ratio to an actor not yet reached and queues it; returns the new queue end. */
  private static int reach(int actor, double r, double[] served, int[] queue, int tail) {
    if (!Double.isNaN(served[actor])) {
      return tail;
    }
    served[actor] = r;
    queue[tail] = actor;
    return tail + 1;
  }
}
