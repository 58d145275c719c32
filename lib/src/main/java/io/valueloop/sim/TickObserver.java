package io.valueloop.sim;

/**
 * Called by the simulation at the end of every tick (step 9 of docs/design.md §3), after every actor has acted, with a
 * read-only view of the state. Observers must not keep the view beyond the call.
 */
@FunctionalInterface
public interface TickObserver {

  /**
   * Observes the end of one tick.
   *
   * @param view the state at the end of the tick, valid during this call only
   */
  void afterTick(TickView view);
}
