package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A random failure process of an actor or of a goods link: the target alternates between up and down,
 * starting up at tick 0; each up spell lasts a time to failure and each down spell a time to repair, drawn from
 * stated {@link Duration distributions}. While an actor is down it is in an {@linkplain Event#actorOutage outage}
 * (capacity zero: it ships and releases nothing; goods and orders still arrive); while a link is down it is in a
 * {@linkplain Event#linkOutage link outage} (nothing is shipped over it and goods in transit on it are held, their
 * shipping clock paused). A fault of an actor may also destroy a stated fraction of its on-hand stock of its own
 * product at the tick it fails.
 *
 * <p>Where it acts in the tick ({@link Simulation}): step 1. The down spells are drawn when the run is set up, on the
 * fault's own random stream ({@code "fault/actor/<id>"} or {@code "fault/link/<seller>-><buyer>"}, with {@code "#k"}
 * appended for the k-th further fault of the same target), so adding a fault never shifts the demand or any other
 * stream, and become outage events that compose with the scenario's own events as {@link Event} describes.
 *
 * <p>With geometric times, failure probability {@code p} and repair probability {@code r} per tick, the state is the
 * two-state Markov chain that at each tick fails with probability {@code p} when up and is repaired with
 * probability {@code r} when down; over a long run it is up a fraction {@code r / (p + r)} of the ticks.
 *
 * <p>Cost: the spells are drawn at set-up, O(spells), and held as outage events (about 100 bytes per down spell,
 * some {@code ticks · p·r / (p + r)} per geometric fault); per tick they cost what events cost.
 *
 * <p>Immutable value with value-based equality.
 */
public final class Fault {
  private final String actorId;
  private final String buyerId;
  private final Duration timeToFailure;
  private final Duration timeToRepair;
  private final double destroyedFraction;

  private Fault(String actorId, String buyerId, Duration timeToFailure, Duration timeToRepair,
      double destroyedFraction) {
    this.actorId = actorId;
    this.buyerId = buyerId;
    this.timeToFailure = Objects.requireNonNull(timeToFailure, "timeToFailure");
    this.timeToRepair = Objects.requireNonNull(timeToRepair, "timeToRepair");
    this.destroyedFraction = destroyedFraction;
  }

  /**
   * Returns a failure process of an actor.
   *
   * @param actorId the actor's id, non-blank
   * @param timeToFailure the length of each up spell
   * @param timeToRepair the length of each down spell
   * @return the fault, destroying no stock
   */
  public static Fault actor(String actorId, Duration timeToFailure, Duration timeToRepair) {
    return new Fault(id("fault actorId", actorId), null, timeToFailure, timeToRepair, 0);
  }

  /**
   * Returns a failure process of the goods flow from a seller to a buyer.
   *
   * @param sellerId the id of the flow's source, non-blank
   * @param buyerId the id of the flow's target, non-blank
   * @param timeToFailure the length of each up spell
   * @param timeToRepair the length of each down spell
   * @return the fault
   */
  public static Fault link(String sellerId, String buyerId, Duration timeToFailure, Duration timeToRepair) {
    return new Fault(id("fault sellerId", sellerId), id("fault buyerId", buyerId), timeToFailure,
        timeToRepair, 0);
  }

  /**
   * Returns this actor fault destroying a fraction of the actor's on-hand stock (of its own product; inputs held
   * are spared) at step 1 of each tick at which it fails. Destroyed stock leaves the chain: the conservation check
   * counts it ({@code on-hand change = made − shipped − destroyed}).
   *
   * @param fraction the fraction destroyed, in [0, 1]
   * @return the fault
   * @throws IllegalArgumentException for a link fault or a fraction outside [0, 1]
   */
  public Fault destroying(double fraction) {
    if (buyerId != null) {
      throw new IllegalArgumentException("destroyed fraction must be set on an actor fault but was set on the link "
          + actorId + "->" + buyerId);
    }
    return new Fault(actorId, null, timeToFailure, timeToRepair, Preconditions.inClosed(
        "destroyed fraction", fraction, 0, 1));
  }

  private static String id(String what, String id) {
    Preconditions.nonBlank(what, id);
    return id;
  }

  /** {@return the id of the actor, or of the link's seller} */
  public String actorId() {
    return actorId;
  }

  /** {@return the id of the link's buyer, empty for an actor fault} */
  public Optional<String> buyerId() {
    return Optional.ofNullable(buyerId);
  }

  /** {@return the distribution of the length of an up spell} */
  public Duration timeToFailure() {
    return timeToFailure;
  }

  /** {@return the distribution of the length of a down spell} */
  public Duration timeToRepair() {
    return timeToRepair;
  }

  /** {@return the fraction of on-hand stock destroyed when the actor fails, 0 by default} */
  public double destroyedFraction() {
    return destroyedFraction;
  }

  /** {@return the name of the fault's target in its random stream, {@code actor/<id>} or {@code link/<s>-><b>}} */
  String target() {
    return buyerId == null ? "actor/" + actorId : "link/" + actorId + "->" + buyerId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f && actorId.equals(f.actorId) && Objects.equals(buyerId, f.buyerId)
        && timeToFailure.equals(f.timeToFailure) && timeToRepair.equals(f.timeToRepair)
        && Double.compare(destroyedFraction, f.destroyedFraction) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(actorId, buyerId, timeToFailure, timeToRepair, destroyedFraction);
  }

  @Override
  public String toString() {
    return "Fault{" + target() + ", up " + timeToFailure + ", down " + timeToRepair
        + (destroyedFraction > 0 ? ", destroying " + destroyedFraction : "") + "}";
  }

  /**
   * The distribution of a spell's length in whole ticks, at least 1: geometric (a constant probability per tick of
   * ending the spell) or fixed.
   *
   * @param probability for a geometric spell, the probability per tick that it ends, in (0, 1]; NaN when fixed
   * @param ticks for a fixed spell, its length; 0 when geometric
   */
  public record Duration(double probability, int ticks) {

    /**
     * Validates the distribution.
     *
     * @param probability for a geometric spell, the probability per tick that it ends; NaN when fixed
     * @param ticks for a fixed spell, its length; 0 when geometric
     */
    public Duration {
      if (ticks == 0) {
        if (!(probability > 0 && probability <= 1)) {
          throw new IllegalArgumentException("spell-ending probability must be in (0, 1] but was " + probability);
        }
      } else {
        Preconditions.positive("spell length", ticks);
        if (!Double.isNaN(probability)) {
          throw new IllegalArgumentException("fixed spell probability must be NaN but was " + probability);
        }
      }
    }

    /**
     * Returns a geometric spell: it ends at each tick with probability {@code p}, so it lasts {@code k >= 1} ticks
     * with probability {@code p (1 − p)^(k−1)}, {@code 1/p} ticks on average.
     *
     * @param probability the probability per tick {@code p}, in (0, 1]
     * @return the distribution
     */
    public static Duration geometric(double probability) {
      return new Duration(probability, 0);
    }

    /**
     * Returns a spell of fixed length.
     *
     * @param ticks the length in ticks, positive
     * @return the distribution
     */
    public static Duration fixed(int ticks) {
      return new Duration(Double.NaN, ticks);
    }

    /** {@return the mean length in ticks} */
    public double mean() {
      return ticks == 0 ? 1 / probability : ticks;
    }

    /**
     * Draws a length by inversion, {@code 1 + floor(ln(1 − u) / ln(1 − p))} for a geometric spell, capped at
     * {@code cap}.
     */
    long draw(RandomGenerator random, long cap) {
      if (ticks > 0) {
        return ticks;
      }
      if (probability == 1) {
        return 1;
      }
      double k = Math.floor(Math.log1p(-random.nextDouble()) / Math.log1p(-probability));
      return k >= cap ? cap : 1 + (long) k;
    }

    @Override
    public String toString() {
      return ticks == 0 ? "geometric(" + probability + ")" : "fixed(" + ticks + ")";
    }
  }
}
