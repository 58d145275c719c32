package io.valueloop.analysis;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.model.Role;
import io.valueloop.model.Tolerance;
import java.util.Arrays;

/**
 * Traces consumer purchases upstream through the goods network: how many of the units that consumers buy per
 * tick pass through each actor. The one tracing shared by {@link CriticalActors} and {@link Concentration}.
 *
 * <p><b>Definition.</b> A consumer segment {@code c} originates its demand {@code d_c}. A buyer's stream of units
 * {@code t_j} is carried upstream by each of its inputs in full, split among the input's suppliers by their
 * sourcing shares; input coefficients are ignored, since the question is which purchases depend on an actor,
 * not how much of its product they use. So {@code t_i = d_i [i in C] + Σ_{goods i→j} w_ij t_j}, where
 * {@code w_ij} is the share of flow {@code i→j} among the suppliers of its input other than {@code j} itself:
 * an actor's own use (a goods self-flow) supplies part of an input from the same actor, whose units are in turn
 * sourced like the rest, so the other suppliers' shares are scaled up to one ({@code w = s / (1 − s_self)}).
 * When every buyer has one input, {@code t_i / Σ d_c} is the fraction of consumer units whose supply path
 * passes through {@code i}; a buyer with several inputs sends its stream up each of them, so an actor feeding
 * the same purchase along several input paths counts it once per path and its fraction may exceed one.
 *
 * <p><b>Algorithm.</b> The goods components of the {@link CompiledChain} are visited downstream first; on an
 * acyclic network that is one pass, O(V + E). Within a goods loop of {@code k} actors, the stream {@code b}
 * entering it (demand plus what its buyers outside already carry) gives the linear system
 * {@code (I − W) t = b} with {@code W ≥ 0} the loop's weights. A unit counts once each time it passes an actor,
 * so the answer is finite exactly when the spectral radius {@code ρ(W) < 1}. Up to {@value #DENSE_LIMIT} actors
 * the system is solved directly by Gaussian elimination without pivoting, O(k³): {@code I − W} is a Z-matrix, and
 * all its pivots are positive exactly when it is a nonsingular M-matrix, that is when {@code ρ(W) < 1} (Berman
 * and Plemmons, Theorem 6.2.3), when elimination is also stable without pivoting. Larger loops are solved by
 * symmetric Gauss–Seidel sweeps (forward, then backward) that stop when the change {@code δ} of a sweep, with the
 * contraction {@code q} estimated from successive changes, bounds the remaining error:
 * {@code δ q / (1 − q) ≤ EPSILON} relative to the largest value, at most {@value #MAX_SWEEPS} sweeps. A loop
 * that keeps the whole stream it receives (shares around it multiplying to one, or several inputs inside it)
 * and that does receive a stream is reported by an {@link IllegalArgumentException} naming the loop; a loop that
 * receives nothing carries nothing.
 *
 * <p>Reference: A. Berman, R. J. Plemmons, "Nonnegative Matrices in the Mathematical Sciences", SIAM, 1994,
 * ch. 6; Y. Saad, "Iterative Methods for Sparse Linear Systems", 2nd ed., SIAM, 2003, §4.1.
 */
final class ThroughputTrace {
  /** The largest goods loop, in actors, solved directly. */
  static final int DENSE_LIMIT = 256;
  /** The most Gauss–Seidel sweeps spent on one large goods loop. */
  static final int MAX_SWEEPS = 10_000;

  private ThroughputTrace() {}

  /**
   * Returns the traced throughput of every actor, in consumer units per tick, indexed by compiled actor.
   *
   * @throws IllegalArgumentException if a goods loop that receives a stream keeps all of it
   */
  static double[] throughput(CompiledChain compiled) {
    double[] weight = upstreamWeights(compiled);
    double[] traced = new double[compiled.actorCount()];
    for (int c = 0; c < compiled.componentCount(); c++) {
      int start = compiled.componentStart(c);
      int end = compiled.componentEnd(c);
      if (end - start == 1) {
        traced[start] = demand(compiled, start) + outside(compiled, start, start, end, weight, traced);
      } else if (end - start <= DENSE_LIMIT) {
        solveDirectly(compiled, start, end, weight, traced);
      } else {
        solveBySweeps(compiled, start, end, weight, traced);
      }
    }
    return traced;
  }

  /**
   * Returns {@code w_ij} per goods flow: the share of each flow between two actors among the other suppliers of
   * its input (a self-flow gets 0).
   */
  private static double[] upstreamWeights(CompiledChain compiled) {
    FlowTable goods = compiled.goods();
    Adjacency in = goods.in();
    double[] weight = new double[goods.count()];
    double[] others = new double[1];
    for (int buyer = 0; buyer < compiled.actorCount(); buyer++) {
      int inputs = compiled.inputGroupCount(buyer);
      if (others.length < inputs) {
        others = new double[inputs];
      }
      Arrays.fill(others, 0, inputs, 0.0);
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        if (in.neighbor(p) != buyer) {
          int g = in.flow(p);
          others[compiled.inputGroup(g)] += compiled.goodsTerms(g).share();
        }
      }
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        if (in.neighbor(p) != buyer) {
          int g = in.flow(p);
          weight[g] = compiled.goodsTerms(g).share() / others[compiled.inputGroup(g)];
        }
      }
    }
    return weight;
  }

  private static double demand(CompiledChain compiled, int actor) {
    return compiled.role(actor) == Role.C ? compiled.actor(actor).demand() : 0;
  }

  /** Returns {@code Σ w t} over the goods flows from {@code actor} to buyers outside {@code [start, end)}. */
  private static double outside(CompiledChain compiled, int actor, int start, int end, double[] weight,
      double[] traced) {
    Adjacency out = compiled.goods().out();
    double sum = 0;
    for (int p = out.start(actor); p < out.end(actor); p++) {
      int buyer = out.neighbor(p);
      if ((buyer < start || buyer >= end) && weight[p] > 0) {
        sum += weight[p] * traced[buyer];
      }
    }
    return sum;
  }

  /** Solves {@code (I − W) t = b} on a loop by elimination, rejecting {@code ρ(W) ≥ 1} by its pivots. */
  private static void solveDirectly(CompiledChain compiled, int start, int end, double[] weight, double[] traced) {
    int k = end - start;
    double[] rhs = new double[k];
    boolean receives = false;
    for (int i = 0; i < k; i++) {
      rhs[i] = demand(compiled, start + i) + outside(compiled, start + i, start, end, weight, traced);
      receives |= rhs[i] > 0;
    }
    if (!receives) {
      return;
    }
    double[][] matrix = new double[k][k];
    Adjacency out = compiled.goods().out();
    for (int i = 0; i < k; i++) {
      matrix[i][i] = 1;
      for (int p = out.start(start + i); p < out.end(start + i); p++) {
        int buyer = out.neighbor(p);
        if (buyer >= start && buyer < end) {
          matrix[i][buyer - start] -= weight[p];
        }
      }
    }
    for (int col = 0; col < k; col++) {
      double pivot = matrix[col][col];
      if (!(pivot > Tolerance.EPSILON)) {
        throw diverged(compiled, start, end, "keeping all of it (spectral radius of its shares at least 1)");
      }
      for (int row = col + 1; row < k; row++) {
        double factor = matrix[row][col] / pivot;
        if (factor != 0) {
          for (int j = col + 1; j < k; j++) {
            matrix[row][j] -= factor * matrix[col][j];
          }
          rhs[row] -= factor * rhs[col];
        }
      }
    }
    for (int row = k - 1; row >= 0; row--) {
      double sum = rhs[row];
      for (int j = row + 1; j < k; j++) {
        sum -= matrix[row][j] * rhs[j];
      }
      rhs[row] = sum / matrix[row][row];
      traced[start + row] = rhs[row];
    }
  }

  /** Solves a large loop by symmetric Gauss–Seidel, stopping on the estimated remaining error. */
  private static void solveBySweeps(CompiledChain compiled, int start, int end, double[] weight, double[] traced) {
    int k = end - start;
    double[] entering = new double[k];
    boolean receives = false;
    for (int i = 0; i < k; i++) {
      entering[i] = demand(compiled, start + i) + outside(compiled, start + i, start, end, weight, traced);
      receives |= entering[i] > 0;
    }
    if (!receives) {
      return;
    }
    Adjacency out = compiled.goods().out();
    double previous = Double.NaN;
    double q = Double.NaN;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double change = 0;
      double largest = 0;
      for (int s = 0; s < 2 * k; s++) {
        int actor = s < k ? start + s : end - 1 - (s - k);
        double next = entering[actor - start];
        for (int p = out.start(actor); p < out.end(actor); p++) {
          int buyer = out.neighbor(p);
          if (buyer >= start && buyer < end) {
            next += weight[p] * traced[buyer];
          }
        }
        if (!Double.isFinite(next)) {
          throw diverged(compiled, start, end, "growing without bound (overflow after " + (sweep + 1) + " sweeps)");
        }
        change = Math.max(change, Math.abs(next - traced[actor]));
        largest = Math.max(largest, Math.abs(next));
        traced[actor] = next;
      }
      if (change == 0) {
        return;
      }
      q = change / previous;
      previous = change;
      if (q < 1 && change * q / (1 - q) <= Tolerance.EPSILON * Math.max(1.0, largest)) {
        return;
      }
    }
    throw diverged(compiled, start, end, "unsettled after " + MAX_SWEEPS + " sweeps, its error shrinking by a factor"
        + " of " + q + " per sweep");
  }

  private static IllegalArgumentException diverged(CompiledChain compiled, int start, int end, String state) {
    return new IllegalArgumentException("throughput tracing around a goods loop must be convergent (the loop"
        + " passing on less than all the units it receives) but was " + state + " (loop through "
        + ChainGraphs.ids(compiled, start, end) + ")");
  }
}
