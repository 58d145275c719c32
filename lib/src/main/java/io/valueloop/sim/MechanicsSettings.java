package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mechanics part of a {@link Scenario.Builder}: the settings of the mechanics a scenario switches on beyond
 * the plain tick ({@link Mechanics}) and of its role dynamics ({@link Conversion}), with their setters, which the
 * scenario builder inherits. Kept apart so that the scenario's own settings and the growing set of mechanics each
 * have a file of their own; users see one flat builder (which also inherits {@link RecorderSettings}).
 */
abstract class MechanicsSettings extends RecorderSettings {
  Shortage defaultShortage;
  final Map<String, Shortage> buyerShortage = new LinkedHashMap<>();
  final Map<Mechanics.Link, Shortage> tradeShortage = new LinkedHashMap<>();
  final List<Fault> faults = new ArrayList<>();
  final Map<Mechanics.Link, RandomLeadTime> leadTimes = new LinkedHashMap<>();
  SourcingRule defaultSourcing;
  final Map<String, SourcingRule> buyerSourcing = new LinkedHashMap<>();
  final List<Conversion> conversions = new ArrayList<>();
  final Map<String, Switching> switching = new LinkedHashMap<>();
  ChannelPlan channels = ChannelPlan.none();
  final List<Adoption> adoptions = new ArrayList<>();
  final List<Churn> churns = new ArrayList<>();

  /**
   * Sets what becomes of unmet demand for every consumer segment without a rule of its own (step 5; see
   * {@link Shortage}). Default {@link Shortage#backorder()}.
   *
   * @param rule the rule
   * @return this builder
   */
  public Scenario.Builder shortage(Shortage rule) {
    defaultShortage = Objects.requireNonNull(rule, "shortage");
    return self();
  }

  /**
   * Sets what becomes of the unmet orders of one buyer, a consumer segment or a business, on every flow it buys on.
   *
   * @param buyerId the buyer's id
   * @param rule the rule
   * @return this builder
   */
  public Scenario.Builder shortage(String buyerId, Shortage rule) {
    Preconditions.nonBlank("shortage buyerId", buyerId);
    buyerShortage.put(buyerId, Objects.requireNonNull(rule, "shortage"));
    return self();
  }

  /**
   * Sets what becomes of the unmet orders on one trade, whatever its buyer's rule.
   *
   * @param sellerId the id of the goods flow's source
   * @param buyerId the id of the goods flow's target
   * @param rule the rule
   * @return this builder
   */
  public Scenario.Builder shortage(String sellerId, String buyerId, Shortage rule) {
    tradeShortage.put(new Mechanics.Link(sellerId, buyerId), Objects.requireNonNull(rule, "shortage"));
    return self();
  }

  /**
   * Adds a random failure process of an actor or a link (step 1; see {@link Fault}).
   *
   * @param fault the fault
   * @return this builder
   */
  public Scenario.Builder fault(Fault fault) {
    faults.add(Objects.requireNonNull(fault, "fault"));
    return self();
  }

  /**
   * Sets how every buyer without a rule of its own splits its orders among the suppliers of one input (step 8; see
   * {@link SourcingRule}). Default {@link SourcingRule#FIXED_SHARES}.
   *
   * @param rule the rule
   * @return this builder
   */
  public Scenario.Builder sourcing(SourcingRule rule) {
    defaultSourcing = Objects.requireNonNull(rule, "sourcing");
    return self();
  }

  /**
   * Sets how one buyer splits its orders among the suppliers of one input.
   *
   * @param buyerId the buyer's id, an actor with goods suppliers
   * @param rule the rule
   * @return this builder
   */
  public Scenario.Builder sourcing(String buyerId, SourcingRule rule) {
    Preconditions.nonBlank("sourcing buyerId", buyerId);
    buyerSourcing.put(buyerId, Objects.requireNonNull(rule, "sourcing"));
    return self();
  }

  /**
   * Sets when a buyer under {@link SourcingRule#PRIMARY_BACKUP} leaves its primary supplier and returns (step 8;
   * see {@link Switching}). Default {@link Switching#onOutage()}.
   *
   * @param buyerId the buyer's id, whose sourcing rule must be {@link SourcingRule#PRIMARY_BACKUP}
   * @param rule the switching rule
   * @return this builder
   */
  public Scenario.Builder switching(String buyerId, Switching rule) {
    Preconditions.nonBlank("switching buyerId", buyerId);
    switching.put(buyerId, Objects.requireNonNull(rule, "switching"));
    return self();
  }

  /**
   * Sets the offline and online channels of businesses and the segments' online shares (steps 1, 4, 5 and 2; see
   * {@link ChannelPlan}, {@link ChannelSetup}). Default {@link ChannelPlan#none()}.
   *
   * @param plan the channels
   * @return this builder
   */
  public Scenario.Builder channels(ChannelPlan plan) {
    channels = Objects.requireNonNull(plan, "channels");
    return self();
  }

  /**
   * Gives a goods flow random shipping lead times (steps 5 and 2; see {@link RandomLeadTime}).
   *
   * @param sellerId the id of the goods flow's source
   * @param buyerId the id of the goods flow's target
   * @param leadTime the distribution
   * @return this builder
   */
  public Scenario.Builder leadTime(String sellerId, String buyerId, RandomLeadTime leadTime) {
    leadTimes.put(new Mechanics.Link(sellerId, buyerId), Objects.requireNonNull(leadTime, "leadTime"));
    return self();
  }

  /**
   * Adds role dynamics to a consumer segment: its potential sellers convert into small businesses b and leave
   * again, from step 1 of each tick (see {@link Conversion}).
   *
   * @param conversion the segment's conversion, its candidates set
   * @return this builder
   * @throws IllegalArgumentException if the conversion has no candidates or its segment already has one
   */
  public Scenario.Builder conversion(Conversion conversion) {
    if (conversion.candidates().isEmpty()) {
      throw new IllegalArgumentException("conversion candidates must be set but were missing (segment "
          + conversion.segmentId() + ")");
    }
    for (Conversion other : conversions) {
      if (other.segmentId().equals(conversion.segmentId())) {
        throw new IllegalArgumentException("conversion segment must be unique but was repeated (segment "
            + conversion.segmentId() + ")");
      }
    }
    conversions.add(conversion);
    return self();
  }

  /**
   * Adds adoption of the supply platform by businesses that buy from a wholesaler, from step 1 of each tick (see
   * {@link Adoption}).
   *
   * @param adoption the adoption, its businesses set
   * @return this builder
   * @throws IllegalArgumentException if the adoption has no businesses
   */
  public Scenario.Builder adoption(Adoption adoption) {
    if (adoption.businesses().isEmpty()) {
      throw new IllegalArgumentException("adoption businesses must be set but were missing (adoption "
          + adoption.label() + ")");
    }
    adoptions.add(adoption);
    return self();
  }

  /**
   * Adds churn of businesses by a hazard or a profit floor, from step 1 of each tick (see {@link Churn}).
   *
   * @param churn the churn rule
   * @return this builder
   */
  public Scenario.Builder churn(Churn churn) {
    churns.add(Objects.requireNonNull(churn, "churn"));
    return self();
  }

  /** Adds every mechanic of {@code mechanics} to these settings (a scenario's {@code toBuilder}). */
  void addMechanics(Mechanics mechanics) {
    mechanics.defaultShortage().ifPresent(rule -> defaultShortage = rule);
    buyerShortage.putAll(mechanics.buyerShortage());
    tradeShortage.putAll(mechanics.tradeShortage());
    faults.addAll(mechanics.faults());
    leadTimes.putAll(mechanics.leadTimes());
    mechanics.defaultSourcing().ifPresent(rule -> defaultSourcing = rule);
    buyerSourcing.putAll(mechanics.buyerSourcing());
    switching.putAll(mechanics.switching());
    channels = mechanics.channels();
    adoptions.addAll(mechanics.adoptions());
    churns.addAll(mechanics.churns());
  }

  /** {@return the mechanics these settings switch on} */
  Mechanics buildMechanics() {
    return Mechanics.of(this);
  }
}
