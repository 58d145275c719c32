package io.valueloop.examples;

import io.valueloop.analysis.Bottlenecks;
import io.valueloop.analysis.ChainDepth;
import io.valueloop.analysis.Concentration;
import io.valueloop.analysis.CriticalActors;
import io.valueloop.analysis.FeedbackLoops;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.ValueCapture;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import io.valueloop.pattern.CodeRecognizer;
import io.valueloop.pattern.Recognition;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The flagship tour of ValueLoop, end to end on one S2B2C2S2B chain: 3 manufacturers, a supply platform,
 * 200 businesses (online and offline) and 2,000 consumer segments whose demand data flows back to the platform.
 *
 * <ol>
 *   <li>build the chain from its business-model code and validate it;</li>
 *   <li>recognise which business models it realises, with a witness path;</li>
 *   <li>analyse its structure: depth, critical actors, bottlenecks, concentration, feedback loops;</li>
 *   <li>solve its steady state: who captures how much of each unit of consumer money;</li>
 *   <li>simulate it with the consumer-data loop off and on, and compare the bullwhip upstream.</li>
 * </ol>
 */
public final class ClosedLoopTour {
  private static final long SEED = 42L;
  private static final int TICKS = 400;
  private static final int WARM_UP = 50;

  private ClosedLoopTour() {}

  /**
   * Runs the tour and prints what it finds.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BusinessModelCode code = BusinessModelCode.parse("S2B2C2S2B");
    ValueChain chain = ChainTemplate.of(code)
        .withCount(Role.M, 3)
        .withCount(Role.S, 1)
        .withCount(Role.B, 200)
        .withCount(Role.C, 2_000)
        .withSeed(SEED)
        .build();

    System.out.println("ValueLoop closed-loop tour: " + code);
    System.out.println();
    System.out.println("1. The chain (validated on build)");
    System.out.println("   " + chain);

    System.out.println();
    System.out.println("2. Business models it realises");
    Recognition recognition = CodeRecognizer.recognize(chain);
    for (BusinessModelCode realised : recognition.codes()) {
      System.out.printf("   %-10s via %s%n", realised, recognition.witness(realised).orElseThrow());
    }

    System.out.println();
    System.out.println("3. Structure");
    ChainDepth depth = ChainDepth.of(chain);
    System.out.println("   depth (goods flows, producer to consumer): " + depth.depth()
        + ", e.g. " + depth.longestPath());
    CriticalActors critical = CriticalActors.of(chain);
    List<String> cutVertices = critical.articulationPoints();
    System.out.println("   articulation points of the goods network (actors whose loss splits it): "
        + cutVertices.size() + ", e.g. " + cutVertices.subList(0, Math.min(3, cutVertices.size())));
    System.out.println("   share of consumer demand passing through each of the busiest actors:");
    critical.throughputShare().entrySet().stream()
        .filter(entry -> chain.actor(entry.getKey()).orElseThrow().role() != Role.C)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(5)
        .forEach(entry -> System.out.printf("     %-12s %6.1f %%%n", entry.getKey(), 100 * entry.getValue()));
    Bottlenecks bottlenecks = Bottlenecks.of(chain);
    System.out.printf("   max flow to consumers: %.1f of %.1f units per tick demanded (%.0f %% servable)%n",
        bottlenecks.maxFlow(), bottlenecks.totalDemand(), 100 * bottlenecks.servedFraction());
    System.out.println("   Herfindahl index of each role's market: " + rounded(Concentration.of(chain).roleIndex()));
    FeedbackLoops goodsLoops = FeedbackLoops.of(chain, FlowKind.GOODS);
    FeedbackLoops closedLoops = FeedbackLoops.of(chain, EnumSet.of(FlowKind.GOODS, FlowKind.DATA),
        FeedbackLoops.Limits.defaults().withMaxLength(4));
    System.out.println("   feedback loops over goods only: " + goodsLoops.count()
        + "; over goods and data: " + closedLoops.count() + (closedLoops.truncated() ? "+" : "")
        + " (consumer data closing the loop), e.g. " + closedLoops.loops().get(0));

    System.out.println();
    System.out.println("4. Steady state: who captures the consumer's money");
    CompiledChain compiled = CompiledChain.compile(chain);
    SteadyState steady = SteadyStateSolver.defaults().solve(compiled);
    ValueCapture capture = steady.valueCapture().orElseThrow();
    System.out.printf("   consumer spend per tick: %.2f%n", capture.consumerSpend());
    for (Map.Entry<Role, Double> entry : capture.shareByRole().entrySet()) {
      if (entry.getKey() != Role.C) {
        System.out.printf("   %s profit share %6.2f %%%n", entry.getKey(), 100 * entry.getValue());
      }
    }
    System.out.printf("   own costs      %6.2f %%%n", 100 * capture.totalCostShare());

    System.out.println();
    System.out.println("5. Simulation: the consumer-data loop off and on (" + TICKS + " ticks, warm-up " + WARM_UP + ")");
    Simulation simulation = Simulation.of(compiled);
    Scenario scenario = Scenario.builder(TICKS)
        .warmUp(WARM_UP)
        .seed(SEED)
        .demand(DemandProcesses.normal(ChainTemplate.DEFAULT_DEMAND, 3.0))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5)))
        .informationSharing(false)
        .build();
    SimulationResult withoutLoop = simulation.run(scenario);
    SimulationResult withLoop = simulation.run(scenario.withInformationSharing(true));
    System.out.println("   bullwhip (order variance / consumer-demand variance) by role:");
    System.out.println("   role   loop off   loop on");
    for (Role role : new Role[] {Role.B, Role.S, Role.M}) {
      System.out.printf("   %-4s %9s %9s%n", role, bullwhip(withoutLoop.metrics(role)), bullwhip(withLoop.metrics(role)));
    }
    System.out.println("   Sharing consumers' demand with the platform (S2B2C2S2B) lets it forecast from the");
    System.out.println("   source instead of from amplified orders: the bullwhip upstream shrinks.");
  }

  private static String bullwhip(RoleMetrics metrics) {
    return metrics.bullwhip().isPresent() ? String.format("%.2f", metrics.bullwhip().getAsDouble()) : "-";
  }

  private static Map<Role, String> rounded(Map<Role, Double> values) {
    Map<Role, String> text = new EnumMap<>(Role.class);
    values.forEach((role, value) -> text.put(role, String.format("%.3f", value)));
    return text;
  }
}
