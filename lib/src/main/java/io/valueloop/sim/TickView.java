package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;

/**
 * A read-only view of a whole simulation at the end of a tick (step 9 of docs/design.md §3), passed to a
 * {@link TickObserver}. Actors are addressed by compiled index ({@link CompiledChain#indexOf(String)}).
 *
 * <p>A view is valid only during the call it is passed to; the simulation reuses one object for every tick.
 */
public interface TickView {

  /** {@return the tick that just ended, counted from 0} */
  int tick();

  /** {@return the compiled chain being simulated} */
  CompiledChain chain();

  /**
   * Returns one quantity of one actor at the end of this tick.
   *
   * @param series the quantity
   * @param actor a compiled actor index
   * @return the value, as documented by {@link Series}
   */
  double value(Series series, int actor);
}
