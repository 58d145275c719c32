package io.valueloop.sim;

import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One {@link Churn} rule in a run: its actors, each one's profits over the window (a ring per actor) and the draws
 * of step 1.
 */
final class Churners {
  final Churn churn;
  private final RoleDynamics roles;
  private final RandomGenerator random;
  private final int[] actor;
  private final int window;
  /** Per actor of the rule: its last {@code window} profits, a ring written at {@code tick % window}. */
  private final double[] profits;
  /** Per actor of the rule: the ticks it has been active in a row, up to the window. */
  private final int[] activeTicks;
  /** Scratch: the rule's active actors this tick. */
  private final int[] candidates;

  Churners(Topology t, RoleDynamics roles, Churn churn, RandomGenerator random) {
    this.churn = churn;
    this.roles = roles;
    this.random = random;
    List<String> ids = churn.actorIds();
    actor = new int[ids.size()];
    for (int i = 0; i < actor.length; i++) {
      OptionalInt a = t.chain.indexOf(ids.get(i));
      if (a.isEmpty() || !t.orders(a.getAsInt()) || t.kind[a.getAsInt()] == Topology.CONSUMER) {
        throw new IllegalArgumentException("churning actor must be a business of the chain that trades goods but was '"
            + ids.get(i) + "' (churn)");
      }
      if (roles.churning[a.getAsInt()]) {
        throw new IllegalArgumentException("churning actor must churn by one rule but was listed twice ("
            + ids.get(i) + ", churn)");
      }
      roles.churning[a.getAsInt()] = true;
      actor[i] = a.getAsInt();
    }
    window = churn.window();
    profits = new double[window * actor.length];
    activeTicks = new int[actor.length];
    candidates = new int[actor.length];
  }

  /** Step 1: the profit test, then the hazard, over the rule's active actors. */
  void apply(int tick) {
    int count = 0;
    for (int i = 0; i < actor.length; i++) {
      int a = actor[i];
      if (!roles.markets.active[a]) {
        continue;
      }
      if (window > 0 && activeTicks[i] >= window) {
        double sum = 0;
        for (int k = 0; k < window; k++) {
          sum += profits[i * window + k];
        }
        if (sum / window < churn.threshold()) {
          roles.leave(a, churn.leaving());
          continue;
        }
      }
      candidates[count++] = a;
    }
    if (churn.hazard() > 0) {
      int left = Binomial.draw(random, count, churn.hazard());
      for (int k = 0; k < left; k++) {
        int pick = random.nextInt(count);
        int a = candidates[pick];
        candidates[pick] = candidates[--count];
        roles.leave(a, churn.leaving());
      }
    }
  }

  /** End of step 6: each active actor's profit of the tick enters its window; an inactive one starts again. */
  void record(int tick, Ledger ledger) {
    if (window == 0) {
      return;
    }
    int slot = tick % window;
    for (int i = 0; i < actor.length; i++) {
      int a = actor[i];
      if (roles.markets.active[a]) {
        profits[i * window + slot] = ledger.revenue[a] - ledger.cost[a];
        if (activeTicks[i] < window) {
          activeTicks[i]++;
        }
      } else {
        activeTicks[i] = 0;
      }
    }
  }
}
