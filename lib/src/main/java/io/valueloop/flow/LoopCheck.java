package io.valueloop.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Productivity of one goods loop: bounds the spectral radius {@code ρ} of the block {@code B} of a non-negative
 * matrix over one strongly connected component, and rejects the loop when {@code ρ ≥ 1}.
 *
 * <p><b>Method.</b> Power iteration {@code v ← (B + I) v / ‖(B + I) v‖∞} from {@code v = 1}, with the
 * Collatz–Wielandt bounds {@code min_i (Mv)_i / v_i ≤ ρ(M) ≤ max_i (Mv)_i / v_i} on {@code M = B + I}, which
 * hold for every non-negative {@code M} and positive {@code v} (Meyer 2000, <i>Matrix Analysis and Applied Linear
 * Algebra</i>, §8.3); {@code ρ(B) = ρ(M) − 1}. The shift by {@code I} keeps {@code v} positive and makes an
 * irreducible {@code B} primitive, so both bounds converge to {@code ρ} even on periodic loops. Iteration stops
 * when the lower bound reaches 1 (unproductive), when the upper bound is below 1 with a gap of at most half its
 * distance to 1 (productive, with a usable bound for the solver's stopping rule), or after
 * {@link #MAX_ITERATIONS} steps (unproductive unless the upper bound is below 1).
 *
 * <p><b>Cost.</b> O(k · (n_B + m_B)) for k iterations over a block of n_B actors and m_B internal flows.
 */
final class LoopCheck {
  /** The most power iterations spent on one loop. */
  static final int MAX_ITERATIONS = 10_000;
  private static final int IDS_IN_MESSAGE = 10;

  private LoopCheck() {}

  /**
   * Returns the first (or one past the last) compiled index of every cyclic goods component, in order.
   *
   * @param starts whether to return starts rather than ends
   */
  static int[] cyclicComponents(CompiledChain chain, boolean starts) {
    int[] found = new int[16];
    int count = 0;
    for (int c = 0; c < chain.componentCount(); c++) {
      if (chain.isCyclic(c)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, 2 * count);
        }
        found[count++] = starts ? chain.componentStart(c) : chain.componentEnd(c);
      }
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * Checks every cyclic component in order and returns the upper bound on each one's spectral radius.
   *
   * @throws UnproductiveChainException at the first component whose radius is not provably below 1
   */
  static double[] radiusBounds(CompiledChain chain, int[] starts, int[] ends, int[] offsets, int[] columns,
      double[] values) {
    return radiusBounds(chain, starts, ends, offsets, columns, values, null);
  }

  /**
   * Checks every cyclic component in order as above; an unproductive loop is reported as one of {@code quantity}
   * (see {@link UnproductiveChainException}), or in the words of the steady state if it is null.
   *
   * @throws UnproductiveChainException at the first component whose radius is not provably below 1
   */
  static double[] radiusBounds(CompiledChain chain, int[] starts, int[] ends, int[] offsets, int[] columns,
      double[] values, String quantity) {
    double[] bounds = new double[starts.length];
    for (int k = 0; k < starts.length; k++) {
      bounds[k] = radiusBound(chain, starts[k], ends[k], offsets, columns, values, quantity);
    }
    return bounds;
  }

  /**
   * Bounds the spectral radius of the block of a CSR matrix over rows and columns {@code start..end-1}.
   *
   * @param chain the compiled chain, to name the loop in an error
   * @param start the first compiled index of the component
   * @param end one past its last compiled index
   * @param offsets row offsets of the matrix
   * @param columns column indices
   * @param values non-negative entries
   * @param quantity what the solution means, for the error; null for the steady state's words
   * @return an upper bound on the spectral radius, below 1
   * @throws UnproductiveChainException if the spectral radius is not provably below 1
   */
  static double radiusBound(CompiledChain chain, int start, int end, int[] offsets, int[] columns,
      double[] values, String quantity) {
    int size = end - start;
    double[] v = new double[size];
    double[] w = new double[size];
    Arrays.fill(v, 1.0);
    double lower = 0;
    double upper = Double.POSITIVE_INFINITY;
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      double low = Double.POSITIVE_INFINITY;
      double high = 0;
      double max = 0;
      for (int i = 0; i < size; i++) {
        int row = start + i;
        double sum = v[i];
        for (int p = offsets[row]; p < offsets[row + 1]; p++) {
          int column = columns[p];
          if (column >= start && column < end) {
            sum += values[p] * v[column - start];
          }
        }
        w[i] = sum;
        double ratio = sum / v[i];
        low = Math.min(low, ratio);
        high = Math.max(high, ratio);
        max = Math.max(max, sum);
      }
      lower = Math.max(lower, low - 1);
      upper = Math.min(upper, high - 1);
      if (lower >= 1) {
        throw unproductive(chain, start, end, lower, upper, iteration, quantity);
      }
      if (upper < 1 && upper - lower <= 0.5 * (1 - upper)) {
        return upper;
      }
      for (int i = 0; i < size; i++) {
        v[i] = w[i] / max;
      }
    }
    if (upper < 1) {
      return upper;
    }
    throw unproductive(chain, start, end, lower, upper, MAX_ITERATIONS, quantity);
  }

  private static UnproductiveChainException unproductive(CompiledChain chain, int start, int end, double lower,
      double upper, int iterations, String quantity) {
    return new UnproductiveChainException(cycle(chain, start, end), end - start, lower, upper, iterations, quantity);
  }

  /**
   * Finds one goods cycle inside the component {@code start..end-1}: from its first actor, walk to the unvisited
   * actor of the component that receives the largest coefficient while there is one; the last actor then ships
   * only to actors on the path (the component is strongly connected), and the loop closes at the earliest of them.
   * This favours long cycles, which say more about a loop than a self-flow does. O(n_B + m_B).
   */
  static List<String> cycle(CompiledChain chain, int start, int end) {
    Adjacency out = chain.goods().out();
    double[] coefficient = chain.goodsCoefficient;
    int[] position = new int[end - start];
    Arrays.fill(position, -1);
    List<Integer> path = new ArrayList<>();
    int current = start;
    while (true) {
      position[current - start] = path.size();
      path.add(current);
      int best = -1;
      int earliest = Integer.MAX_VALUE;
      for (int p = out.start(current); p < out.end(current); p++) {
        int target = out.neighbor(p);
        if (target < start || target >= end) {
          continue;
        }
        int seen = position[target - start];
        if (seen >= 0) {
          earliest = Math.min(earliest, seen);
        } else if (best < 0 || coefficient[p] > coefficient[best]) {
          best = p;
        }
      }
      if (best < 0) {
        List<String> ids = new ArrayList<>();
        for (int k = earliest; k < path.size(); k++) {
          ids.add(chain.id(path.get(k)));
        }
        return ids;
      }
      current = out.neighbor(best);
    }
  }

  /** Returns a cycle as {@code a -> b -> ... -> a}, eliding the middle of long ones. */
  static String describe(List<String> cycle) {
    int shown = Math.min(cycle.size(), IDS_IN_MESSAGE);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < shown; i++) {
      text.append(cycle.get(i)).append(" -> ");
    }
    return text.append(cycle.size() > shown ? "... -> " + cycle.get(0) : cycle.get(0)).toString();
  }

  /** Returns a cycle as {@code a, b, ...}, eliding the end of long ones. */
  static String list(List<String> cycle) {
    int shown = Math.min(cycle.size(), IDS_IN_MESSAGE);
    String ids = String.join(", ", cycle.subList(0, shown));
    return cycle.size() > shown ? ids + ", ..." : ids;
  }
}
