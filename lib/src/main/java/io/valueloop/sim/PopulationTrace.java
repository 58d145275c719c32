package io.valueloop.sim;

import io.valueloop.model.Role;

/**
 * The population of one segment's role dynamics over a run ({@link Conversion}): per tick, from tick 0 (warm-up
 * included), the converts seated, the leavers and the active b at the end of step 1. Immutable.
 */
public final class PopulationTrace {
  private final Conversion conversion;
  private final Role role;
  private final int[] converts;
  private final int[] leavers;
  private final int[] active;

  PopulationTrace(Conversion conversion, Role role, int[] converts, int[] leavers, int[] active) {
    this.conversion = conversion;
    this.role = role;
    this.converts = converts.clone();
    this.leavers = leavers.clone();
    this.active = active.clone();
  }

  /** {@return the conversion this trace follows} */
  public Conversion conversion() {
    return conversion;
  }

  /** {@return the role of the candidate seats (the role converts play)} */
  public Role role() {
    return role;
  }

  /**
   * Returns the dormant seats after the changes of a tick: candidates that hold no active b.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the number of dormant seats
   */
  public int dormant(int tick) {
    return conversion.candidates().size() - active[tick];
  }

  /** {@return the number of ticks traced} */
  public int ticks() {
    return active.length;
  }

  /**
   * Returns the converts seated at a tick.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the number of potential sellers that became active b at the tick
   */
  public int converts(int tick) {
    return converts[tick];
  }

  /**
   * Returns the leavers at a tick.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the number of active b that left at the tick
   */
  public int leavers(int tick) {
    return leavers[tick];
  }

  /**
   * Returns the active b after the changes of a tick.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the number of active b
   */
  public int active(int tick) {
    return active[tick];
  }

  /**
   * Returns the cumulative share converted after a tick: {@code F(tick + 1)}, converts up to and including the
   * tick over the pool.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the share of the pool converted so far, in {@code [0, 1]}
   */
  public double convertedShare(int tick) {
    long sum = 0;
    for (int i = 0; i <= tick; i++) {
      sum += converts[i];
    }
    return (double) sum / conversion.pool();
  }

  /**
   * Returns the mean number of active b over a window of ticks.
   *
   * @param from the first tick, in {@code [0, ticks())}
   * @param to the tick after the last, in {@code (from, ticks()]}
   * @return the mean
   */
  public double meanActive(int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += active[i];
    }
    return sum / (to - from);
  }

  @Override
  public String toString() {
    int last = active.length - 1;
    return "PopulationTrace{" + conversion.segmentId() + ", ticks=" + active.length + ", active at end="
        + active[last] + ", converted=" + convertedShare(last) + "}";
  }
}
