package io.valueloop.sim;

/**
 * The decision of one actor in one run: how much to order this tick. Created by an {@link OrderingPolicy} at the
 * start of a run, so it may keep state (a forecast, a ring buffer of past demand) across ticks.
 */
@FunctionalInterface
public interface OrderRule {

  /**
   * Decides this tick's order, in units of the actor's own product (called at step 8 of every tick).
   *
   * @param actor the actor's state this tick
   * @return the order quantity; a negative value is cut to zero unless the simulation allows negative orders,
   *     and NaN is an error
   */
  double order(ActorView actor);
}
