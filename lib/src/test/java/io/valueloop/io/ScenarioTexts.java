package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Event;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
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
    StringWriter out = new StringWriter();
    try {
      ModelFiles.writeScenario(s.build(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
