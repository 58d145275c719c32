package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The ordering rule of every actor that orders (step 8), started from the scenario's policies when the run starts
 * and restarted by policy changes ({@link EventSchedule}).
 */
final class Rules {
  private final Topology t;
  private final RuleView view;
  final OrderRule[] rules;
  /**
   * The built-in rule the turns evaluate in place, with its state here rather than in a rule object, so that step 8
   * reads two adjacent numbers instead of following a pointer per actor: {@code flat[2a]} is the smoothing constant
   * {@code α} of actor {@code a}'s order-up-to rule with exponential smoothing and no safety stock (the most common
   * rule), or 0 for any other rule, which is asked through {@link #rules}; {@code flat[2a + 1]} is its forecast, NaN
   * before the first signal.
   */
  final double[] flat;

  Rules(Topology t, RunState state) {
    this.t = t;
    this.view = new RuleView(t, state);
    this.rules = new OrderRule[t.n];
    this.flat = new double[2 * t.n];
  }

  /** Starts the rule of every actor that orders: its own policy, else its role's, else the default. */
  void startAll(Scenario scenario) {
    Map<String, OrderingPolicy> byActor = scenario.actorPolicies();
    for (String id : byActor.keySet()) {
      OptionalInt a = t.chain.indexOf(id);
      if (a.isEmpty() || !t.orders(a.getAsInt())) {
        throw new IllegalArgumentException("policy actor must be an actor of the chain that orders goods but was '"
            + id + "' (" + (a.isEmpty() ? "unknown actor" : "it has no goods suppliers or customers") + ")");
      }
    }
    Map<Role, OrderingPolicy> byRole = scenario.rolePolicies();
    for (int a = 0; a < t.n; a++) {
      if (!t.orders(a)) {
        continue;
      }
      OrderingPolicy policy = byActor.get(t.chain.id(a));
      if (policy == null) {
        policy = byRole.getOrDefault(t.chain.role(a), scenario.defaultPolicy());
      }
      start(policy, a, 0);
    }
  }

  /** Starts (or restarts) the rule of actor {@code a} from a policy at a tick. */
  void start(OrderingPolicy policy, int a, int tick) {
    view.actor = a;
    view.tick = tick;
    OrderRule rule = policy.start(view);
    if (rule == null) {
      throw new IllegalStateException("policy must start a rule but returned null (actor " + t.chain.id(a) + ")");
    }
    rules[a] = rule;
    flat[2 * a] = Policies.smoothingOf(policy);
    flat[2 * a + 1] = Double.NaN;
  }

  /**
   * Step 8 for actor {@code a} whose rule is flat ({@link #flat}): the order-up-to rule with exponential smoothing
   * constant {@code alpha} and {@code z = 0}, the same operations in the same order as the rule object would do
   * them ({@link Policies#orderUpTo(Forecast)}, {@link Forecaster}), so the same numbers.
   */
  double smoothedOrder(int a, double alpha, RuleView actor) {
    return smoothedOrder(a, alpha, actor.demandSignal(), actor.leadTime(), actor.inventoryPosition(), actor);
  }

  /**
   * {@link #smoothedOrder(int, double, RuleView)} from the numbers the view would give, for a turn that holds them
   * already ({@link PlainTurn}); {@code actor} names the actor and tick if a number is not finite.
   */
  double smoothedOrder(int a, double alpha, double signal, int leadTime, double position, ActorView actor) {
    Policies.finite("demand signal", signal, actor);
    int i = 2 * a + 1;
    double value = flat[i];
    value = value != value ? signal : alpha * signal + (1 - alpha) * value;
    flat[i] = value;
    double level = leadTime * value;
    return level - Policies.finite("inventory position", position, actor);
  }
}
