package io.valueloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.valueloop.flow.CompiledChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.DemandProcess;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import io.valueloop.sim.SimulationRun;
import io.valueloop.sim.TickView;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The floor does the library's work: on the benchmark chain with a constant demand of 10 (so that no random stream
 * differs), every output of every actor at the end of every tick, and the metrics at the end of the run, agree with
 * the library's within 1e-9 (relative to the size of the number, at least 1). Started empty the chain runs short
 * (platforms ship a fraction of what they owe, businesses carry backlog), which exercises the shortage fraction.
 */
class TickFloorTest {
  private static final int ACTORS = 4000;
  private static final int TICKS = 50;
  private static final double TOLERANCE = 1e-9;
  private static final Series[] SERIES = {Series.ON_HAND, Series.BACKLOG, Series.ORDERS, Series.ON_ORDER,
      Series.INCOMING_ORDERS, Series.SHIPPED, Series.RECEIVED, Series.DEMAND_SIGNAL, Series.CONSUMER_DEMAND,
      Series.REVENUE, Series.COST};

  @ParameterizedTest(name = "steady start {0}, {1} thread(s)")
  @CsvSource({"true, 1", "false, 1", "true, 2", "false, 2"})
  void floor_agreesWithTheLibrary_everyActorEveryTick(boolean steadyStart, int threads) {
    CompiledChain chain = SimulationBenchmark.chain(ACTORS);
    DemandProcess constant = random -> tick -> 10.0;
    Scenario scenario = Scenario.builder(TICKS).seed(7).policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3)))
        .demand(constant).steadyStart(steadyStart).build();
    TickFloorSettings settings = new TickFloorSettings(10, 0, 0.3, 1, steadyStart, 7);
    double mostBacklog = 0;
    try (SimulationRun library = Simulation.of(chain).start(scenario);
        TickFloorRun floor = new TickFloorRun(chain, settings, threads)) {
      for (int t = 0; t < TICKS; t++) {
        TickView view = library.step();
        floor.step();
        for (int a = 0; a < chain.actorCount(); a++) {
          for (Series series : SERIES) {
            assertClose(floor(floor, series, a), view.value(series, a), chain.id(a) + " " + series + " tick " + t);
          }
          mostBacklog = Math.max(mostBacklog, floor.backlog(a));
        }
      }
      SimulationResult result = library.finish();
      for (int a = 0; a < chain.actorCount(); a++) {
        ActorMetrics expected = result.metrics(chain.id(a));
        String id = chain.id(a);
        assertClose(floor.revenueSum(a), expected.revenue(), id + " revenue");
        assertClose(floor.costSum(a), expected.cost(), id + " cost");
        if (a >= chain.levelEnd(0)) {
          assertClose(floor.metric(a, TickFloorState.M_ON_HAND) / TICKS, expected.meanOnHand(), id + " on hand");
          assertClose(floor.metric(a, TickFloorState.M_BACKLOG) / TICKS, expected.meanBacklog(), id + " backlog");
          assertClose(floor.metric(a, TickFloorState.M_ORDER_M2) / TICKS, expected.orderVariance(), id + " orders");
          assertClose(floor.metric(a, TickFloorState.M_DEMAND_M2) / TICKS, expected.demandVariance(), id + " demand");
          double incoming = floor.metric(a, TickFloorState.M_INCOMING);
          assertThat(expected.fillRate().isPresent()).as(id + " fill rate").isEqualTo(incoming > 0);
          if (incoming > 0) {
            assertClose(floor.metric(a, TickFloorState.M_FILLED) / incoming, expected.fillRate().getAsDouble(),
                id + " fill rate");
          }
        }
      }
      assertClose(floor.consumerSpend(), result.consumerSpend(), "consumer spend");
      assertClose(floor.ownCost(), result.ownCost(), "own cost");
    }
    if (!steadyStart) {
      assertThat(mostBacklog).as("a shortage somewhere").isGreaterThan(100);
    }
  }

  @Test
  void floorTick_allocatesNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (TickFloorRun floor = new TickFloorRun(SimulationBenchmark.chain(ACTORS), TickFloorSettings.benchmark(), 1)) {
      for (int t = 0; t < 200; t++) {
        floor.step();
      }
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int t = 0; t < 200; t++) {
        floor.step();
      }
      assertThat(threads.getCurrentThreadAllocatedBytes() - before).isZero();
    }
  }

  private static double floor(TickFloorRun floor, Series series, int a) {
    switch (series) {
      case ON_HAND:
        return floor.onHand(a);
      case BACKLOG:
        return floor.backlog(a);
      case ORDERS:
        return floor.orders(a);
      case ON_ORDER:
        return floor.onOrder(a);
      case INCOMING_ORDERS:
        return floor.incomingOrders(a);
      case SHIPPED:
        return floor.shipped(a);
      case RECEIVED:
        return floor.received(a);
      case DEMAND_SIGNAL:
        return floor.demandSignal(a);
      case CONSUMER_DEMAND:
        return floor.consumerDemand(a);
      case REVENUE:
        return floor.revenue(a);
      case COST:
        return floor.cost(a);
      default:
        throw new AssertionError(series);
    }
  }

  private static void assertClose(double actual, double expected, String what) {
    assertThat(Math.abs(actual - expected)).as(what + ": floor " + actual + ", library " + expected)
        .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
  }
}
