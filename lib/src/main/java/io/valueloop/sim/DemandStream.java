package io.valueloop.sim;

/** The demand of one consumer segment in one run, drawn tick by tick. Created by a {@link DemandProcess}. */
@FunctionalInterface
public interface DemandStream {

  /**
   * Draws the demand of a tick (step 3); called once per tick with increasing ticks.
   *
   * @param tick the tick, counted from 0
   * @return the demand, in units per tick; non-negative and finite
   */
  double next(int tick);
}
