package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Limits;
import java.util.Objects;

/**
 * Something scheduled to happen during a run, applied at step 1 of a tick (docs/design.md §3). Windowed events act on the
 * ticks {@code from <= t < to}; point events act from tick {@code at} on. Events are immutable values made by the
 * static factories; actor and flow ids are resolved against the chain when a run starts.
 *
 * <p><b>Composition.</b> The state at a tick depends only on which events are active at that tick, never on how
 * many started or ended before it, so overlapping events never count twice:
 * <ul>
 *   <li>an actor's capacity is its {@link io.valueloop.model.Actor#capacity()} times the product of the factors of
 *       its active {@linkplain #capacityShock capacity shocks}, and zero while any {@linkplain #actorOutage outage}
 *       of it is active;</li>
 *   <li>a segment's demand is the demand drawn from its process times the product of the factors of its active
 *       {@linkplain #demandShock demand shocks} (the random draws themselves are unchanged, so scenarios with and
 *       without a shock keep common random numbers);</li>
 *   <li>a goods flow is paused while any {@linkplain #linkOutage link outage} of it is active;</li>
 *   <li>{@linkplain #priceChange price changes} and {@linkplain #policyChange policy changes} of the same target
 *       at the same tick are applied in the order of the scenario's event list, so the last one wins.</li>
 * </ul>
 */
public sealed interface Event
    permits Event.ActorOutage, Event.LinkOutage, Event.CapacityShock, Event.DemandShock, Event.PriceChange,
        Event.PolicyChange {

  /** {@return the first tick at which this event acts} */
  int from();

  /**
   * Returns an outage of an actor: its capacity is zero for the ticks {@code from <= t < to}, so it ships nothing
   * (and, as a source, releases nothing to production); goods and orders still arrive.
   *
   * @param actorId the actor's id
   * @param from the first tick, non-negative
   * @param to the tick after the last, greater than {@code from}
   * @return the event
   */
  static ActorOutage actorOutage(String actorId, int from, int to) {
    return new ActorOutage(actorId, from, to);
  }

  /**
   * Returns an outage of the goods flow from a seller to a buyer for the ticks {@code from <= t < to}: the seller
   * ships nothing over it (what the buyer ordered stays owed), and goods in transit are held where they are,
   * resuming their journey when the outage ends (the shipping lead time counts only ticks when the link is up).
   * Orders still travel.
   *
   * @param sellerId the id of the goods flow's source
   * @param buyerId the id of the goods flow's target
   * @param from the first tick, non-negative
   * @param to the tick after the last, greater than {@code from}
   * @return the event
   */
  static LinkOutage linkOutage(String sellerId, String buyerId, int from, int to) {
    return new LinkOutage(sellerId, buyerId, from, to);
  }

  /**
   * Returns a capacity shock: the actor's capacity is multiplied by {@code factor} for the ticks
   * {@code from <= t < to}.
   *
   * @param actorId the actor's id
   * @param from the first tick, non-negative
   * @param to the tick after the last, greater than {@code from}
   * @param factor the multiplier, in {@code [0, }{@link Limits#MAX_SHOCK_FACTOR}{@code ]}
   * @return the event
   */
  static CapacityShock capacityShock(String actorId, int from, int to, double factor) {
    return new CapacityShock(actorId, from, to, factor);
  }

  /**
   * Returns a demand shock: the demand of a consumer segment is multiplied by {@code factor} for the ticks
   * {@code from <= t < to}.
   *
   * @param segmentId the consumer segment's id
   * @param from the first tick, non-negative
   * @param to the tick after the last, greater than {@code from}
   * @param factor the multiplier, in {@code [0, }{@link Limits#MAX_SHOCK_FACTOR}{@code ]}
   * @return the event
   */
  static DemandShock demandShock(String segmentId, int from, int to, double factor) {
    return new DemandShock(segmentId, from, to, factor);
  }

  /**
   * Returns a price change: from tick {@code at} on, the goods flow from the seller to the buyer is paid at
   * {@code price} per unit (if it is paid at all).
   *
   * @param sellerId the id of the goods flow's source
   * @param buyerId the id of the goods flow's target
   * @param at the first tick of the new price, non-negative
   * @param price the new price per unit, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the event
   */
  static PriceChange priceChange(String sellerId, String buyerId, int at, double price) {
    return new PriceChange(sellerId, buyerId, at, price);
  }

  /**
   * Returns a policy change: from tick {@code at} on, the actor follows a fresh rule started from {@code policy}
   * at step 1 of that tick (so the rule's start sees the state at the end of the previous tick).
   *
   * @param actorId the actor's id
   * @param at the first tick of the new policy, non-negative
   * @param policy the new policy
   * @return the event
   */
  static PolicyChange policyChange(String actorId, int at, OrderingPolicy policy) {
    return new PolicyChange(actorId, at, policy);
  }

  /**
   * An actor outage; see {@link Event#actorOutage(String, int, int)}.
   *
   * @param actorId the actor's id
   * @param from the first tick
   * @param to the tick after the last
   */
  record ActorOutage(String actorId, int from, int to) implements Event {
    /**
     * Validates the event.
     *
     * @param actorId the actor's id
     * @param from the first tick
     * @param to the tick after the last
     */
    public ActorOutage {
      Preconditions.nonBlank("actorId", actorId);
      Preconditions.nonNegative("event start tick", from);
      Preconditions.check(to > from, "event end tick", "greater than the start tick " + from, to, "");
    }
  }

  /**
   * A link outage; see {@link Event#linkOutage(String, String, int, int)}.
   *
   * @param sellerId the goods flow's source
   * @param buyerId the goods flow's target
   * @param from the first tick
   * @param to the tick after the last
   */
  record LinkOutage(String sellerId, String buyerId, int from, int to) implements Event {
    /**
     * Validates the event.
     *
     * @param sellerId the goods flow's source
     * @param buyerId the goods flow's target
     * @param from the first tick
     * @param to the tick after the last
     */
    public LinkOutage {
      Preconditions.nonBlank("sellerId", sellerId);
      Preconditions.nonBlank("buyerId", buyerId);
      Preconditions.nonNegative("event start tick", from);
      Preconditions.check(to > from, "event end tick", "greater than the start tick " + from, to, "");
    }
  }

  /**
   * A capacity shock; see {@link Event#capacityShock(String, int, int, double)}.
   *
   * @param actorId the actor's id
   * @param from the first tick
   * @param to the tick after the last
   * @param factor the capacity multiplier
   */
  record CapacityShock(String actorId, int from, int to, double factor) implements Event {
    /**
     * Validates the event.
     *
     * @param actorId the actor's id
     * @param from the first tick
     * @param to the tick after the last
     * @param factor the capacity multiplier
     */
    public CapacityShock {
      Preconditions.nonBlank("actorId", actorId);
      Preconditions.nonNegative("event start tick", from);
      Preconditions.check(to > from, "event end tick", "greater than the start tick " + from, to, "");
      Preconditions.nonNegativeAtMost("capacity shock factor", factor, Limits.MAX_SHOCK_FACTOR, actorId);
    }
  }

  /**
   * A demand shock; see {@link Event#demandShock(String, int, int, double)}.
   *
   * @param segmentId the consumer segment's id
   * @param from the first tick
   * @param to the tick after the last
   * @param factor the demand multiplier
   */
  record DemandShock(String segmentId, int from, int to, double factor) implements Event {
    /**
     * Validates the event.
     *
     * @param segmentId the consumer segment's id
     * @param from the first tick
     * @param to the tick after the last
     * @param factor the demand multiplier
     */
    public DemandShock {
      Preconditions.nonBlank("segmentId", segmentId);
      Preconditions.nonNegative("event start tick", from);
      Preconditions.check(to > from, "event end tick", "greater than the start tick " + from, to, "");
      Preconditions.nonNegativeAtMost("demand shock factor", factor, Limits.MAX_SHOCK_FACTOR, segmentId);
    }
  }

  /**
   * A price change; see {@link Event#priceChange(String, String, int, double)}.
   *
   * @param sellerId the goods flow's source
   * @param buyerId the goods flow's target
   * @param from the first tick of the new price
   * @param price the new price per unit
   */
  record PriceChange(String sellerId, String buyerId, int from, double price) implements Event {
    /**
     * Validates the event.
     *
     * @param sellerId the goods flow's source
     * @param buyerId the goods flow's target
     * @param from the first tick of the new price
     * @param price the new price per unit
     */
    public PriceChange {
      Preconditions.nonBlank("sellerId", sellerId);
      Preconditions.nonBlank("buyerId", buyerId);
      Preconditions.nonNegative("price change tick", from);
      Preconditions.nonNegativeAtMost("price", price, Limits.MAX_AMOUNT, sellerId + "->" + buyerId);
    }
  }

  /**
   * A policy change; see {@link Event#policyChange(String, int, OrderingPolicy)}.
   *
   * @param actorId the actor's id
   * @param from the first tick of the new policy
   * @param policy the new policy
   */
  record PolicyChange(String actorId, int from, OrderingPolicy policy) implements Event {
    /**
     * Validates the event.
     *
     * @param actorId the actor's id
     * @param from the first tick of the new policy
     * @param policy the new policy
     */
    public PolicyChange {
      Preconditions.nonBlank("actorId", actorId);
      Preconditions.nonNegative("policy change tick", from);
      Objects.requireNonNull(policy, "policy");
    }
  }
}
