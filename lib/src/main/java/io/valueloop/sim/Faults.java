package io.valueloop.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The scenario's {@link Fault faults} in a run: at set-up, each fault's up and down spells are drawn over the run's
 * ticks on the fault's own stream and its down spells become outage events (appended to the scenario's own, so
 * they go through the one event schedule); the stock a failing actor loses is destroyed at step 1 of the tick it
 * fails ({@link #apply(int)}). Set-up O(faults + spells); per tick O(1) plus the losses of that tick.
 */
final class Faults {
  private final RunState s;
  /** Stock losses in tick order: at {@code lossTick[i]}, actor {@code lossActor[i]} loses {@code lossFraction[i]}. */
  private final int[] lossTick;
  private final int[] lossActor;
  private final double[] lossFraction;
  private int next;

  private Faults(RunState s, int[] lossTick, int[] lossActor, double[] lossFraction) {
    this.s = s;
    this.lossTick = lossTick;
    this.lossActor = lossActor;
    this.lossFraction = lossFraction;
  }

  /**
   * Draws the faults' spells: adds their outage events to {@code events} and returns the stock losses (null when no
   * fault destroys stock).
   */
  static Faults draw(Topology t, Scenario scenario, RunState s, List<Event> events) {
    List<Fault> faults = scenario.mechanics().faults();
    if (faults.isEmpty()) {
      return null;
    }
    if (scenario.negativeOrders() && faults.stream().anyMatch(f -> f.destroyedFraction() > 0)) {
      throw new IllegalArgumentException("destroyed fraction must be 0 when negative orders are allowed but a fault "
          + "destroys stock (scenario)");
    }
    SetUpProblems problems = new SetUpProblems();
    for (Fault f : faults) {
      problems.check(() -> {
        if (f.buyerId().isPresent()) {
          LeadTimes.goodsFlow(t, new Mechanics.Link(f.actorId(), f.buyerId().get()), "fault");
        } else {
          LeadTimes.actor(t, f.actorId(), "fault");
        }
      });
    }
    problems.throwIfAny();
    RandomStreams random = RandomStreams.of(scenario.seed());
    int ticks = scenario.ticks();
    Map<String, Integer> seen = new HashMap<>();
    List<long[]> losses = new ArrayList<>();
    for (Fault f : faults) {
      String target = f.target();
      int k = seen.merge(target, 1, Integer::sum) - 1;
      RandomGenerator stream = random.stream(scenario.replication(), "fault/" + target + (k == 0 ? "" : "#" + k));
      int actor = -1;
      if (f.destroyedFraction() > 0) {
        actor = LeadTimes.actor(t, f.actorId(), "fault");
      }
      long tick = 0;
      while (true) {
        tick += f.timeToFailure().draw(stream, ticks);
        if (tick >= ticks) {
          break;
        }
        long end = Math.min((long) ticks + 1, tick + f.timeToRepair().draw(stream, ticks));
        int from = (int) tick;
        int to = (int) end;
        events.add(f.buyerId().isPresent() ? Event.linkOutage(f.actorId(), f.buyerId().get(), from, to)
            : Event.actorOutage(f.actorId(), from, to));
        if (actor >= 0) {
          losses.add(new long[] {from, actor, Double.doubleToLongBits(f.destroyedFraction())});
        }
        tick = end;
      }
    }
    losses.sort((x, y) -> Long.compare(x[0], y[0]));
    int[] lossTick = new int[losses.size()];
    int[] lossActor = new int[losses.size()];
    double[] lossFraction = new double[losses.size()];
    for (int i = 0; i < lossTick.length; i++) {
      long[] x = losses.get(i);
      lossTick[i] = (int) x[0];
      lossActor[i] = (int) x[1];
      lossFraction[i] = Double.longBitsToDouble(x[2]);
    }
    return new Faults(s, lossTick, lossActor, lossFraction);
  }

  /** Step 1: destroys the stock of the actors failing at {@code tick}, telling the conservation check (if any). */
  void apply(int tick, Conservation conservation) {
    while (next < lossTick.length && lossTick[next] == tick) {
      int a = lossActor[next];
      int r = RunState.record(a) + RunState.S_ON_HAND;
      double onHand = s.state[r];
      if (onHand > 0) {
        double lost = onHand * lossFraction[next];
        s.state[r] = onHand - lost;
        if (conservation != null) {
          conservation.destroyed(a, lost);
        }
      }
      next++;
    }
  }
}
