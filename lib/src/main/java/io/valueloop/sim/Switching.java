package io.valueloop.sim;

import io.valueloop.internal.Preconditions;

/**
 * When a buyer under {@link SourcingRule#PRIMARY_BACKUP} leaves its primary supplier and when it returns
 * (docs/design.md §3, "sourcing rules"). The primary of an input is its supplier with the largest share (ties: the
 * lower flow index). At step 8 of each tick the buyer looks at the primary as the primary left the tick before:
 * it is <em>failing</em> when it is down (its link in an outage or its capacity zero) or when its fill rate over
 * the last {@code window} ticks is below {@code threshold}, the fill rate being Σ shipped / Σ (shipped + still owed)
 * of the primary's records at the end of those ticks (the share of what it had to serve that it served; a tick
 * in which it owed nothing counts as fully served). A failing primary sends the buyer to its backup (the supplier
 * with the next largest share that is up); the buyer returns once the primary has not been failing for
 * {@code recovery} ticks in a row. {@link #onOutage()}, the default, is the rule without memory: the primary while
 * it is up, the backup while it is down. Deterministic: the state is the window and a counter per input of the
 * buyer.
 *
 * <p>Immutable value with value-based equality.
 *
 * @param threshold the fill rate below which the primary is failing, in [0, 1]; 0 switches on outages only
 * @param window the ticks of the fill-rate window, at least 1
 * @param recovery the ticks in a row the primary must not be failing before the buyer returns, at least 0
 */
public record Switching(double threshold, int window, int recovery) {
  private static final Switching ON_OUTAGE = new Switching(0, 1, 0);

  /**
   * Validates the parameters.
   *
   * @param threshold the fill rate below which the primary is failing, in [0, 1]
   * @param window the ticks of the fill-rate window, in [1, 2^20]
   * @param recovery the ticks in a row the primary must not be failing before the buyer returns, at least 0
   */
  public Switching {
    Preconditions.inClosed("switching threshold", threshold, 0, 1);
    Preconditions.check(window >= 1 && window <= 1 << 20, "switching window", "in [1, 2^20] ticks", window,
        "switching");
    Preconditions.nonNegative("switching recovery", recovery, "switching");
  }

  /** {@return the rule without memory: the backup exactly while the primary is down (the default)} */
  public static Switching onOutage() {
    return ON_OUTAGE;
  }

  /**
   * Returns the rule that also switches on poor service.
   *
   * @param threshold the fill rate below which the primary is failing, in [0, 1]
   * @param window the ticks of the fill-rate window, at least 1
   * @param recovery the ticks in a row the primary must not be failing before the buyer returns, at least 0
   * @return the rule
   */
  public static Switching of(double threshold, int window, int recovery) {
    return new Switching(threshold, window, recovery);
  }
}
