package io.valueloop.flow;

import io.valueloop.internal.WorkerTeam;
import io.valueloop.model.Tolerance;
import java.util.Arrays;

/**
 * Solves {@code x = b + W x} for a non-negative matrix {@code W} with the sparsity of the goods graph, level by
 * level over a {@link CompiledChain}'s strongly connected components: the engine behind {@link GoodsEquation} and
 * {@link GhoshModel}.
 *
 * <p>Two orientations share the code. <em>Downstream first</em> ({@code W = A} in CSR order, rows are sellers):
 * row {@code i} reads only buyers, which have lower compiled indices outside goods cycles, so levels run in
 * increasing order; this is the Leontief demand-pull solve. <em>Upstream first</em> ({@code W = Bᵀ} in CSC
 * order, rows are buyers): row {@code j} reads only sellers, so levels run in decreasing order; this is the Ghosh
 * supply-push solve.
 *
 * <p><b>Method.</b> Outside goods cycles each {@code x_i} is exact after one pull (block back substitution on the
 * Frobenius normal form). Each cyclic component is first checked by {@link LoopCheck}, which returns an upper
 * bound {@code ρ̂ < 1} on its spectral radius, and is then solved by Gauss–Seidel in row order, stopping when no
 * {@code x_i} of the component changed by more than {@code τ·|x_i|} in a sweep, with
 * {@code τ = max(ε·(1 − ρ̂), 2⁻⁵⁰)} and {@code ε = } {@link Tolerance#EPSILON}: for a non-negative matrix
 * Gauss–Seidel contracts at least as fast as Jacobi (Stein–Rosenberg theorem; Varga 2000, <i>Matrix Iterative
 * Analysis</i>, §3.3), so the remaining relative error is about {@code τ·ρ̂/(1 − ρ̂) ≤ ε}; the floor keeps the
 * test above rounding. Sweeps start from zero, except on a loop of at most {@value #DIRECT_LIMIT} actors that
 * Jacobi's bound says would need more than {@value #DIRECT_SWEEPS} sweeps ({@code ρ̂} near 1), where they start
 * from a direct solve of the loop's block by Gaussian elimination without pivoting, O(k³): {@code I − W} is then a
 * nonsingular M-matrix, whose pivots are all positive and whose elimination is stable without pivoting (Berman and
 * Plemmons 1994, <i>Nonnegative Matrices in the Mathematical Sciences</i>, Theorem 6.2.3); the sweeps that follow
 * confirm it to the tolerance, usually in one. A component that needs more than the iteration cap fails with an
 * exception naming it.
 *
 * <p><b>Threads.</b> Actors of one level are independent. A level with enough work is split into contiguous
 * ranges of equal work, cut only at component boundaries, one per thread; every {@code x_i} is computed by the
 * same sequence of operations whatever the split, so results are bit-identical for any thread count.
 *
 * <p><b>Cost.</b> O(n + m) for an acyclic chain, plus for each cyclic component O(k · (n_C + m_C)) for k power and
 * Gauss–Seidel iterations (or O(n_C³) for a direct start). Immutable after construction: each solve keeps its
 * state in its own {@link Pass}, so solves may run concurrently.
 */
final class LevelSolver {
  /**
   * The least work (rows × {@link PropagationKernel#ROW_WORK} + entries) for which a level is split among threads:
   * below it, handing the level to other threads costs more than it saves.
   */
  static final int PARALLEL_GRAIN = 1 << 15;
  /** The largest goods loop, in actors, that may be started from a direct solve. */
  static final int DIRECT_LIMIT = 256;
  /** The fewest Gauss–Seidel sweeps, by Jacobi's bound, for which a small loop is started from a direct solve. */
  static final int DIRECT_SWEEPS = 1_000;
  private static final double TOLERANCE_FLOOR = 0x1.0p-50;

  private final CompiledChain chain;
  private final boolean upstreamFirst;
  private final int[] offsets;
  private final int[] columns;
  private final double[] values;
  private final int maxIterations;
  private final int threads;
  private final int grain;
  private final int[] cyclicStarts;
  private final int[] cyclicEnds;
  private final double[] radiusBounds;
  private final boolean[] direct;

  /**
   * Prepares a solve and checks every goods loop; levels of at least {@code grain} work run on all threads.
   *
   * @throws UnproductiveChainException if a loop is not productive
   */
  LevelSolver(CompiledChain chain, boolean upstreamFirst, int[] offsets, int[] columns, double[] values,
      int maxIterations, int threads, int grain) {
    this(chain, upstreamFirst, offsets, columns, values, maxIterations, threads, grain, null);
  }

  /**
   * Prepares a solve as above; an unproductive loop is reported as one of {@code quantity} (see
   * {@link UnproductiveChainException}), or in the words of the steady state if it is null.
   */
  LevelSolver(CompiledChain chain, boolean upstreamFirst, int[] offsets, int[] columns, double[] values,
      int maxIterations, int threads, int grain, String quantity) {
    this.chain = chain;
    this.upstreamFirst = upstreamFirst;
    this.offsets = offsets;
    this.columns = columns;
    this.values = values;
    this.maxIterations = maxIterations;
    this.threads = threads;
    this.grain = grain;
    this.cyclicStarts = LoopCheck.cyclicComponents(chain, true);
    this.cyclicEnds = LoopCheck.cyclicComponents(chain, false);
    this.radiusBounds = LoopCheck.radiusBounds(chain, cyclicStarts, cyclicEnds, offsets, columns, values, quantity);
    this.direct = new boolean[cyclicStarts.length];
    for (int k = 0; k < direct.length; k++) {
      int size = cyclicEnds[k] - cyclicStarts[k];
      double sweeps = Math.log(tolerance(k)) / Math.log(radiusBounds[k]);
      direct[k] = size <= DIRECT_LIMIT && sweeps > DIRECT_SWEEPS;
    }
  }

  /**
   * Solves {@code x = b + W x} into {@code x}, which must hold zeros, running big levels on {@code team}.
   *
   * @return the number of Gauss–Seidel sweeps of the slowest goods loop; 0 if there is none
   * @throws IllegalStateException if a goods loop does not converge within the iteration cap
   */
  int solve(double[] constant, double[] solution, WorkerTeam team) {
    Pass pass = new Pass(constant, solution, team.size());
    int levels = chain.levelCount();
    for (int k = 0; k < levels; k++) {
      int level = upstreamFirst ? levels - 1 - k : k;
      int from = chain.levelStart(level);
      int to = chain.levelEnd(level);
      long work = (long) PropagationKernel.ROW_WORK * (to - from) + offsets[to] - offsets[from];
      if (team.size() == 1 || work < grain) {
        pass.solveRange(0, from, to);
      } else {
        PropagationKernel.split(from, to, team.size(), offsets, chain.componentOf, chain.componentOffsets,
            pass.bounds);
        team.run(pass);
      }
    }
    return pass.iterations();
  }

  /**
   * Solves {@code x = e + W x}, with {@code e} 1 at {@code unit} and 0 elsewhere, on the given rows only, in the
   * downstream-first orientation: {@code rows} lists, ascending, a set of compiled indices holding {@code unit} and
   * closed under "reads" (every column a listed row reads, and every member of a listed row's goods component, is
   * listed), and {@code x} holds zeros. Runs on the calling thread.
   *
   * @return the number of Gauss–Seidel sweeps of the slowest goods loop among the rows; 0 if there is none
   */
  int solveColumn(int[] rows, int count, int unit, double[] solution) {
    Pass pass = new Pass(null, solution, 1);
    pass.unit = unit;
    // Outside loops a row never reads itself, so x can stand for b there: it holds e until the row is solved.
    solution[unit] = 1;
    int r = 0;
    while (r < count) {
      int i = rows[r];
      if (chain.isCyclic(chain.componentOf[i])) {
        int k = Arrays.binarySearch(cyclicStarts, i);
        pass.solveLoop(0, k);
        r += cyclicEnds[k] - cyclicStarts[k];
      } else {
        PropagationKernel.pull(i, i + 1, offsets, columns, values, solution, solution, solution);
        r++;
      }
    }
    return pass.iterations();
  }

  /** Returns the relative change per sweep below which goods loop {@code k} counts as converged. */
  private double tolerance(int k) {
    return Math.max(Tolerance.EPSILON * (1 - radiusBounds[k]), TOLERANCE_FLOOR);
  }

  /**
   * The state of one solve: its vectors, the split of the current level, and per part the most sweeps a loop took
   * and a scratch matrix (parts run at once, so each writes its own). A null {@code b} stands for the unit vector at
   * {@link #unit}.
   */
  private final class Pass implements WorkerTeam.Job {
    private final double[] b;
    int unit = -1;
    private final double[] x;
    final int[] bounds;
    private final int[] sweeps;
    private final double[][] scratch;

    Pass(double[] b, double[] x, int parts) {
      this.b = b;
      this.x = x;
      this.bounds = new int[parts + 1];
      this.sweeps = new int[parts];
      this.scratch = new double[parts][];
    }

    private double constant(int i) {
      return b != null ? b[i] : i == unit ? 1 : 0;
    }

    @Override
    public void run(int part) {
      solveRange(part, bounds[part], bounds[part + 1]);
    }

    int iterations() {
      int most = 0;
      for (int k : sweeps) {
        most = Math.max(most, k);
      }
      return most;
    }

    /** Solves actors {@code from..to-1} of one level, whose ends are component boundaries. */
    void solveRange(int part, int from, int to) {
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
        solveLoop(part, k);
        i = cyclicEnds[k];
        k++;
      }
    }

    /** Solves goods loop {@code k}, whose outside columns are final. */
    void solveLoop(int part, int k) {
      if (direct[k]) {
        solveDirectly(part, k);
      }
      sweeps[part] = Math.max(sweeps[part], gaussSeidel(k));
    }

    /** Sweeps loop {@code k} until it converges and returns the number of sweeps. */
    private int gaussSeidel(int k) {
      int start = cyclicStarts[k];
      int end = cyclicEnds[k];
      double tolerance = tolerance(k);
      for (int iteration = 1; iteration <= maxIterations; iteration++) {
        boolean converged = true;
        for (int step = 0; step < end - start; step++) {
          int i = upstreamFirst ? end - 1 - step : start + step;
          double sum = constant(i);
          for (int p = offsets[i]; p < offsets[i + 1]; p++) {
            sum += values[p] * x[columns[p]];
          }
          if (Math.abs(sum - x[i]) > tolerance * Math.abs(sum)) {
            converged = false;
          }
          x[i] = sum;
        }
        if (converged) {
          return iteration;
        }
      }
      throw new IllegalStateException("Gauss–Seidel sweeps on a goods loop must converge within " + maxIterations
          + " but did not (loop " + LoopCheck.describe(LoopCheck.cycle(chain, start, end))
          + ", spectral radius at most " + radiusBounds[k] + ")");
    }

    /** Writes the solution of loop {@code k}'s block {@code (I − W_kk) x_k = b_k + W_k,out x_out} into {@code x}. */
    private void solveDirectly(int part, int k) {
      int start = cyclicStarts[k];
      int size = cyclicEnds[k] - start;
      int cells = size * (size + 1);
      double[] matrix = scratch[part];
      if (matrix == null || matrix.length < cells) {
        matrix = new double[cells];
        scratch[part] = matrix;
      }
      // Row r holds columns 0..size-1 of I − W_kk, then the right-hand side at column size.
      int width = size + 1;
      Arrays.fill(matrix, 0, cells, 0.0);
      for (int r = 0; r < size; r++) {
        int i = start + r;
        double rhs = constant(i);
        for (int p = offsets[i]; p < offsets[i + 1]; p++) {
          int column = columns[p] - start;
          if (column >= 0 && column < size) {
            matrix[r * width + column] -= values[p];
          } else {
            rhs += values[p] * x[columns[p]];
          }
        }
        matrix[r * width + r] += 1;
        matrix[r * width + size] = rhs;
      }
      for (int c = 0; c < size; c++) {
        double pivot = matrix[c * width + c];
        for (int r = c + 1; r < size; r++) {
          double factor = matrix[r * width + c] / pivot;
          if (factor != 0) {
            for (int j = c + 1; j <= size; j++) {
              matrix[r * width + j] -= factor * matrix[c * width + j];
            }
          }
        }
      }
      for (int r = size - 1; r >= 0; r--) {
        double sum = matrix[r * width + size];
        for (int j = r + 1; j < size; j++) {
          sum -= matrix[r * width + j] * x[start + j];
        }
        x[start + r] = sum / matrix[r * width + r];
      }
    }
  }
}
