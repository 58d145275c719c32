package io.valueloop.sim;

import java.util.Objects;

/**
 * How an actor decides its orders: an immutable specification that creates a fresh {@link OrderRule} for each actor
 * at the start of each run, so that one policy can serve many actors, many runs and many threads.
 *
 * <p>A custom stateless policy is a lambda:
 * {@code OrderingPolicy.of(actor -> Math.max(0, 20 - actor.inventoryPosition()))}.
 */
@FunctionalInterface
public interface OrderingPolicy {

  /**
   * Creates the rule one actor follows in one run.
   *
   * @param actor the actor's state at the start of the run (tick 0, before anything happened)
   * @return a new rule; stateless policies may return the same rule every time
   */
  OrderRule start(ActorView actor);

  /**
   * Returns a policy that applies one stateless rule to every actor.
   *
   * @param rule the rule
   * @return the policy
   */
  static OrderingPolicy of(OrderRule rule) {
    Objects.requireNonNull(rule, "rule");
    return actor -> rule;
  }
}
