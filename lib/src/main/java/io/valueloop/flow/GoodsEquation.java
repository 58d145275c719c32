package io.valueloop.flow;

import io.valueloop.internal.WorkerTeam;
import io.valueloop.model.Tolerance;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one solver of {@code x = b + W x} on the goods graph of a {@link CompiledChain}, prepared once per matrix and
 * shared by the steady state ({@link SteadyStateSolver}), the simulation's steady start and its information-sharing
 * weights, and the throughput analyses.
 *
 * <p><b>Problem.</b> {@code W} has an entry {@code W_ij = w_g ≥ 0} for each goods flow {@code g: i → j} (seller
 * {@code i}, buyer {@code j}) and no others: row {@code i} sums over the buyers of {@code i}. With the input–output
 * coefficients {@code w_g = A_ij} ({@link #leontief(CompiledChain)}) and {@code b} the final demand this is the
 * Leontief demand-pull model {@code x = A x + d} (Leontief 1936; Miller and Blair 2009, <i>Input–Output
 * Analysis</i>, 2nd ed., ch. 2); other weights give other quantities carried upstream the same way. A non-negative
 * solution exists for every {@code b ≥ 0} exactly when every goods loop is productive, that is when the spectral
 * radius of {@code W}'s block on each strongly connected goods component is below 1 (Hawkins and Simon 1949,
 * <i>Econometrica</i> 17).
 *
 * <p><b>Method.</b> Preparing an equation checks every goods loop once, by Collatz–Wielandt bounds on power
 * iterations (Meyer 2000, <i>Matrix Analysis and Applied Linear Algebra</i>, §8.3), and throws
 * {@link UnproductiveChainException} naming a cycle of any loop whose spectral radius is not provably below 1: an
 * unproductive chain is rejected when the equation is prepared, never by a solve that diverges. A solve then runs
 * in compiled order, buyers before sellers: outside goods loops one pull per actor is exact (block back
 * substitution on the Frobenius normal form), so an acyclic chain takes one pass; each loop is solved by
 * Gauss–Seidel to a relative error of about {@link Tolerance#EPSILON} (started from a direct solve of its block
 * when it is small and its spectral radius near 1), in at most {@link #MAX_SWEEPS} sweeps (Varga 2000, <i>Matrix
 * Iterative Analysis</i>, §3.3).
 *
 * <p><b>Cost.</b> Preparing: O(n + m) plus O(k · (n_C + m_C)) per goods loop for k power iterations. A solve:
 * O(n + m) time on an acyclic goods graph, plus O(k · (n_C + m_C)) per loop for k sweeps (O(n_C³) for a direct
 * start); no allocation per sweep. {@link #upstreamColumn(int, double[], int[])} costs the same on the actors
 * upstream of one actor only.
 *
 * <p>Immutable and thread-safe: solves may run concurrently.
 */
public final class GoodsEquation {
  /** The cap on Gauss–Seidel sweeps per goods loop in a solve: {@value}. */
  public static final int MAX_SWEEPS = 100_000;

  private final CompiledChain chain;
  private final LevelSolver solver;

  private GoodsEquation(CompiledChain chain, double[] weights, int maxSweeps, int threads, String quantity) {
    Adjacency out = chain.goods().out();
    this.chain = chain;
    this.solver = new LevelSolver(chain, false, out.offsets, out.neighbors, weights, maxSweeps, threads,
        LevelSolver.PARALLEL_GRAIN, quantity);
  }

  /**
   * Prepares the Leontief equation {@code x = A x + b}, with {@code W = A} the input–output coefficients
   * ({@link CompiledChain#coefficient(int)}).
   *
   * @param chain the compiled chain
   * @return the prepared equation
   * @throws UnproductiveChainException if a goods loop is not productive
   */
  public static GoodsEquation leontief(CompiledChain chain) {
    Objects.requireNonNull(chain, "chain");
    return new GoodsEquation(chain, chain.goodsCoefficient, MAX_SWEEPS, 1, null);
  }

  /** Prepares the Leontief equation for a steady state with its own cap and threads. */
  static GoodsEquation leontief(CompiledChain chain, int maxSweeps, int threads) {
    return new GoodsEquation(chain, chain.goodsCoefficient, maxSweeps, threads, null);
  }

  /**
   * Prepares {@code x = b + W x} with weights of one's own; an unproductive loop is reported as for the steady
   * state.
   *
   * @param chain the compiled chain
   * @param weights {@code W}'s entry for each goods flow, by goods flow index, finite and non-negative; copied
   * @return the prepared equation
   * @throws IllegalArgumentException if {@code weights} does not hold one finite non-negative entry per goods flow
   * @throws UnproductiveChainException if a goods loop is not productive under these weights
   */
  public static GoodsEquation of(CompiledChain chain, double[] weights) {
    return of(chain, weights, null);
  }

  /**
   * Prepares {@code x = b + W x} with weights of one's own, for a quantity named in the error if a loop is not
   * productive: {@code <quantity> around a goods loop must be convergent (spectral radius below 1) but was …}.
   *
   * @param chain the compiled chain
   * @param weights {@code W}'s entry for each goods flow, by goods flow index, finite and non-negative; copied
   * @param quantity what {@code x} means, such as {@code "throughput tracing"}; null for the steady state's words
   * @return the prepared equation
   * @throws IllegalArgumentException if {@code weights} does not hold one finite non-negative entry per goods flow
   * @throws UnproductiveChainException if a goods loop is not productive under these weights
   */
  public static GoodsEquation of(CompiledChain chain, double[] weights, String quantity) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(weights, "weights");
    FlowTable goods = chain.goods();
    if (weights.length != goods.count()) {
      throw new IllegalArgumentException("weights length must be the goods flow count " + goods.count()
          + " but was " + weights.length);
    }
    double[] copy = weights.clone();
    for (int g = 0; g < copy.length; g++) {
      if (!(copy[g] >= 0) || copy[g] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("weight must be finite and non-negative but was " + copy[g] + " ("
            + chain.chain().flow(goods.chainFlow(g)) + ")");
      }
    }
    return new GoodsEquation(chain, copy, MAX_SWEEPS, 1, quantity);
  }

  /** {@return the chain whose goods graph the equation lives on} */
  public CompiledChain chain() {
    return chain;
  }

  /**
   * Solves the equation for one right-hand side.
   *
   * @param b the constant term by compiled actor index, finite
   * @return a new array holding {@code x} by compiled actor index
   * @throws IllegalArgumentException if {@code b} is not one finite entry per actor
   * @throws IllegalStateException if a goods loop does not converge within {@link #MAX_SWEEPS} sweeps
   */
  public double[] solve(double[] b) {
    Objects.requireNonNull(b, "b");
    int n = chain.actorCount();
    if (b.length != n) {
      throw new IllegalArgumentException("b length must be the actor count " + n + " but was " + b.length);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(b[i])) {
        throw new IllegalArgumentException("b must be finite but was " + b[i] + " (actor " + chain.id(i) + ")");
      }
    }
    double[] x = new double[n];
    try (WorkerTeam team = new WorkerTeam(1)) {
      solver.solve(b, x, team);
    }
    return x;
  }

  /**
   * Solves into {@code x}, which must hold zeros, on the threads of {@code team}.
   *
   * @return the Gauss–Seidel sweeps of the slowest goods loop; 0 if there is none
   */
  int solve(double[] b, double[] x, WorkerTeam team) {
    return solver.solve(b, x, team);
  }

  /**
   * Computes column {@code actor} of {@code (I − W)⁻¹}: the solution of {@code x = e + W x} where {@code e} is 1 at
   * {@code actor} and 0 elsewhere. With {@code W = A}, {@code x_i} is the Leontief multiplier, the units of
   * {@code i}'s product that one unit of {@code actor}'s final demand requires. The column is non-zero only on
   * {@code actor} and the actors upstream of it (those with a goods path to it), so only they are visited:
   * O(u + m_u) for u such actors and m_u goods flows into them, plus the sweeps of any goods loop among them.
   *
   * @param actor the compiled index of the actor
   * @param x zeros on entry, one per actor; on return the column (entries outside the support stay 0)
   * @param support room for up to one index per actor; on return its first entries (as many as returned) are
   *     {@code actor} and the actors upstream of it, ascending
   * @return the number of indices written to {@code support}
   * @throws IllegalArgumentException if an array is shorter than the actor count
   * @throws IllegalStateException if a goods loop does not converge within {@link #MAX_SWEEPS} sweeps
   */
  public int upstreamColumn(int actor, double[] x, int[] support) {
    int n = chain.actorCount();
    Objects.checkIndex(actor, n);
    if (x.length < n || support.length < n) {
      throw new IllegalArgumentException("x and support length must be at least the actor count " + n
          + " but were " + x.length + " and " + support.length);
    }
    // x marks the actors already found (no solution entry is negative), so that no call allocates.
    Adjacency in = chain.goods().in();
    int size = 0;
    support[size++] = actor;
    x[actor] = -1;
    for (int k = 0; k < size; k++) {
      int buyer = support[k];
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        int seller = in.neighbor(p);
        if (x[seller] == 0) {
          x[seller] = -1;
          support[size++] = seller;
        }
      }
    }
    Arrays.sort(support, 0, size);
    for (int k = 0; k < size; k++) {
      x[support[k]] = 0;
    }
    solver.solveColumn(support, size, actor, x);
    return size;
  }

  @Override
  public String toString() {
    return "GoodsEquation{actors=" + chain.actorCount() + ", goods=" + chain.goods().count() + "}";
  }
}
