package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.analysis.CriticalActors;
import io.valueloop.model.Role;
import io.valueloop.model.Tolerance;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import io.valueloop.sim.SimulationSetUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every caller of the one solver of {@code x = b + W x} keeps, in the style of JGraphT's
 * {@code MaximumFlowAlgorithmTest}: one contract, a factory per caller, one shared checker. On the same seeded
 * {@link LoopChains} a caller solves a goods loop of spectral radius below 1 (up to 0.9999) to a relative residual
 * {@code ‖x − b − W x‖∞ ≤ ε ‖x‖∞} (with {@code ε =} {@link Tolerance#EPSILON}), and rejects a loop of spectral
 * radius 1 or more (up to 3) with an {@link UnproductiveChainException} naming a cycle of the loop, before it
 * computes anything.
 */
class GoodsEquationContractTest {
  private static final double[] PRODUCTIVE = {0.2, 0.5, 0.9, 0.99, 0.999, 0.9999};
  private static final double[] UNPRODUCTIVE = {1.0, 1.0001, 1.5, 2.0, 3.0};
  private static final long[] SEEDS = {1, 2, 3, 4};

  /** One caller of the solver: solves a chain and returns each right-hand side it solved for with its solution. */
  private record Caller(String name, Function<CompiledChain, List<Solved>> solve) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A solution {@code x} of {@code x = b + A x}, with {@code A} the chain's input–output coefficients. */
  private record Solved(String what, double[] b, double[] x) {}

  private static List<Caller> callers() {
    return List.of(
        new Caller("GoodsEquation.leontief", chain ->
            List.of(new Solved("x", demand(chain), GoodsEquation.leontief(chain).solve(demand(chain))))),
        new Caller("SteadyStateSolver", GoodsEquationContractTest::steadyState),
        new Caller("Simulation steady start", GoodsEquationContractTest::steadyStart),
        new Caller("Simulation data multipliers", GoodsEquationContractTest::multipliers),
        new Caller("ThroughputTrace", GoodsEquationContractTest::throughput));
  }

  private static List<Solved> steadyState(CompiledChain chain) {
    SteadyState state = SteadyStateSolver.builder().threads(2).build().solve(chain);
    double[] x = new double[chain.actorCount()];
    for (int i = 0; i < x.length; i++) {
      x[i] = state.output(i);
    }
    return List.of(new Solved("output", demand(chain), x));
  }

  private static List<Solved> steadyStart(CompiledChain chain) {
    Simulation simulation = Simulation.of(chain);
    SimulationResult result = simulation.run(Scenario.builder(4).steadyStart(true).build());
    assertThat(result.consumerSpend()).isFinite();
    return List.of(new Solved("steady start", demand(chain), SimulationSetUp.of(chain).steadyStart()));
  }

  private static List<Solved> multipliers(CompiledChain chain) {
    Simulation.of(chain);
    SimulationSetUp setUp = SimulationSetUp.of(chain);
    List<Solved> solved = new ArrayList<>();
    for (String segment : List.of("c0", "c1")) {
      int c = chain.indexOf(segment).orElseThrow();
      double[] unit = new double[chain.actorCount()];
      unit[c] = 1;
      solved.add(new Solved("multipliers of " + segment, unit, setUp.multipliers(c)));
    }
    return solved;
  }

  private static List<Solved> throughput(CompiledChain chain) {
    Map<String, Double> traced = CriticalActors.of(chain).throughput();
    double[] x = new double[chain.actorCount()];
    for (int i = 0; i < x.length; i++) {
      x[i] = traced.getOrDefault(chain.id(i), 0.0);
    }
    return List.of(new Solved("throughput", demand(chain), x));
  }

  private static double[] demand(CompiledChain chain) {
    double[] d = new double[chain.actorCount()];
    for (int i = 0; i < d.length; i++) {
      d[i] = chain.role(i) == Role.C ? chain.actor(i).demand() : 0;
    }
    return d;
  }

  static Stream<Arguments> productive() {
    return cases(PRODUCTIVE);
  }

  static Stream<Arguments> unproductive() {
    return cases(UNPRODUCTIVE);
  }

  private static Stream<Arguments> cases(double[] radii) {
    List<Arguments> cases = new ArrayList<>();
    for (Caller caller : callers()) {
      for (double radius : radii) {
        for (long seed : SEEDS) {
          cases.add(Arguments.of(caller, radius, seed));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, radius {1}, seed {2}")
  @MethodSource("productive")
  void solve_productiveLoop_solvesToTolerance(Caller caller, double radius, long seed) {
    CompiledChain chain = CompiledChain.compile(LoopChains.chain(seed, radius));

    List<Solved> solved = caller.solve().apply(chain);

    assertThat(solved).isNotEmpty();
    for (Solved s : solved) {
      assertSolves(chain, s);
    }
  }

  @ParameterizedTest(name = "{0}, radius {1}, seed {2}")
  @MethodSource("unproductive")
  void solve_unproductiveLoop_throwsNamingTheLoop(Caller caller, double radius, long seed) {
    ValueChain model = LoopChains.chain(seed, radius);
    CompiledChain chain = CompiledChain.compile(model);
    List<String> loop = LoopChains.loop(model);

    assertThatThrownBy(() -> caller.solve().apply(chain))
        .isInstanceOfSatisfying(UnproductiveChainException.class, e -> {
          assertThat(e.loop()).isNotEmpty().isSubsetOf(loop);
          assertThat(e.loopSize()).isEqualTo(loop.size());
          assertThat(e.spectralRadiusUpperBound()).isGreaterThanOrEqualTo(1.0);
          for (int k = 0; k < e.loop().size(); k++) {
            String seller = e.loop().get(k);
            String buyer = e.loop().get((k + 1) % e.loop().size());
            assertThat(goodsFlow(chain, seller, buyer)).as("goods flow %s -> %s", seller, buyer).isTrue();
          }
        })
        .hasMessageContaining("(loop ");
  }

  /** The shared checker: {@code x} is finite and non-negative, and {@code ‖x − b − A x‖∞ ≤ ε ‖x‖∞}. */
  private static void assertSolves(CompiledChain chain, Solved s) {
    FlowTable goods = chain.goods();
    double largest = 0;
    for (double v : s.x()) {
      assertThat(v).as(s.what()).isFinite().isGreaterThanOrEqualTo(0.0);
      largest = Math.max(largest, Math.abs(v));
    }
    assertThat(largest).as(s.what()).isPositive();
    double residual = 0;
    for (int i = 0; i < chain.actorCount(); i++) {
      double r = s.x()[i] - s.b()[i];
      for (int p = goods.out().start(i); p < goods.out().end(i); p++) {
        r -= chain.coefficient(p) * s.x()[goods.out().neighbor(p)];
      }
      residual = Math.max(residual, Math.abs(r));
    }
    assertThat(residual / largest).as("relative residual of %s", s.what()).isLessThanOrEqualTo(Tolerance.EPSILON);
  }

  private static boolean goodsFlow(CompiledChain chain, String seller, String buyer) {
    int i = chain.indexOf(seller).orElseThrow();
    int j = chain.indexOf(buyer).orElseThrow();
    Adjacency out = chain.goods().out();
    for (int p = out.start(i); p < out.end(i); p++) {
      if (out.neighbor(p) == j) {
        return true;
      }
    }
    return false;
  }
}
