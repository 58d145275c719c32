package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The event schedule: linear in events plus ticks, and the same state as the definition in {@link Event}. */
class EventScheduleTest {
  private static final CompiledChain CHAIN =
      SimFixtures.serial(10, 10, 5, GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build(), GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build());

  private static EventSchedule schedule(Topology t, RunState state, List<Event> events, int ticks) {
    Scenario scenario = Scenario.builder(ticks).events(events).build();
    return new EventSchedule(t, state, new Rules(t, state), scenario.events(), ticks);
  }

  @Test
  void apply_manyOneTickShocks_visitsEachEventOnceNotOncePerTick() {
    int ticks = 100_000;
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < ticks; k++) {
      events.add(Event.demandShock("c", k, k + 1, 1 + k % 7));
    }
    Topology t = new Topology(CHAIN);
    RunState state = new RunState(t, Scenario.builder(ticks).build(), false);
    EventSchedule schedule = schedule(t, state, events, ticks);
    int c = CHAIN.indexOf("c").getAsInt();

    boolean allApplied = true;
    for (int tick = 0; tick < ticks; tick++) {
      schedule.apply(tick);
      allApplied &= state.field(c, RunState.S_DEMAND_FACTOR) == 1 + tick % 7;
    }

    // Each tick ends one shock and starts the next: two bucket entries and one active event a tick. A schedule that
    // scanned every event at every boundary would visit 10^10.
    assertThat(allApplied).isTrue();
    assertThat(schedule.work()).isLessThanOrEqualTo(4L * ticks);
  }

  @Test
  void apply_randomOverlappingEvents_matchesTheProductOfActiveFactorsInEventOrder() {
    SplittableRandom random = new SplittableRandom(11);
    int ticks = 300;
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      int from = random.nextInt(ticks + 20);
      int to = from + 1 + random.nextInt(30);
      double factor = 0.5 + random.nextDouble();
      switch (random.nextInt(4)) {
        case 0:
          events.add(Event.demandShock("c", from, to, factor));
          break;
        case 1:
          events.add(Event.capacityShock(random.nextBoolean() ? "b" : "s", from, to, factor));
          break;
        case 2:
          events.add(Event.actorOutage("b", from, to));
          break;
        default:
          events.add(Event.linkOutage("s", "b", from, to));
          break;
      }
    }
    Topology t = new Topology(CHAIN);
    RunState state = new RunState(t, Scenario.builder(ticks).build(), false);
    EventSchedule schedule = schedule(t, state, events, ticks);
    int s = CHAIN.indexOf("s").getAsInt();
    int b = CHAIN.indexOf("b").getAsInt();
    int c = CHAIN.indexOf("c").getAsInt();
    int link = t.outStart[s];

    for (int tick = 0; tick < ticks; tick++) {
      schedule.apply(tick);
      double demand = 1;
      double capacityS = 1;
      double capacityB = 1;
      boolean outage = false;
      boolean linkDown = false;
      for (Event e : events) {
        if (e instanceof Event.DemandShock d && d.from() <= tick && tick < d.to()) {
          demand *= d.factor();
        } else if (e instanceof Event.CapacityShock k && k.from() <= tick && tick < k.to()) {
          if (k.actorId().equals("s")) {
            capacityS *= k.factor();
          } else {
            capacityB *= k.factor();
          }
        } else if (e instanceof Event.ActorOutage o && o.from() <= tick && tick < o.to()) {
          outage = true;
        } else if (e instanceof Event.LinkOutage l && l.from() <= tick && tick < l.to()) {
          linkDown = true;
        }
      }
      assertThat(state.field(c, RunState.S_DEMAND_FACTOR)).as("demand factor at %d", tick).isEqualTo(demand);
      assertThat(state.field(s, RunState.S_CAPACITY)).as("capacity of s at %d", tick)
          .isEqualTo(t.baseCapacity[s] * capacityS);
      assertThat(state.field(b, RunState.S_CAPACITY)).as("capacity of b at %d", tick)
          .isEqualTo(outage ? 0 : t.baseCapacity[b] * capacityB);
      assertThat(state.linkDown[link]).as("link at %d", tick).isEqualTo(linkDown);
    }
  }
}
