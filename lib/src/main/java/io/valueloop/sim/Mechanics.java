package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mechanics a scenario switches on beyond the plain tick (docs/design.md §3, "Mechanics that extend the
 * tick"), each on its own random stream so that common random numbers still hold: {@link Shortage shortage} rules
 * (step 5), random {@link Fault faults} of actors and links (step 1), {@link RandomLeadTime random shipping lead
 * times} (steps 5 and 2), {@link SourcingRule sourcing rules} with primary-backup {@link Switching switching}
 * (step 8; deterministic), offline and online {@link ChannelPlan channels} (steps 1, 4, 5 and 2; their one
 * random stream per trade chooses each unit's channel) and the role dynamics of businesses: {@link Adoption
 * adoption} of the supply platform and {@link Churn churn} (step 1). Set through {@link Scenario.Builder}; read with
 * {@link Scenario#mechanics()}. None is on by default, and a scenario without them runs exactly as before.
 *
 * <p>Shortage rules resolve per goods flow: the rule of the trade, else of the buyer, else, for a flow whose buyer
 * is a consumer segment, the scenario's default ({@link Scenario.Builder#shortage(Shortage)}), else backorder.
 *
 * <p>Immutable value.
 */
public final class Mechanics {
  private static final Mechanics NONE = new Mechanics(Scenario.builder(1));

  private final Shortage defaultShortage;
  private final Map<String, Shortage> buyerShortage;
  private final Map<Link, Shortage> tradeShortage;
  private final List<Fault> faults;
  private final Map<Link, RandomLeadTime> leadTimes;
  private final SourcingRule defaultSourcing;
  private final Map<String, SourcingRule> buyerSourcing;
  private final Map<String, Switching> switching;
  private final ChannelPlan channels;
  private final List<Adoption> adoptions;
  private final List<Churn> churns;

  /** {@return the mechanics that {@code b} switches on, {@link #none()} if none} */
  static Mechanics of(MechanicsSettings b) {
    return b.defaultShortage == null && b.buyerShortage.isEmpty() && b.tradeShortage.isEmpty() && b.faults.isEmpty()
        && b.leadTimes.isEmpty() && b.defaultSourcing == null && b.buyerSourcing.isEmpty() && b.switching.isEmpty()
        && b.channels.equals(ChannelPlan.none()) && b.adoptions.isEmpty() && b.churns.isEmpty() ? NONE : new Mechanics(b);
  }

  private Mechanics(MechanicsSettings b) {
    this.defaultShortage = b.defaultShortage;
    this.buyerShortage = Collections.unmodifiableMap(new LinkedHashMap<>(b.buyerShortage));
    this.tradeShortage = Collections.unmodifiableMap(new LinkedHashMap<>(b.tradeShortage));
    this.faults = List.copyOf(b.faults);
    this.leadTimes = Collections.unmodifiableMap(new LinkedHashMap<>(b.leadTimes));
    this.defaultSourcing = b.defaultSourcing;
    this.buyerSourcing = Collections.unmodifiableMap(new LinkedHashMap<>(b.buyerSourcing));
    this.switching = Collections.unmodifiableMap(new LinkedHashMap<>(b.switching));
    this.channels = b.channels;
    this.adoptions = List.copyOf(b.adoptions);
    this.churns = List.copyOf(b.churns);
  }

  /** {@return the adoptions of the supply platform by businesses, in the order added} */
  public List<Adoption> adoptions() {
    return adoptions;
  }

  /** {@return the churn rules of businesses, in the order added} */
  public List<Churn> churns() {
    return churns;
  }

  /** {@return the mechanics with nothing switched on} */
  public static Mechanics none() {
    return NONE;
  }

  /** {@return the shortage rule of consumer segments without their own rule, empty for backorder} */
  public Optional<Shortage> defaultShortage() {
    return Optional.ofNullable(defaultShortage);
  }

  /** {@return the shortage rules per buyer id (consumer segment or business), in the order set} */
  public Map<String, Shortage> buyerShortage() {
    return buyerShortage;
  }

  /** {@return the shortage rules per trade, in the order set} */
  public Map<Link, Shortage> tradeShortage() {
    return tradeShortage;
  }

  /** {@return the failure processes, in the order added} */
  public List<Fault> faults() {
    return faults;
  }

  /** {@return the random shipping lead times per goods flow, in the order set} */
  public Map<Link, RandomLeadTime> leadTimes() {
    return leadTimes;
  }

  /** {@return the sourcing rule of buyers without their own rule, empty for fixed shares} */
  public Optional<SourcingRule> defaultSourcing() {
    return Optional.ofNullable(defaultSourcing);
  }

  /** {@return the sourcing rules per buyer id, in the order set} */
  public Map<String, SourcingRule> buyerSourcing() {
    return buyerSourcing;
  }

  /** {@return the primary-backup switching per buyer id, in the order set} */
  public Map<String, Switching> switching() {
    return switching;
  }

  /** {@return the channels: which businesses sell offline and online, and the segments' online shares} */
  public ChannelPlan channels() {
    return channels;
  }

  /** {@return whether any shortage rule other than backorder is set} */
  public boolean anyShortage() {
    return (defaultShortage != null && !defaultShortage.backordered())
        || buyerShortage.values().stream().anyMatch(x -> !x.backordered())
        || tradeShortage.values().stream().anyMatch(x -> !x.backordered());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mechanics m && Objects.equals(defaultShortage, m.defaultShortage)
        && buyerShortage.equals(m.buyerShortage) && tradeShortage.equals(m.tradeShortage) && faults.equals(m.faults)
        && leadTimes.equals(m.leadTimes) && Objects.equals(defaultSourcing, m.defaultSourcing)
        && buyerSourcing.equals(m.buyerSourcing) && switching.equals(m.switching) && channels.equals(m.channels)
        && adoptions.equals(m.adoptions) && churns.equals(m.churns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defaultShortage, buyerShortage, tradeShortage, faults, leadTimes, defaultSourcing,
        buyerSourcing, switching, channels, adoptions, churns);
  }

  @Override
  public String toString() {
    return "Mechanics{shortage=" + defaultShortage + ", " + buyerShortage + ", " + tradeShortage + ", faults="
        + faults + ", leadTimes=" + leadTimes + ", sourcing=" + defaultSourcing + ", " + buyerSourcing + ", switching="
        + switching + ", channels=" + channels + ", adoptions=" + adoptions + ", churns=" + churns + "}";
  }

  /**
   * A goods flow named by its seller and buyer.
   *
   * @param sellerId the id of the flow's source
   * @param buyerId the id of the flow's target
   */
  public record Link(String sellerId, String buyerId) {
    /**
     * Checks the ids.
     *
     * @param sellerId the id of the flow's source, non-blank
     * @param buyerId the id of the flow's target, non-blank
     */
    public Link {
      Preconditions.nonBlank("sellerId", sellerId);
      Preconditions.nonBlank("buyerId", buyerId);
    }

    @Override
    public String toString() {
      return sellerId + "->" + buyerId;
    }
  }
}
