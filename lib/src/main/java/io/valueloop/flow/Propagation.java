package io.valueloop.flow;

import io.valueloop.internal.WorkerTeam;
import java.util.Objects;

/**
 * One demand-propagation sweep over a compiled chain, the inner step of every steady-state solve:
 * {@code y = d + A x}, that is {@code y_i = d_i + Σ_{g: i→j} coefficient(g) · x_j} over the goods flows leaving
 * actor {@code i}, where {@code d_i} is the actor's final demand and {@code coefficient(g)} is
 * {@link CompiledChain#coefficient(int)}. With {@code x} the gross outputs (units per tick), {@code y} is what
 * each actor must produce to meet its final demand and its buyers' input needs; iterating {@code x ← y} is
 * the Jacobi iteration for the Leontief system {@code x = A x + d}.
 *
 * <p><b>Cost.</b> O(n + m) per sweep for n actors and m goods flows, reading the goods CSR arrays once (about 12
 * bytes per flow plus 8 per actor for each of {@code d}, {@code x} and {@code y}); no allocation. See the pull
 * kernel's reference, Saad (2003), <i>Iterative Methods for Sparse Linear Systems</i>, §3.4.
 *
 * <p><b>Threads.</b> With {@code threads > 1} the actors are split once into contiguous ranges of equal work, one
 * per thread; each thread writes only its own range of {@code y} (pull style, no atomics), and every {@code y_i} is
 * computed by the same operations in the same order, so the result is bit-identical for any thread count. The
 * worker threads are owned by this object and stopped by {@link #close()}.
 *
 * <p>Not thread-safe: run one sweep at a time.
 */
public final class Propagation implements AutoCloseable {
  private final int actorCount;
  private final int[] offsets;
  private final int[] columns;
  private final double[] coefficients;
  private final double[] demand;
  private final int[] bounds;
  private final WorkerTeam team;
  private final WorkerTeam.Job part = this::sweepPart;
  private double[] input;
  private double[] output;

  private Propagation(CompiledChain chain, int threads) {
    Adjacency out = chain.goods().out();
    this.actorCount = chain.actorCount();
    this.offsets = out.offsets;
    this.columns = out.neighbors;
    this.coefficients = chain.goodsCoefficient;
    this.demand = chain.demand();
    this.bounds = new int[threads + 1];
    PropagationKernel.split(0, actorCount, threads, offsets, null, null, bounds);
    this.team = new WorkerTeam(threads);
  }

  /**
   * Returns a single-threaded sweep over a chain.
   *
   * @param chain the compiled chain
   * @return the sweep; closing it is optional
   */
  public static Propagation of(CompiledChain chain) {
    return of(chain, 1);
  }

  /**
   * Returns a sweep over a chain on a number of threads (the caller's included).
   *
   * @param chain the compiled chain
   * @param threads the number of threads, at least 1; {@code threads - 1} worker threads are started
   * @return the sweep; close it to stop its worker threads
   */
  public static Propagation of(CompiledChain chain, int threads) {
    Objects.requireNonNull(chain, "chain");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    return new Propagation(chain, threads);
  }

  /** {@return the number of actors, the length of the vectors a sweep reads and writes} */
  public int actorCount() {
    return actorCount;
  }

  /** {@return the number of goods flows a sweep visits} */
  public int flowCount() {
    return columns.length;
  }

  /** {@return the number of threads a sweep runs on, the caller's included} */
  public int threads() {
    return team.size();
  }

  /**
   * Computes {@code y = d + A x} (see the class documentation), indexed by compiled actor index.
   *
   * @param x the current gross outputs, units per tick, of length {@link #actorCount()}; only read
   * @param y receives the result, of length {@link #actorCount()}; a different array from {@code x}
   */
  public void sweep(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length != actorCount || y.length != actorCount) {
      throw new IllegalArgumentException("x and y lengths must be the actor count " + actorCount + " but were "
          + x.length + " and " + y.length);
    }
    if (x == y) {
      throw new IllegalArgumentException("y must be a different array from x but was the same array");
    }
    if (team.size() == 1) {
      PropagationKernel.pull(0, actorCount, offsets, columns, coefficients, demand, x, y);
      return;
    }
    input = x;
    output = y;
    try {
      team.run(part);
    } finally {
      input = null;
      output = null;
    }
  }

  private void sweepPart(int p) {
    PropagationKernel.pull(bounds[p], bounds[p + 1], offsets, columns, coefficients, demand, input, output);
  }

  /** Stops the worker threads; the sweep cannot be used afterwards if it had any. Idempotent. */
  @Override
  public void close() {
    team.close();
  }

  @Override
  public String toString() {
    return "Propagation{actors=" + actorCount + ", flows=" + columns.length + ", threads=" + team.size() + "}";
  }
}
