package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.List;
import java.util.Objects;

/**
 * Churn of active businesses (b or B; docs/design.md §3, role dynamics): each listed actor, while active, leaves at
 * a constant hazard, or when its profit stays below a floor over a window of ticks, or either.
 *
 * <p><b>When.</b> At step 1 of tick {@code t}, after the conversions and adoptions of that step: first the
 * profit test — an actor active over each of the last {@code w} ticks whose mean profit per tick over them
 * (revenue − cost, fees and leaver settlements included, as in the ledger) is below the threshold leaves; then the
 * hazard — of the actors still active, Binomial(active, δ) leave, chosen uniformly, on the random stream {@code
 * "churn/" + firstActorId}. A convert (a seat of a {@link Conversion}) that leaves frees its seat, which a later
 * convert may take; a business that leaves does not come back.
 *
 * <p><b>What follows.</b> The leaver's customers' demand returns to their remaining sellers of the same input, in
 * proportion to their shares in the chain (after the converts' takeover shares); a buyer left with no active
 * seller of an input orders none of it. Service fees to and from the leaver stop. Its stock is settled by the
 * {@link Leaving} rule.
 *
 * <p>Immutable value.
 */
public final class Churn {
  private final List<String> actorIds;
  private final double hazard;
  private final int window;
  private final double threshold;
  private final Leaving leaving;

  private Churn(List<String> actorIds, double hazard, int window, double threshold, Leaving leaving) {
    this.actorIds = actorIds;
    this.hazard = hazard;
    this.window = window;
    this.threshold = threshold;
    this.leaving = leaving;
  }

  /**
   * Returns churn of the given actors, with no hazard, no profit floor and the {@link Leaving#keep()} rule yet.
   *
   * @param actorIds the actors' ids (businesses that order goods), at least one, distinct
   * @return the churn
   * @throws IllegalArgumentException if no id is given, or an id is blank or repeated
   */
  public static Churn of(List<String> actorIds) {
    Preconditions.positive("number of churning actors", actorIds.size());
    for (String id : actorIds) {
      Preconditions.nonBlank("churning actor id", id);
    }
    if (actorIds.stream().distinct().count() != actorIds.size()) {
      throw new IllegalArgumentException("churning actor ids must be distinct but were " + actorIds + " (churn)");
    }
    return new Churn(List.copyOf(actorIds), 0, 0, 0, Leaving.keep());
  }

  /**
   * Returns this churn with a constant hazard.
   *
   * @param delta the probability that an active actor leaves in a tick, in {@code [0, 1]}
   * @return the churn
   * @throws IllegalArgumentException if delta is out of range
   */
  public Churn withHazard(double delta) {
    Preconditions.inClosed("churn hazard", delta, 0, 1, "churn of " + actorIds.get(0));
    return new Churn(actorIds, delta, window, threshold, leaving);
  }

  /**
   * Returns this churn with a profit floor: an actor leaves when its mean profit per tick over the last {@code
   * window} ticks, all of them active, is below {@code threshold}.
   *
   * @param window the window in ticks, positive
   * @param threshold the floor, in currency units per tick, finite
   * @return the churn
   * @throws IllegalArgumentException if the window is not positive or the threshold not finite
   */
  public Churn withProfitFloor(int window, double threshold) {
    Preconditions.positive("profit window", window, "churn of " + actorIds.get(0));
    Preconditions.finite("profit threshold", threshold, "churn of " + actorIds.get(0));
    return new Churn(actorIds, hazard, window, threshold, leaving);
  }

  /**
   * Returns this churn with the rule that settles a leaver's stock.
   *
   * @param rule the rule
   * @return the churn
   */
  public Churn withLeaving(Leaving rule) {
    return new Churn(actorIds, hazard, window, threshold, Objects.requireNonNull(rule, "leaving"));
  }

  /** {@return the churning actors' ids, in order} */
  public List<String> actorIds() {
    return actorIds;
  }

  /** {@return the hazard per tick (0 when only the profit floor acts)} */
  public double hazard() {
    return hazard;
  }

  /** {@return the profit window in ticks, 0 when there is no profit floor} */
  public int window() {
    return window;
  }

  /** {@return the profit floor per tick (meaningful when {@link #window()} is positive)} */
  public double threshold() {
    return threshold;
  }

  /** {@return the rule that settles a leaver's stock} */
  public Leaving leaving() {
    return leaving;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Churn c && actorIds.equals(c.actorIds) && Double.compare(hazard, c.hazard) == 0
        && window == c.window && Double.compare(threshold, c.threshold) == 0 && leaving.equals(c.leaving);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actorIds, hazard, window, threshold, leaving);
  }

  @Override
  public String toString() {
    return "Churn{" + actorIds.size() + " actors from " + actorIds.get(0) + ", hazard=" + hazard
        + (window > 0 ? ", profit below " + threshold + " over " + window + " ticks" : "") + ", " + leaving + "}";
  }
}
