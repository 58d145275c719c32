package io.valueloop.flow;

import io.valueloop.internal.WorkerTeam;
import java.util.Objects;

/**
 * The Ghosh supply-side model of a solved steady state: how outputs respond to a change in primary inputs, with
 * each seller's output allocated among its buyers in fixed proportions (Ghosh 1958, "Input–output approach in an
 * allocation system", <i>Economica</i> 25(97); Miller and Blair 2009, <i>Input–Output Analysis</i>, 2nd ed.,
 * ch. 12).
 *
 * <p><b>Problem.</b> From the steady state take the flows {@code z_g} of goods flows {@code g: i → j}
 * ({@link SteadyState#quantity(int)}) and the gross outputs {@code x}. The allocation coefficient of {@code g} is
 * {@code b_g = z_g / x_i}, the fraction of the seller's output that goes to that buyer (0 when {@code x_i = 0});
 * the primary input of {@code j} is {@code v_j = x_j − Σ_{g: i→j} z_g}. For new primary inputs {@code v'} the
 * outputs solve {@code x'ᵀ = v'ᵀ (I − B)⁻¹}, that is {@code x'_j = v'_j + Σ_{g: i→j} b_g x'_i}; at {@code v' = v}
 * they are {@code x} again. Like an input–output table, this reads all goods in one unit (say currency at base
 * prices); on a chain whose input coefficients mix physical units, primary inputs are only a balancing item and
 * may be negative.
 *
 * <p><b>Method.</b> {@code I − B = X̂⁻¹ (I − A) X̂} where {@code x > 0}, so {@code B} is productive whenever
 * {@code A} is, and has the same sparsity: the system is solved like the demand-pull one but upstream first
 * (sellers before buyers, {@link LevelSolver}), O(n + m) on an acyclic goods graph, Gauss–Seidel on goods cycles.
 *
 * <p>Indices are compiled actor indices. Immutable and thread-safe.
 */
public final class GhoshModel {
  private final SteadyState state;
  private final double[] allocationIn;
  private final double[] primaryInput;

  private GhoshModel(SteadyState state, double[] allocationIn, double[] primaryInput) {
    this.state = state;
    this.allocationIn = allocationIn;
    this.primaryInput = primaryInput;
  }

  /**
   * Derives the supply-side model from a steady state.
   *
   * @param state a solved steady state
   * @return the model
   */
  public static GhoshModel of(SteadyState state) {
    Objects.requireNonNull(state, "state");
    CompiledChain chain = state.chain();
    int n = chain.actorCount();
    Adjacency in = chain.goods().in();
    double[] allocationIn = new double[in.size()];
    double[] primaryInput = new double[n];
    for (int j = 0; j < n; j++) {
      double inputs = 0;
      for (int p = in.start(j); p < in.end(j); p++) {
        int g = in.flow(p);
        double z = state.quantity(g);
        double seller = state.output(in.neighbor(p));
        allocationIn[p] = seller > 0 ? z / seller : 0;
        inputs += z;
      }
      primaryInput[j] = state.output(j) - inputs;
    }
    return new GhoshModel(state, allocationIn, primaryInput);
  }

  /** {@return the steady state this model was derived from} */
  public SteadyState state() {
    return state;
  }

  /**
   * {@return the allocation coefficient {@code b_g} of goods flow {@code goodsFlow}: quantity over seller's output}
   *
   * @param goodsFlow a goods flow index
   */
  public double allocation(int goodsFlow) {
    CompiledChain chain = state.chain();
    int g = Objects.checkIndex(goodsFlow, chain.goods().count());
    double seller = state.output(chain.goods().source(g));
    return seller > 0 ? state.quantity(g) / seller : 0;
  }

  /**
   * {@return the base primary input {@code v_j} of the actor at compiled index {@code actor}}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public double primaryInput(int actor) {
    return primaryInput[Objects.checkIndex(actor, primaryInput.length)];
  }

  /** {@return a new array of the base primary inputs {@code v} by compiled actor index} */
  public double[] primaryInputs() {
    return primaryInput.clone();
  }

  /**
   * Returns the outputs {@code x'} that new primary inputs support: {@code x'ᵀ = v'ᵀ (I − B)⁻¹}.
   *
   * @param primaryInputs primary inputs by compiled actor index, finite
   * @return a new array of outputs by compiled actor index
   */
  public double[] output(double[] primaryInputs) {
    CompiledChain chain = state.chain();
    chain.checkPerActor(primaryInputs, "primaryInputs", "primary input");
    int n = chain.actorCount();
    Adjacency in = chain.goods().in();
    double[] x = new double[n];
    LevelSolver solver = new LevelSolver(chain, true, in.offsets, in.neighbors, allocationIn,
        SteadyStateSolver.DEFAULT_MAX_ITERATIONS, 1, LevelSolver.PARALLEL_GRAIN);
    try (WorkerTeam team = new WorkerTeam(1)) {
      solver.solve(primaryInputs, x, team);
    }
    return x;
  }

  @Override
  public String toString() {
    return "GhoshModel{actors=" + primaryInput.length + "}";
  }
}
