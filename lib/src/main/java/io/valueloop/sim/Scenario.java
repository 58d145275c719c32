package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to simulate on a chain: how long, with which randomness, policies, demand, information sharing, events and
 * recorders. A scenario names actors by id and is independent of any chain, so one scenario can run on many chains
 * and one chain under many scenarios ({@link Simulation#run(Scenario)}); ids are checked when a run starts.
 *
 * <p>Defaults, each named by its builder method: no warm-up; seed 0, replication 0; every actor that orders uses
 * {@link #DEFAULT_POLICY} ({@link Policies#lotForLot()}: order what the demand signal says); each consumer segment
 * demands its constant {@link io.valueloop.model.Actor#demand()} every tick; information sharing on (DATA paths from
 * consumers are used wherever they exist); orders non-negative; production lead time 1 tick; pipelines start
 * full, in the steady state of the segments' nominal demand ({@link Builder#steadyStart(boolean)}); no events; no
 * series recorded; no conservation check.
 *
 * <p>Why a steady start by default: with empty pipelines, the first ticks of every run are a start-up transient
 * (every actor orders to fill its empty pipeline at once), and on a 200-tick run that transient alone can triple
 * the measured bullwhip ratio. Starting full, a run measures the chain's steady behaviour from tick 0, with no
 * warm-up to choose; switch it off (and set a {@link Builder#warmUp(int) warm-up} of a few times the longest
 * cumulative lead time, or keep the transient on purpose) to study a start from nothing, as the beer game does.
 *
 * <p>Immutable and thread-safe if the policies and demand processes it holds are (they are specifications: each
 * run starts its own rules and streams from them).
 */
public final class Scenario {

  /**
   * The default ordering policy, {@link Policies#lotForLot()}: order exactly the demand signal of the tick (pass
   * orders on), which passes demand upstream without amplification.
   */
  public static final OrderingPolicy DEFAULT_POLICY = Policies.lotForLot();

  private final int ticks;
  private final int warmUp;
  private final long seed;
  private final long replication;
  private final OrderingPolicy defaultPolicy;
  private final Map<Role, OrderingPolicy> rolePolicies;
  private final Map<String, OrderingPolicy> actorPolicies;
  private final Optional<DemandProcess> defaultDemand;
  private final Map<String, DemandProcess> segmentDemand;
  private final boolean informationSharing;
  private final boolean negativeOrders;
  private final int productionLeadTime;
  private final boolean steadyStart;
  private final List<Event> events;
  private final Map<Series, Set<String>> recordedActors;
  private final Map<Series, Set<Role>> recordedRoles;
  private final Set<Series> recordedForAll;
  private final boolean conservationCheck;
  private final Mechanics mechanics;
  private final List<Conversion> conversions;

  private Scenario(Builder b) {
    this.ticks = b.ticks;
    this.warmUp = b.warmUp;
    this.seed = b.seed;
    this.replication = b.replication;
    this.defaultPolicy = b.defaultPolicy;
    this.rolePolicies = Collections.unmodifiableMap(new EnumMap<>(b.rolePolicies));
    this.actorPolicies = Collections.unmodifiableMap(new LinkedHashMap<>(b.actorPolicies));
    this.defaultDemand = Optional.ofNullable(b.defaultDemand);
    this.segmentDemand = Collections.unmodifiableMap(new LinkedHashMap<>(b.segmentDemand));
    this.informationSharing = b.informationSharing;
    this.negativeOrders = b.negativeOrders;
    this.productionLeadTime = b.productionLeadTime;
    this.steadyStart = b.steadyStart;
    this.events = List.copyOf(b.events);
    Map<Series, Set<String>> actors = new EnumMap<>(Series.class);
    b.recordedActors.forEach((s, ids) -> actors.put(s, Collections.unmodifiableSet(new LinkedHashSet<>(ids))));
    this.recordedActors = Collections.unmodifiableMap(actors);
    Map<Series, Set<Role>> roles = new EnumMap<>(Series.class);
    b.recordedRoles.forEach((s, r) -> roles.put(s, Collections.unmodifiableSet(EnumSet.copyOf(r))));
    this.recordedRoles = Collections.unmodifiableMap(roles);
    this.recordedForAll = Collections.unmodifiableSet(EnumSet.copyOf(b.recordedForAll));
    this.conservationCheck = b.conservationCheck;
    this.mechanics = b.buildMechanics();
    this.conversions = List.copyOf(b.conversions);
  }

  /**
   * Returns a builder.
   *
   * @param ticks the number of ticks to simulate, positive
   * @return a builder with every other setting at its default
   */
  public static Builder builder(int ticks) {
    return new Builder(ticks);
  }

  /**
   * Returns a scenario with every setting at its default.
   *
   * @param ticks the number of ticks to simulate, positive
   * @return the scenario
   */
  public static Scenario of(int ticks) {
    return builder(ticks).build();
  }

  /** {@return a builder holding this scenario's settings} */
  public Builder toBuilder() {
    Builder b = new Builder(ticks);
    b.warmUp = warmUp;
    b.seed = seed;
    b.replication = replication;
    b.defaultPolicy = defaultPolicy;
    b.rolePolicies.putAll(rolePolicies);
    b.actorPolicies.putAll(actorPolicies);
    b.defaultDemand = defaultDemand.orElse(null);
    b.segmentDemand.putAll(segmentDemand);
    b.informationSharing = informationSharing;
    b.negativeOrders = negativeOrders;
    b.productionLeadTime = productionLeadTime;
    b.steadyStart = steadyStart;
    b.events.addAll(events);
    recordedActors.forEach((s, ids) -> b.recordedActors.put(s, new LinkedHashSet<>(ids)));
    recordedRoles.forEach((s, r) -> b.recordedRoles.put(s, EnumSet.copyOf(r)));
    b.recordedForAll.addAll(recordedForAll);
    b.conservationCheck = conservationCheck;
    b.addMechanics(mechanics);
    b.conversions.addAll(conversions);
    return b;
  }

  /**
   * Returns this scenario with information sharing switched on or off, everything else unchanged: the way to
   * compare a chain with and without its consumer-data loop.
   *
   * @param on whether DATA paths from consumers feed demand signals
   * @return the scenario
   */
  public Scenario withInformationSharing(boolean on) {
    return on == informationSharing ? this : toBuilder().informationSharing(on).build();
  }

  /**
   * Returns this scenario with another replication number, everything else unchanged.
   *
   * @param replication the replication, non-negative
   * @return the scenario
   */
  public Scenario withReplication(long replication) {
    return toBuilder().replication(replication).build();
  }

  /** {@return the number of ticks simulated} */
  public int ticks() {
    return ticks;
  }

  /** {@return the number of initial ticks left out of every metric of {@link SimulationResult}} */
  public int warmUp() {
    return warmUp;
  }

  /** {@return the master seed of the run's {@link RandomStreams}} */
  public long seed() {
    return seed;
  }

  /** {@return the replication number: the streams of a run are those of this replication} */
  public long replication() {
    return replication;
  }

  /** {@return the policy of actors with no role or actor policy} */
  public OrderingPolicy defaultPolicy() {
    return defaultPolicy;
  }

  /** {@return the policies by role, which override the default} */
  public Map<Role, OrderingPolicy> rolePolicies() {
    return rolePolicies;
  }

  /** {@return the policies by actor id, which override role policies and the default} */
  public Map<String, OrderingPolicy> actorPolicies() {
    return actorPolicies;
  }

  /** {@return the demand process of segments without their own, or empty for "each segment's constant demand"} */
  public Optional<DemandProcess> defaultDemand() {
    return defaultDemand;
  }

  /** {@return the demand processes by consumer segment id} */
  public Map<String, DemandProcess> segmentDemand() {
    return segmentDemand;
  }

  /** {@return whether demand signals follow DATA paths from consumers where they exist} */
  public boolean informationSharing() {
    return informationSharing;
  }

  /** {@return whether orders may be negative} */
  public boolean negativeOrders() {
    return negativeOrders;
  }

  /** {@return the production lead time of sources, in ticks} */
  public int productionLeadTime() {
    return productionLeadTime;
  }

  /** {@return whether pipelines start full with the steady state of the nominal demand} */
  public boolean steadyStart() {
    return steadyStart;
  }

  /** {@return the scheduled events, in the order given} */
  public List<Event> events() {
    return events;
  }

  /** {@return the series recorded for named actors} */
  public Map<Series, Set<String>> recordedActors() {
    return recordedActors;
  }

  /** {@return the series recorded for every actor of some roles} */
  public Map<Series, Set<Role>> recordedRoles() {
    return recordedRoles;
  }

  /** {@return the series recorded for every actor} */
  public Set<Series> recordedForAll() {
    return recordedForAll;
  }

  /** {@return whether the run checks conservation at the end of every tick} */
  public boolean conservationCheck() {
    return conservationCheck;
  }

  /** {@return the mechanics switched on beyond the plain tick: shortage rules, faults, random lead times} */
  public Mechanics mechanics() {
    return mechanics;
  }

  /** {@return the role dynamics: one {@link Conversion} per segment, empty when the population is fixed} */
  public List<Conversion> conversions() {
    return conversions;
  }

  @Override
  public String toString() {
    return "Scenario{ticks=" + ticks + ", warmUp=" + warmUp + ", seed=" + seed + ", replication=" + replication
        + ", informationSharing=" + informationSharing + ", negativeOrders=" + negativeOrders
        + ", events=" + events.size() + "}";
  }

  /** Builds a {@link Scenario}; every setter checks its argument at once, {@link #build()} checks combinations. */
  public static final class Builder extends MechanicsSettings {
    private final int ticks;
    private int warmUp;
    private long seed;
    private long replication;
    private OrderingPolicy defaultPolicy = DEFAULT_POLICY;
    private final Map<Role, OrderingPolicy> rolePolicies = new EnumMap<>(Role.class);
    private final Map<String, OrderingPolicy> actorPolicies = new LinkedHashMap<>();
    private DemandProcess defaultDemand;
    private final Map<String, DemandProcess> segmentDemand = new LinkedHashMap<>();
    private boolean informationSharing = true;
    private boolean negativeOrders;
    private int productionLeadTime = 1;
    private boolean steadyStart = true;
    private final List<Event> events = new ArrayList<>();
    private boolean conservationCheck;

    private Builder(int ticks) {
      this.ticks = Preconditions.positive("ticks", ticks);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the warm-up: the first {@code warmUp} ticks are simulated but left out of every metric. Default 0.
     *
     * @param warmUp the number of ticks, in {@code [0, ticks)}
     * @return this builder
     */
    public Builder warmUp(int warmUp) {
      if (warmUp < 0 || warmUp >= ticks) {
        throw new IllegalArgumentException("warmUp must be in [0, " + ticks + ") but was " + warmUp);
      }
      this.warmUp = warmUp;
      return this;
    }

    /**
     * Sets the master seed. Default 0.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the replication. Default 0.
     *
     * @param replication the replication, non-negative
     * @return this builder
     */
    public Builder replication(long replication) {
      this.replication = Preconditions.nonNegative("replication", replication);
      return this;
    }

    /**
     * Sets the policy of every actor without a role or actor policy. Default {@link #DEFAULT_POLICY}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(OrderingPolicy policy) {
      this.defaultPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the policy of every actor of a role without an actor policy.
     *
     * @param role the role
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(Role role, OrderingPolicy policy) {
      rolePolicies.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Sets the policy of one actor.
     *
     * @param actorId the actor's id
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(String actorId, OrderingPolicy policy) {
      Preconditions.nonBlank("actorId", actorId);
      actorPolicies.put(actorId, Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Sets the demand process of every consumer segment without its own. Default: each segment demands its
     * constant {@link io.valueloop.model.Actor#demand()}.
     *
     * @param process the process
     * @return this builder
     */
    public Builder demand(DemandProcess process) {
      this.defaultDemand = Objects.requireNonNull(process, "process");
      return this;
    }

    /**
     * Sets the demand process of one consumer segment; its random stream is {@code "demand/" + segmentId}.
     *
     * @param segmentId the segment's id
     * @param process the process
     * @return this builder
     */
    public Builder demand(String segmentId, DemandProcess process) {
      Preconditions.nonBlank("segmentId", segmentId);
      segmentDemand.put(segmentId, Objects.requireNonNull(process, "process"));
      return this;
    }

    /**
     * Switches information sharing: whether an actor reached by a DATA path from consumer segments observes
     * their demand rather than its own incoming orders. Default on.
     *
     * @param on whether to share
     * @return this builder
     */
    public Builder informationSharing(boolean on) {
      this.informationSharing = on;
      return this;
    }

    /**
     * Allows negative orders (for the textbook identities); see {@link Simulation} for what they do. Default off:
     * negative orders are cut to zero.
     *
     * @param allowed whether orders may be negative
     * @return this builder
     */
    public Builder negativeOrders(boolean allowed) {
      this.negativeOrders = allowed;
      return this;
    }

    /**
     * Sets the production lead time of sources: a release decided at step 8 of tick {@code t} is usable at step 2
     * of tick {@code t + productionLeadTime}. Default 1.
     *
     * @param ticks the lead time, at least 1
     * @return this builder
     */
    public Builder productionLeadTime(int ticks) {
      this.productionLeadTime = Preconditions.atLeast("productionLeadTime", ticks, 1);
      return this;
    }

    /**
     * Starts the run in the steady state of the segments' nominal demand {@link io.valueloop.model.Actor#demand()}
     * rather than with empty pipelines: every order, shipping and production pipeline holds the steady-state flow
     * in each of its slots, and rules start seeing the steady-state demand signal; an assembler also holds, of each
     * input with a shorter lead time than its longest, the ticks of flow by which it is shorter (the steady state of
     * the assembly rule, see {@link Policies}). Inventories and backlogs start as the actors say. Default on (see the class documentation); off starts every pipeline empty.
     *
     * @param on whether to start in steady state
     * @return this builder
     */
    public Builder steadyStart(boolean on) {
      this.steadyStart = on;
      return this;
    }

    /**
     * Schedules an event.
     *
     * @param event the event
     * @return this builder
     */
    public Builder event(Event event) {
      events.add(Objects.requireNonNull(event, "event"));
      return this;
    }

    /**
     * Schedules events, in order.
     *
     * @param events the events
     * @return this builder
     */
    public Builder events(Iterable<? extends Event> events) {
      for (Event e : Objects.requireNonNull(events, "events")) {
        event(e);
      }
      return this;
    }

    /**
     * Switches the conservation check at the end of every tick (docs/design.md §3); a violation throws
     * {@link IllegalStateException} naming the tick and the flow or actor. Default off.
     *
     * @param on whether to check
     * @return this builder
     */
    public Builder conservationCheck(boolean on) {
      this.conservationCheck = on;
      return this;
    }

    /**
     * Returns the scenario.
     *
     * @return the scenario
     * @throws IllegalArgumentException if negative orders are allowed together with a shortage rule that loses
     *     demand
     */
    public Scenario build() {
      Scenario scenario = new Scenario(this);
      if (negativeOrders && scenario.mechanics.anyShortage()) {
        throw new IllegalArgumentException("shortage rule must be backorder when negative orders are allowed but "
            + "was " + scenario.mechanics + " (scenario)");
      }
      return scenario;
    }
  }
}
