package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Event;
import io.valueloop.sim.Fault;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.RandomLeadTime;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Shortage;
import io.valueloop.sim.SourcingRule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/** Random scenario texts as the writer produces them, for schema and fuzz tests. */
final class ScenarioTexts {
  private ScenarioTexts() {}

  static String random(SplittableRandom r) {
    int ticks = 1 + r.nextInt(300);
    Forecast forecast = r.nextBoolean() ? Forecast.movingAverage(1 + r.nextInt(9))
        : Forecast.exponentialSmoothing(0.05 + 0.9 * r.nextDouble());
    Scenario.Builder s = Scenario.builder(ticks).warmUp(r.nextInt(ticks)).seed(r.nextLong())
        .replication(r.nextInt(9)).negativeOrders(r.nextBoolean()).steadyStart(r.nextBoolean())
        .policy(Policies.orderUpTo(forecast, 2 * r.nextDouble()))
        .policy(Role.S, Policies.anchoring(r.nextDouble(), r.nextDouble(), r.nextDouble(), 20 * r.nextDouble()))
        .policy("b" + r.nextInt(3), Policies.reorderPoint(3, 3 + 9 * r.nextDouble()))
        .demand(DemandProcesses.ar1(10 * r.nextDouble(), 0.5, 1))
        .demand("c" + r.nextInt(3), DemandProcesses.replay(r.doubles(3, 0, 9).toArray()))
        .event(Event.policyChange("s", r.nextInt(9), Policies.fixedQuantity(r.nextDouble())))
        .event(Event.priceChange("s", "b", 3, 2 * r.nextDouble()))
        .record(Series.values()[r.nextInt(Series.values().length)], Role.B)
        .record(Series.ORDERS, Actor.of("s", Role.S).id())
        .recordAll(Series.PROFIT);
    if (r.nextBoolean()) {
      withMechanics(r, s);
    }
    StringWriter out = new StringWriter();
    try {
      ModelFiles.writeScenario(s.build(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Adds random mechanics (issue 11, which need non-negative orders) and the newer policies. */
  private static void withMechanics(SplittableRandom r, Scenario.Builder s) {
    s.negativeOrders(false).policy("b" + r.nextInt(3), Policies.reorderLot(r.nextDouble(), 1 + r.nextInt(9)))
        .policy("s", r.nextBoolean() ? Policies.echelonBaseStock(30 * r.nextDouble())
            : Policies.periodicReview(3, r.nextInt(3), 20))
        .shortage(r.nextBoolean() ? Shortage.lost() : Shortage.patience(1 + r.nextInt(5)))
        .shortage("s", "b", Shortage.backorder())
        .sourcing(SourcingRule.values()[r.nextInt(SourcingRule.values().length)])
        .fault(Fault.actor("s", Fault.Duration.geometric(0.01 + r.nextDouble() * 0.5), Fault.Duration.fixed(2))
            .destroying(r.nextDouble()))
        .fault(Fault.link("s", "b", Fault.Duration.fixed(5), Fault.Duration.geometric(0.5)))
        .leadTime("s", "b", RandomLeadTime.uniform(1, 1 + r.nextInt(4)));
  }
}
