package io.valueloop.flow;

import io.valueloop.model.Tolerance;
import java.util.Arrays;

/**
 * Solves {@code x = b + W x} for a non-negative matrix {@code W} with the sparsity of the goods graph, level by
 * level over a {@link CompiledChain}'s strongly connected components.
 *
 * <p>Two orientations share the code. <em>Downstream first</em> ({@code W = A} in CSR order, rows are sellers):
 * row {@code i} reads only buyers, which have lower compiled indices outside goods cycles, so levels run in
 * increasing order; this is the Leontief demand-pull solve. <em>Upstream first</em> ({@code W = Bᵀ} in CSC
 * order, rows are buyers): row {@code j} reads only sellers, so levels run in decreasing order; this is the Ghosh
 * supply-push solve.
 *
 * <p><b>Method.</b> Outside goods cycles each {@code x_i} is exact after one pull (block back substitution on the
 * Frobenius normal form). Each cyclic component is first checked by {@link LoopCheck}, which returns an upper
 * bound {@code ρ̂ < 1} on its spectral radius, and is then solved by Gauss–Seidel in row order from zero,
 * stopping when no {@code x_i} of the component changed by more than {@code τ·|x_i|} in a sweep, with
 * {@code τ = max(ε·(1 − ρ̂), 2⁻⁵⁰)} and {@code ε = } {@link Tolerance#EPSILON}: for a non-negative matrix
 * Gauss–Seidel contracts at least as fast as Jacobi (Stein–Rosenberg theorem; Varga 2000, <i>Matrix Iterative
 * Analysis</i>, §3.3), so the remaining relative error is about {@code τ·ρ̂/(1 − ρ̂) ≤ ε}; the floor keeps the
 * test above rounding. A component that needs more than the iteration cap fails with an exception naming it.
 *
 * <p><b>Threads.</b> Actors of one level are independent. A level with enough work is split into contiguous
 * ranges of equal work, cut only at component boundaries, one per thread; every {@code x_i} is computed by the
 * same sequence of operations whatever the split, so results are bit-identical for any thread count.
 *
 * <p><b>Cost.</b> O(n + m) for an acyclic chain, plus for each cyclic component O(k · (n_C + m_C)) for k power and
 * Gauss–Seidel iterations.
 */
final class LevelSolver {
  /**
   * The least work (rows × {@link PropagationKernel#ROW_WORK} + entries) for which a level is split among threads:
   * below it, handing the level to other threads costs more than it saves.
   */
  static final int PARALLEL_GRAIN = 1 << 15;
  private static final double TOLERANCE_FLOOR = 0x1.0p-50;

  private final CompiledChain chain;
  private final boolean upstreamFirst;
  private final int[] offsets;
  private final int[] columns;
  private final double[] values;
  private final int maxIterations;
  private final int grain;
  private final int[] cyclicStarts;
  private final int[] cyclicEnds;
  private final double[] radiusBounds;
  private final int[] iterations;

  private double[] b;
  private double[] x;
  private final int[] bounds;
  private final WorkerTeam.Job part = this::solvePart;

  /**
   * Prepares a solve and checks every goods loop; levels of at least {@code grain} work run on all threads.
   *
   * @throws UnproductiveChainException if a loop is not productive
   */
  LevelSolver(CompiledChain chain, boolean upstreamFirst, int[] offsets, int[] columns, double[] values,
      int maxIterations, int threads, int grain) {
    this.chain = chain;
    this.upstreamFirst = upstreamFirst;
    this.offsets = offsets;
    this.columns = columns;
    this.values = values;
    this.maxIterations = maxIterations;
    this.grain = grain;
    this.bounds = new int[threads + 1];
    this.cyclicStarts = LoopCheck.cyclicComponents(chain, true);
    this.cyclicEnds = LoopCheck.cyclicComponents(chain, false);
    this.radiusBounds = LoopCheck.radiusBounds(chain, cyclicStarts, cyclicEnds, offsets, columns, values);
    this.iterations = new int[cyclicStarts.length];
  }

  /** Returns the number of Gauss–Seidel sweeps of the slowest goods loop in the last solve; 0 if there is none. */
  int iterations() {
    int most = 0;
    for (int k : iterations) {
      most = Math.max(most, k);
    }
    return most;
  }

  /** Solves {@code x = b + W x} into {@code x}, which must hold zeros, running big levels on {@code team}. */
  void solve(double[] constant, double[] solution, WorkerTeam team) {
    this.b = constant;
    this.x = solution;
    try {
      int levels = chain.levelCount();
      for (int k = 0; k < levels; k++) {
        int level = upstreamFirst ? levels - 1 - k : k;
        int from = chain.levelStart(level);
        int to = chain.levelEnd(level);
        long work = (long) PropagationKernel.ROW_WORK * (to - from) + offsets[to] - offsets[from];
        if (team.size() == 1 || work < grain) {
          solveRange(from, to);
        } else {
          PropagationKernel.split(from, to, team.size(), offsets, chain.componentOf, chain.componentOffsets, bounds);
          team.run(part);
        }
      }
    } finally {
      this.b = null;
      this.x = null;
    }
  }

  private void solvePart(int p) {
    solveRange(bounds[p], bounds[p + 1]);
  }

  /** Solves actors {@code from..to-1} of one level, whose ends are component boundaries. */
  private void solveRange(int from, int to) {
    int k = Arrays.binarySearch(cyclicStarts, from);
    if (k < 0) {
      k = -k - 1;
    }
    int i = from;
    while (i < to) {
      int next = k < cyclicStarts.length ? Math.min(cyclicStarts[k], to) : to;
      PropagationKernel.pull(i, next, offsets, columns, values, b, x, x);
      if (next == to) {
        break;
      }
      gaussSeidel(k);
      i = cyclicEnds[k];
      k++;
    }
  }

  private void gaussSeidel(int k) {
    int start = cyclicStarts[k];
    int end = cyclicEnds[k];
    double tolerance = Math.max(Tolerance.EPSILON * (1 - radiusBounds[k]), TOLERANCE_FLOOR);
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      boolean converged = true;
      for (int step = 0; step < end - start; step++) {
        int i = upstreamFirst ? end - 1 - step : start + step;
        double sum = b[i];
        for (int p = offsets[i]; p < offsets[i + 1]; p++) {
          sum += values[p] * x[columns[p]];
        }
        if (Math.abs(sum - x[i]) > tolerance * Math.abs(sum)) {
          converged = false;
        }
        x[i] = sum;
      }
      if (converged) {
        iterations[k] = iteration;
        return;
      }
    }
    throw new IllegalStateException("Gauss–Seidel sweeps on a goods loop must converge within " + maxIterations
        + " but did not (loop " + LoopCheck.describe(LoopCheck.cycle(chain, start, end))
        + ", spectral radius at most " + radiusBounds[k] + ")");
  }
}
