package io.valueloop.examples;

import io.valueloop.analysis.Bottlenecks;
import io.valueloop.analysis.ChainDepth;
import io.valueloop.analysis.Concentration;
import io.valueloop.analysis.CriticalActors;
import io.valueloop.analysis.FeedbackLoops;
import io.valueloop.charts.ChainDrawing;
import io.valueloop.charts.Report;
import io.valueloop.charts.ResultCharts;
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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
public final class ClosedLoopTour implements Lesson {
  private static final long SEED = 42L;
  private static final int TICKS = 400;
  private static final int WARM_UP = 50;

  /** Creates the lesson; {@link Lessons#all()} lists it. */
  public ClosedLoopTour() {}

  @Override
  public String name() {
    return "closed-loop-tour";
  }

  @Override
  public String teaches() {
    return "a tour of one S2B2C2S2B chain end to end: the models it realises, its structure, who captures the"
        + " money, and the bullwhip with the data loop off and on";
  }

  /**
   * Runs the tour, writing into {@code --out DIR} (default {@code target/valueloop-output/closed-loop-tour}).
   *
   * @param args {@code [--out DIR] [--help]}
   */
  public static void main(String[] args) {
    Lessons.runMain(new ClosedLoopTour(), args);
  }

  /** Runs the tour: FULL with 200 businesses and 2,000 consumer segments, SMALL with 20 and 200. */
  @Override
  public LessonOutput run(Path outDir, PrintStream out, Size size) throws IOException {
    int scale = size == Size.FULL ? 10 : 1;
    BusinessModelCode code = BusinessModelCode.parse("S2B2C2S2B");
    ValueChain chain = ChainTemplate.of(code)
        .withCount(Role.M, 3)
        .withCount(Role.S, 1)
        .withCount(Role.B, 20 * scale)
        .withCount(Role.C, 200 * scale)
        .withSeed(SEED)
        .build();

    out.println("ValueLoop closed-loop tour: " + code);
    out.println();
    out.println("1. The chain (validated on build)");
    out.println("   " + chain);

    out.println();
    out.println("2. Business models it realises");
    Recognition recognition = CodeRecognizer.recognize(chain);
    for (BusinessModelCode realised : recognition.codes()) {
      out.printf("   %-10s via %s%n", realised, recognition.witness(realised).orElseThrow());
    }

    out.println();
    out.println("3. Structure");
    ChainDepth depth = ChainDepth.of(chain);
    out.println("   depth (goods flows, producer to consumer): " + depth.depth()
        + ", e.g. " + depth.longestPath());
    CriticalActors critical = CriticalActors.of(chain);
    List<String> cutVertices = critical.articulationPoints();
    out.println("   articulation points of the goods network (actors whose loss splits it): "
        + cutVertices.size() + ", e.g. " + cutVertices.subList(0, Math.min(3, cutVertices.size())));
    out.println("   share of consumer demand passing through each of the busiest actors:");
    critical.throughputShare().entrySet().stream()
        .filter(entry -> chain.actor(entry.getKey()).orElseThrow().role() != Role.C)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(5)
        .forEach(entry -> out.printf("     %-12s %6.1f %%%n", entry.getKey(), 100 * entry.getValue()));
    Bottlenecks bottlenecks = Bottlenecks.of(chain);
    out.printf("   max flow to consumers: %.1f of %.1f units per tick demanded (%.0f %% servable)%n",
        bottlenecks.maxFlow(), bottlenecks.totalDemand(), 100 * bottlenecks.servedFraction());
    out.println("   Herfindahl index of each role's market: " + rounded(Concentration.of(chain).roleIndex()));
    FeedbackLoops goodsLoops = FeedbackLoops.of(chain, FlowKind.GOODS);
    FeedbackLoops closedLoops = FeedbackLoops.of(chain, EnumSet.of(FlowKind.GOODS, FlowKind.DATA),
        FeedbackLoops.Limits.defaults().withMaxLength(4));
    out.println("   feedback loops over goods only: " + goodsLoops.count()
        + "; over goods and data: " + closedLoops.count() + (closedLoops.truncated() ? "+" : "")
        + " (consumer data closing the loop), e.g. " + closedLoops.loops().get(0));

    out.println();
    out.println("4. Steady state: who captures the consumer's money");
    CompiledChain compiled = CompiledChain.compile(chain);
    SteadyState steady = SteadyStateSolver.defaults().solve(compiled);
    ValueCapture capture = steady.valueCapture().orElseThrow();
    out.printf("   consumer spend per tick: %.2f%n", capture.consumerSpend());
    for (Map.Entry<Role, Double> entry : capture.shareByRole().entrySet()) {
      if (entry.getKey() != Role.C) {
        out.printf("   %s profit share %6.2f %%%n", entry.getKey(), 100 * entry.getValue());
      }
    }
    out.printf("   own costs      %6.2f %%%n", 100 * capture.totalCostShare());

    out.println();
    out.println("5. Simulation: the consumer-data loop off and on (" + TICKS + " ticks, warm-up " + WARM_UP + ")");
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
    out.println("   bullwhip (order variance / consumer-demand variance) by role:");
    out.println("   role   loop off   loop on");
    for (Role role : new Role[] {Role.B, Role.S, Role.M}) {
      out.printf("   %-4s %9s %9s%n", role, bullwhip(withoutLoop.metrics(role)), bullwhip(withLoop.metrics(role)));
    }
    out.println("   Sharing consumers' demand with the platform (S2B2C2S2B) lets it forecast from the");
    out.println("   source instead of from amplified orders: the bullwhip upstream shrinks.");

    LessonFiles files = new LessonFiles(outDir);
    Map<String, SimulationResult> runs = new LinkedHashMap<>();
    runs.put("loop off", withoutLoop);
    runs.put("loop on", withLoop);
    Report report = Report.builder("ValueLoop closed-loop tour: " + code)
        .setting("chain", chain.toString())
        .setting("ticks", TICKS)
        .setting("warm-up", WARM_UP)
        .section("The chain")
        .drawing(files.drawing("chain", ChainDrawing.of(chain)))
        .section("Who captures the consumer's money (steady state)")
        .chart(files.chart("value-capture", ResultCharts.valueCapture(Map.of(code.toString(), capture))))
        .section("The consumer-data loop off and on")
        .chart(files.chart("bullwhip", ResultCharts.bullwhipByTier(chain, runs)))
        .text("Sharing consumers' demand with the platform lets it forecast from the source instead of from"
            + " amplified orders: the bullwhip upstream shrinks.")
        .build();
    return files.report(report);
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
