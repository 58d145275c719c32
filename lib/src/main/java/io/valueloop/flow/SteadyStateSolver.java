package io.valueloop.flow;

import io.valueloop.internal.WorkerTeam;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Limits;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.Tolerance;
import java.util.Arrays;
import java.util.Objects;

/**
 * Solves the steady state of a compiled chain for one tick: the Leontief demand-pull model
 * {@code x = A x + d} (Leontief 1936; Miller and Blair 2009, <i>Input–Output Analysis</i>, 2nd ed., ch. 2), then
 * money, fees, statements and value capture.
 *
 * <p><b>Problem.</b> {@code d_i} is actor {@code i}'s final demand ({@link io.valueloop.model.Actor#demand()}:
 * consumer segments carry it, any actor may). A goods flow {@code g: i → j} has input–output coefficient
 * {@code A_ij = inputCoefficient · share} ({@link CompiledChain#coefficient(int)}): {@code j} takes that many
 * units of {@code i}'s product per unit of its own output. The gross outputs solve
 * {@code x_i = d_i + Σ_{g: i→j} A_ij x_j}. Then flow {@code g} carries {@code A_ij x_j} units; if it is paid for
 * ({@link CompiledChain#payment(int)}), its money flow carries that × the price; a service flow costs its served
 * actor the fixed fee plus take rate × the served actor's {@link io.valueloop.model.FeeBase} amount (its sales
 * revenue, its revenue from sales to role C, or its purchases); own cost is unit cost × output.
 *
 * <p><b>Method</b> (see {@link GoodsEquation}, the one solver of {@code x = b + W x}). Actors are solved in
 * compiled order, buyers before sellers: outside goods cycles one pull per actor is exact, so an acyclic chain takes
 * one pass. Each goods cycle is first checked for productivity (spectral radius below 1, bounded by
 * Collatz–Wielandt on power iterations; else an {@link UnproductiveChainException} naming a cycle of actor ids),
 * then solved by Gauss–Seidel to a relative error of about {@link Tolerance#EPSILON} (started from a direct solve
 * when the cycle is small and its spectral radius near 1), at most {@link #maxIterations()} sweeps.
 *
 * <p><b>Capacities.</b> An actor's {@link io.valueloop.model.Actor#capacity()} bounds what it ships per tick, its
 * gross output {@code x_i} (a consumer segment consumes its own final demand, so only its sales count), and a goods
 * flow's {@link io.valueloop.model.GoodsTerms#capacity()} bounds the units it carries. Where the outputs solved for
 * the whole final demand exceed a capacity, the demand served is cut: actor {@code c}'s final demand {@code d_c} is
 * served the fraction {@code θ_c = min(1, capacity / load)} over the binding capacities upstream of {@code c} (those
 * its demand loads), and the steady state is solved again for {@code θ ⊙ d}; the rest is reported by
 * {@link SteadyState#unservedDemand()}. No capacity is then exceeded, and a single bottleneck on a path is used
 * exactly; capacity that a segment leaves unused because a tighter bottleneck cuts it is not handed to others, and
 * sourcing shares stay fixed, so a segment buying part of an input through a bottleneck is cut as a whole (the
 * simulation, where the other suppliers keep shipping their shares, then serves it more). A chain whose capacities
 * do not bind gives the same state as without capacities.
 *
 * <p><b>Finite results.</b> Validation bounds every amount and input coefficient ({@link Limits}); a chain deep
 * enough for its coefficients to multiply demand past the range of a double stops with an
 * {@link ArithmeticException} naming the actor and the quantity, never an infinite or NaN result.
 *
 * <p><b>Cost.</b> O(n + m) time and memory for n actors and m flows on an acyclic goods graph, plus
 * O(k · (n_C + m_C)) per goods cycle for k iterations. Levels with enough work run on {@link #threads()} threads;
 * results are bit-identical for any thread count.
 *
 * <p>Immutable and thread-safe; each solve starts and stops its own worker threads.
 */
public final class SteadyStateSolver {
  /** The default cap on Gauss–Seidel sweeps per goods cycle: {@value}, the one of {@link GoodsEquation}. */
  public static final int DEFAULT_MAX_ITERATIONS = GoodsEquation.MAX_SWEEPS;

  private static final SteadyStateSolver DEFAULTS = new SteadyStateSolver(1, DEFAULT_MAX_ITERATIONS);

  private final int threads;
  private final int maxIterations;

  private SteadyStateSolver(int threads, int maxIterations) {
    this.threads = threads;
    this.maxIterations = maxIterations;
  }

  /** {@return a solver on one thread with {@link #DEFAULT_MAX_ITERATIONS}} */
  public static SteadyStateSolver defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the {@linkplain #defaults() defaults}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of threads a solve runs on, the caller's included} */
  public int threads() {
    return threads;
  }

  /** {@return the cap on Gauss–Seidel sweeps per goods cycle} */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Solves the steady state of a chain.
   *
   * @param chain the compiled chain
   * @return the steady state
   * @throws UnproductiveChainException if a goods loop is not productive
   * @throws IllegalStateException if a goods loop does not converge within {@link #maxIterations()} sweeps
   * @throws ArithmeticException if an output, a flow or a statement overflows the range of a double (a message
   *     naming the actor and the quantity)
   */
  public SteadyState solve(CompiledChain chain) {
    Objects.requireNonNull(chain, "chain");
    int n = chain.actorCount();
    double[] demand = chain.demand();
    double[] output = new double[n];
    int iterations;
    GoodsEquation equation = GoodsEquation.leontief(chain, maxIterations, threads);
    try (WorkerTeam team = new WorkerTeam(threads)) {
      iterations = equation.solve(demand, output, team);
      finite(chain, "gross output", output);
      double[] fraction = CapacityCut.servedFractions(chain, demand, output);
      if (fraction != null) {
        for (int i = 0; i < n; i++) {
          demand[i] *= fraction[i];
        }
        Arrays.fill(output, 0);
        iterations = Math.max(iterations, equation.solve(demand, output, team));
      }
    }
    return account(chain, demand, output, iterations);
  }

  /**
   * Checks that every value of a per-actor quantity is finite: the bounds of {@link Limits} keep single amounts
   * small, but a deep chain of large input coefficients can still multiply them past the range of a double.
   */
  private static void finite(CompiledChain chain, String quantity, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw overflow(chain, quantity, values[i], i);
      }
    }
  }

  private static ArithmeticException overflow(CompiledChain chain, String quantity, double value, int actor) {
    return new ArithmeticException(quantity + " must be finite (within the range of a double) but was " + value
        + " (actor " + chain.id(actor) + ")");
  }

  /** Derives flows, fees and statements from the gross outputs; one pass over actors, goods and services. */
  private static SteadyState account(CompiledChain chain, double[] servedDemand, double[] output,
      int iterations) {
    int n = chain.actorCount();
    boolean[] consumer = new boolean[n];
    double[] ownCost = new double[n];
    for (int i = 0; i < n; i++) {
      consumer[i] = chain.role(i) == Role.C;
      ownCost[i] = chain.actor(i).unitCost() * output[i];
    }
    FlowTable goods = chain.goods();
    double[] quantity = new double[goods.count()];
    double[] money = new double[chain.flows(FlowKind.MONEY).count()];
    double[] revenue = new double[n];
    double[] consumerRevenue = new double[n];
    double[] purchases = new double[n];
    for (int g = 0; g < quantity.length; g++) {
      int seller = goods.source[g];
      int buyer = goods.target[g];
      double q = chain.goodsCoefficient[g] * output[buyer];
      quantity[g] = q;
      int payment = chain.goodsPayment[g];
      if (payment >= 0) {
        double value = q * chain.goodsPrice[g];
        money[payment] = value;
        revenue[seller] += value;
        purchases[buyer] += value;
        if (consumer[buyer]) {
          consumerRevenue[seller] += value;
        }
      }
    }
    FlowTable services = chain.flows(FlowKind.SERVICE);
    double[] fee = new double[services.count()];
    double[] feesPaid = new double[n];
    double[] feesReceived = new double[n];
    for (int s = 0; s < fee.length; s++) {
      ServiceTerms terms = (ServiceTerms) services.terms(s);
      int served = services.target[s];
      double base;
      switch (terms.base()) {
        case REVENUE:
          base = revenue[served];
          break;
        case CONSUMER_REVENUE:
          base = consumerRevenue[served];
          break;
        case PURCHASES:
          base = purchases[served];
          break;
        default:
          throw new AssertionError(terms.base());
      }
      double amount = terms.fee() + terms.takeRate() * base;
      fee[s] = amount;
      feesPaid[served] += amount;
      feesReceived[services.source[s]] += amount;
    }
    double consumerSpend = 0;
    double gross = 0;
    for (int i = 0; i < n; i++) {
      if (consumer[i]) {
        consumerSpend += purchases[i] + feesPaid[i];
      }
      double profit = Statement.profit(revenue[i], purchases[i], feesPaid[i], feesReceived[i], ownCost[i]);
      if (!Double.isFinite(profit)) {
        double[][] parts = {revenue, purchases, feesPaid, feesReceived, ownCost};
        String[] names = {"revenue", "purchases", "fees paid", "fees received", "own cost"};
        for (int k = 0; k < parts.length; k++) {
          if (!Double.isFinite(parts[k][i])) {
            throw overflow(chain, names[k], parts[k][i], i);
          }
        }
        throw overflow(chain, "profit", profit, i);
      }
      gross += Math.abs(profit) + ownCost[i];
    }
    if (!Double.isFinite(gross) || !Double.isFinite(consumerSpend)) {
      throw new ArithmeticException("total profit and own cost must be finite (within the range of a double) but"
          + " was Infinity (chain of " + n + " actors)");
    }
    return new SteadyState(chain, output, servedDemand, quantity, money, fee, revenue, purchases, feesPaid,
        feesReceived, ownCost, consumerSpend, iterations);
  }

  @Override
  public String toString() {
    return "SteadyStateSolver{threads=" + threads + ", maxIterations=" + maxIterations + "}";
  }

  /** Builds a {@link SteadyStateSolver}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private int threads = 1;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;

    private Builder() {}

    /**
     * Sets the number of threads a solve runs on, the caller's included; default 1.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets the cap on Gauss–Seidel sweeps per goods cycle; default {@link SteadyStateSolver#DEFAULT_MAX_ITERATIONS}.
     *
     * @param maxIterations at least 1
     * @return this builder
     */
    public Builder maxIterations(int maxIterations) {
      if (maxIterations < 1) {
        throw new IllegalArgumentException("maxIterations must be at least 1 but was " + maxIterations);
      }
      this.maxIterations = maxIterations;
      return this;
    }

    /** {@return the solver} */
    public SteadyStateSolver build() {
      return new SteadyStateSolver(threads, maxIterations);
    }
  }
}
