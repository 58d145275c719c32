package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A discrete distribution of shipping lead times for a goods flow: each shipment on the flow draws its
 * own lead time {@code l >= 1} in ticks, {@code P(l = ticks_i) = probabilities_i}, on the flow's own random stream
 * ({@code "leadtime/<seller>-><buyer>"}), so adding one never shifts another stream.
 *
 * <p>Where it acts in the tick ({@link Simulation}): a shipment made at step 5 of tick {@code s} with a drawn lead
 * time {@code l} arrives at step 2 of tick {@code s + l} (counting only ticks when the link is up, as with a fixed
 * lead time). Shipments <em>may overtake each other</em>: the goods in transit are kept in a ring indexed by arrival
 * tick, so a later shipment that draws a shorter lead time arrives first, and two shipments due the same tick arrive
 * together. Conservation stays exact (shipped = received + in transit, the ring included). Ordering rules still see
 * the flow's nominal lead time ({@link ActorView#leadTime()}: the chain's {@code GoodsTerms.leadTime}); set it to
 * the lead time the policy should plan for (for example the mean, rounded up).
 *
 * <p>Immutable value with value-based equality; sampling is by inversion of the cumulative probabilities, O(support).
 */
public final class RandomLeadTime {
  private final int[] ticks;
  private final double[] cumulative;
  private final List<Integer> tickList;
  private final List<Double> probabilityList;

  private RandomLeadTime(int[] ticks, double[] probabilities) {
    this.ticks = ticks.clone();
    this.cumulative = new double[ticks.length];
    List<Integer> ts = new ArrayList<>();
    List<Double> ps = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < ticks.length; i++) {
      Preconditions.positive("lead time", ticks[i]);
      if (i > 0 && ticks[i] <= ticks[i - 1]) {
        throw new IllegalArgumentException("lead times must be increasing but was " + ticks[i] + " after "
            + ticks[i - 1]);
      }
      Preconditions.nonNegativeFinite("lead-time probability", probabilities[i]);
      sum += probabilities[i];
      cumulative[i] = sum;
      ts.add(ticks[i]);
      ps.add(probabilities[i]);
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("lead-time probabilities must sum to 1 but summed to " + sum);
    }
    cumulative[ticks.length - 1] = 1;
    this.tickList = Collections.unmodifiableList(ts);
    this.probabilityList = Collections.unmodifiableList(ps);
  }

  /**
   * Returns the distribution taking lead time {@code ticks[i]} with probability {@code probabilities[i]}.
   *
   * @param ticks the lead times, increasing, each at least 1; at least one
   * @param probabilities their probabilities, non-negative, summing to 1 (within 1e-9)
   * @return the distribution
   */
  public static RandomLeadTime of(int[] ticks, double[] probabilities) {
    Objects.requireNonNull(ticks, "ticks");
    Objects.requireNonNull(probabilities, "probabilities");
    if (ticks.length == 0 || ticks.length != probabilities.length) {
      throw new IllegalArgumentException("lead times and probabilities must be non-empty and of equal length but "
          + "were " + ticks.length + " and " + probabilities.length);
    }
    return new RandomLeadTime(ticks, probabilities);
  }

  /**
   * Returns the uniform distribution on the lead times {@code min, ..., max}.
   *
   * @param min the shortest lead time, at least 1
   * @param max the longest, at least {@code min}
   * @return the distribution
   */
  public static RandomLeadTime uniform(int min, int max) {
    Preconditions.positive("shortest lead time", min);
    Preconditions.atLeast("longest lead time", max, min);
    int[] ts = new int[max - min + 1];
    double[] ps = new double[ts.length];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = min + i;
      ps[i] = 1.0 / ts.length;
    }
    return new RandomLeadTime(ts, ps);
  }

  /** {@return the lead times, increasing} */
  public List<Integer> ticks() {
    return tickList;
  }

  /** {@return the probability of each lead time} */
  public List<Double> probabilities() {
    return probabilityList;
  }

  /** {@return the longest lead time} */
  public int max() {
    return ticks[ticks.length - 1];
  }

  /** {@return the mean lead time, in ticks} */
  public double mean() {
    double m = 0;
    for (int i = 0; i < ticks.length; i++) {
      m += ticks[i] * probabilityList.get(i);
    }
    return m;
  }

  /** Returns the lead time for a uniform number {@code u} in [0, 1). */
  int draw(double u) {
    int i = 0;
    while (u >= cumulative[i]) {
      i++;
    }
    return ticks[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RandomLeadTime r && tickList.equals(r.tickList) && probabilityList.equals(r.probabilityList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tickList, probabilityList);
  }

  @Override
  public String toString() {
    return "RandomLeadTime{" + tickList + ", " + probabilityList + "}";
  }
}
