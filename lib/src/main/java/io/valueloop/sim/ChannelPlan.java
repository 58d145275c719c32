package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The channels of a scenario (docs/design.md §3, "channels"): which businesses sell offline and online
 * ({@link ChannelSetup}), and what share of each consumer segment's demand is ordered online — a default, a share
 * per segment, and changes of a segment's share from a tick on (applied at step 1, after the scheduled events).
 * A segment orders from each business it buys from as before; the online share of the orders that reach a business
 * with channels (step 4) is its online demand, the rest its offline demand. Shares do not matter for a business
 * without channels.
 *
 * <p>Immutable value with value-based equality; built with {@link #builder()}.
 */
public final class ChannelPlan {
  private static final ChannelPlan NONE = new Builder().build();

  private final Map<String, ChannelSetup> businesses;
  private final double defaultShare;
  private final Map<String, Double> shares;
  private final List<ShareChange> changes;

  private ChannelPlan(Builder b) {
    this.businesses = Collections.unmodifiableMap(new LinkedHashMap<>(b.businesses));
    this.defaultShare = b.defaultShare;
    this.shares = Collections.unmodifiableMap(new LinkedHashMap<>(b.shares));
    this.changes = List.copyOf(b.changes);
  }

  /** {@return the plan without channels} */
  public static ChannelPlan none() {
    return NONE;
  }

  /** {@return a builder of a plan} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the channels of each business by id, in the order set} */
  public Map<String, ChannelSetup> businesses() {
    return businesses;
  }

  /** {@return the online share of segments without their own, in [0, 1]} */
  public double defaultShare() {
    return defaultShare;
  }

  /** {@return the online share per segment id, in the order set} */
  public Map<String, Double> shares() {
    return shares;
  }

  /** {@return the changes of segments' online shares, in the order added} */
  public List<ShareChange> changes() {
    return changes;
  }

  /** {@return whether no business sells through channels} */
  public boolean isEmpty() {
    return businesses.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChannelPlan p && businesses.equals(p.businesses) && defaultShare == p.defaultShare
        && shares.equals(p.shares) && changes.equals(p.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(businesses, defaultShare, shares, changes);
  }

  @Override
  public String toString() {
    return "ChannelPlan{businesses=" + businesses + ", defaultShare=" + defaultShare + ", shares=" + shares
        + ", changes=" + changes + "}";
  }

  /**
   * A segment's online share from a tick on: an event of the channels, applied at step 1 of that tick.
   *
   * @param tick the tick from which the share holds, at least 0
   * @param segmentId the consumer segment's id
   * @param share the online share, in [0, 1]
   */
  public record ShareChange(int tick, String segmentId, double share) {
    /**
     * Validates the change.
     *
     * @param tick the tick, at least 0
     * @param segmentId the segment's id, non-blank
     * @param share the online share, in [0, 1]
     */
    public ShareChange {
      Preconditions.nonNegative("share change tick", tick, segmentId);
      Preconditions.nonBlank("share change segmentId", segmentId);
      Preconditions.inClosed("online share", share, 0, 1, segmentId);
    }
  }

  /** Builds a {@link ChannelPlan}; each setter fails fast. */
  public static final class Builder {
    private final Map<String, ChannelSetup> businesses = new LinkedHashMap<>();
    private double defaultShare;
    private final Map<String, Double> shares = new LinkedHashMap<>();
    private final List<ShareChange> changes = new ArrayList<>();

    private Builder() {}

    /**
     * Lets a business sell through channels.
     *
     * @param businessId the business's id: an actor with suppliers that sells only to consumer segments
     * @param setup its channels
     * @return this builder
     */
    public Builder business(String businessId, ChannelSetup setup) {
      businesses.put(Preconditions.nonBlank("channel businessId", businessId), Objects.requireNonNull(setup,
          "setup"));
      return this;
    }

    /**
     * Sets the online share of every segment without its own. Default 0 (everything offline).
     *
     * @param share the online share, in [0, 1]
     * @return this builder
     */
    public Builder onlineShare(double share) {
      defaultShare = Preconditions.inClosed("online share", share, 0, 1, "channels");
      return this;
    }

    /**
     * Sets the online share of one segment.
     *
     * @param segmentId the consumer segment's id
     * @param share the online share, in [0, 1]
     * @return this builder
     */
    public Builder onlineShare(String segmentId, double share) {
      shares.put(Preconditions.nonBlank("online share segmentId", segmentId),
          Preconditions.inClosed("online share", share, 0, 1, segmentId));
      return this;
    }

    /**
     * Changes the online share of one segment from a tick on (an event of the channels, step 1).
     *
     * @param tick the tick from which the share holds
     * @param segmentId the consumer segment's id
     * @param share the online share, in [0, 1]
     * @return this builder
     */
    public Builder shareChange(int tick, String segmentId, double share) {
      changes.add(new ShareChange(tick, segmentId, share));
      return this;
    }

    /** {@return the plan} */
    public ChannelPlan build() {
      return new ChannelPlan(this);
    }
  }
}
