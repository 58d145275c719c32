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

  Rules(Topology t, RunState state) {
    this.t = t;
    this.view = new RuleView(t, state);
    this.rules = new OrderRule[t.n];
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
  }
}
