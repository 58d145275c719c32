package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Role;
import io.valueloop.model.Tolerance;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a run produced: the series the scenario asked for, and metrics per actor and per role over the measured
 * ticks {@code [warmUp, ticks)}.
 *
 * <p><b>Definitions.</b> For an actor that orders (one with goods suppliers, or a source):
 * <ul>
 *   <li><em>bullwhip ratio</em> = Var(orders placed per tick) / Var(consumer demand served per tick), both
 *       population variances over the measured ticks, where the consumer demand served is
 *       {@link Series#CONSUMER_DEMAND}: what the actor would order if it passed consumer demand on without
 *       amplification (for a serial chain, the consumer demand itself; in general the Leontief propagation of the
 *       tick's consumer demands through the goods coefficients). This is the measure of Chen, Drezner, Ryan and
 *       Simchi-Levi (2000), Management Science 46(3). Empty when that demand does not vary.</li>
 *   <li><em>fill rate</em> = units shipped in the tick their order arrived / units ordered, counting shipments
 *       against older backlog first.</li>
 * </ul>
 * For every actor: mean on-hand and backlog per tick; revenue (sales at the flows' prices plus fees received),
 * cost (purchases, fees paid, unit cost per unit shipped, holding and backlog costs) and profit; and the
 * <em>value-capture share</em>, profit / consumer spend, where consumer spend is everything consumer segments paid.
 * The shares of all non-consumer actors plus {@link #ownCost()} / consumer spend add up to one (money is conserved).
 *
 * <p>Immutable; series are returned as copies.
 */
public final class SimulationResult {
  private final CompiledChain chain;
  private final Scenario scenario;
  private final Metrics metrics;
  private final Recording recording;
  private final List<Diagnostic> diagnostics;
  private final Shortages shortages;
  /** The role dynamics' traces by segment id, set by the run before the result is published; empty if none. */
  Map<String, PopulationTrace> populations = Map.of();
  /** The channels' metrics by business id, set by the run before the result is published; empty if none. */
  Map<String, Map<Channel, ChannelMetrics>> channels = Map.of();
  /** The channels' measured losses per flow ({@code [2g]} units, {@code [2g + 1]} value), set by the run; or null. */
  double[] channelLosses;
  /** The role dynamics' per-tick counts and shares, set by the run; null if none. */
  RoleTrace roles;

  SimulationResult(CompiledChain chain, Scenario scenario, Metrics metrics, Recording recording,
      List<Diagnostic> diagnostics, Shortages shortages) {
    this.chain = chain;
    this.scenario = scenario;
    this.metrics = metrics;
    this.recording = recording;
    this.diagnostics = diagnostics;
    this.shortages = shortages;
  }

  /**
   * Returns the demand an actor failed to sell and lost over the measured ticks, under the scenario's
   * {@link Shortage} rules and its channels' lost sales ({@link ChannelSetup}; zero when every flow backorders).
   *
   * @param actorId the seller's id
   * @return the units lost on its goods flows to customers and their value at those flows' prices
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public LostDemand lostSales(String actorId) {
    return lost(actorId, true);
  }

  /**
   * Returns what an actor (a consumer segment, or a business) ordered and lost over the measured ticks, under the
   * scenario's {@link Shortage} rules and its sellers' channels ({@link ChannelSetup}; zero when every flow
   * backorders).
   *
   * @param actorId the buyer's id
   * @return the units lost on its goods flows from suppliers and their value at those flows' prices
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public LostDemand lostDemand(String actorId) {
    return lost(actorId, false);
  }

  private LostDemand lost(String actorId, boolean asSeller) {
    OptionalInt a = chain.indexOf(Objects.requireNonNull(actorId, "actorId"));
    if (a.isEmpty()) {
      throw new IllegalArgumentException("actorId must be an actor of the chain but was '" + actorId + "'");
    }
    double units = 0;
    double revenue = 0;
    for (int g = 0; g < chain.goods().count(); g++) {
      if ((asSeller ? chain.goods().source(g) : chain.goods().target(g)) != a.getAsInt()) {
        continue;
      }
      if (shortages != null) {
        units += shortages.lostMeasured[g];
        revenue += shortages.lostValue[g];
      }
      if (channelLosses != null) {
        units += channelLosses[2 * g];
        revenue += channelLosses[2 * g + 1];
      }
    }
    return new LostDemand(units, revenue);
  }

  /**
   * Returns what each channel of a business did over the measured ticks: demand, sales, fill rate, lost and late
   * units, revenue (see {@link ChannelSetup}).
   *
   * @param businessId the business's id
   * @return its metrics per channel, both channels; empty if it does not sell through channels
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public Map<Channel, ChannelMetrics> channels(String businessId) {
    if (chain.indexOf(Objects.requireNonNull(businessId, "businessId")).isEmpty()) {
      throw new IllegalArgumentException("businessId must be an actor of the chain but was '" + businessId + "'");
    }
    return channels.getOrDefault(businessId, Map.of());
  }

  /**
   * Returns the number of active actors of a role after step 1 of a tick: the chain's actors of the role less the
   * dormant candidate seats and the leavers of role dynamics ({@link RoleTrace#active}); without role dynamics, the
   * chain's count.
   *
   * @param role the role
   * @param tick the tick, in {@code [0, ticks)} of the scenario
   * @return the number of active actors
   * @throws IllegalArgumentException if the tick is out of range
   */
  public int activeActors(Role role, int tick) {
    if (tick < 0 || tick >= scenario.ticks()) {
      throw new IllegalArgumentException("tick must be in [0, " + scenario.ticks() + ") but was " + tick);
    }
    return roles != null ? roles.active(role, tick) : chain.chain().actors(role).size();
  }

  /**
   * Returns the role dynamics of the run tick by tick: converts, adopters, leavers, active actors per role, each
   * role's share of consumer spend and of profit, the platform share of demand, the leavers' settled stock.
   *
   * @return the trace, empty when the scenario has no conversion, adoption or churn
   */
  public Optional<RoleTrace> roleTrace() {
    return Optional.ofNullable(roles);
  }

  /**
   * Returns the population trace of a segment with role dynamics ({@link Scenario.Builder#conversion}).
   *
   * @param segmentId the consumer segment's id
   * @return its converts, leavers and active b per tick
   * @throws IllegalArgumentException if the scenario has no conversion for the segment
   */
  public PopulationTrace population(String segmentId) {
    Objects.requireNonNull(segmentId, "segmentId");
    PopulationTrace trace = populations.get(segmentId);
    if (trace == null) {
      throw new IllegalArgumentException("segment must have role dynamics in the scenario but had none (segment "
          + segmentId + ")");
    }
    return trace;
  }

  /**
   * Returns what the run found worth a word although it went through: settings without effect and parts of the chain
   * that cannot do what the scenario implies ({@link Diagnostic.Code}). Found when the run was set up.
   *
   * @return the diagnostics, unmodifiable, in the order of {@link Diagnostic.Code}; empty if there were none
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** {@return the scenario that was run} */
  public Scenario scenario() {
    return scenario;
  }

  /** {@return the number of ticks simulated} */
  public int ticks() {
    return scenario.ticks();
  }

  /** {@return the number of measured ticks, {@code ticks - warmUp}} */
  public int measuredTicks() {
    return metrics.measured;
  }

  /**
   * Returns whether a series was recorded for an actor.
   *
   * @param series the series
   * @param actorId the actor's id
   * @return true if {@link #series(Series, String)} has it
   */
  public boolean hasSeries(Series series, String actorId) {
    return position(Objects.requireNonNull(series, "series"), Objects.requireNonNull(actorId, "actorId")) != null;
  }

  /**
   * Returns a recorded series: one value per tick, from tick 0.
   *
   * @param series the series
   * @param actorId the actor's id
   * @return a new array of {@link #ticks()} values
   * @throws IllegalArgumentException if the scenario did not record that series for that actor
   */
  public double[] series(Series series, String actorId) {
    int[] at = position(Objects.requireNonNull(series, "series"), Objects.requireNonNull(actorId, "actorId"));
    if (at == null) {
      throw new IllegalArgumentException("series " + series + " must be recorded by the scenario but was not ("
          + actorId + ")");
    }
    int ticks = recording.ticks;
    return Arrays.copyOfRange(recording.data[at[0]], at[1] * ticks, (at[1] + 1) * ticks);
  }

  /**
   * Returns the ids of the actors a series was recorded for, in compiled order (downstream first).
   *
   * @param series the series
   * @return the ids; empty if the scenario did not record the series
   */
  public List<String> recordedActors(Series series) {
    Objects.requireNonNull(series, "series");
    for (int i = 0; i < recording.series.length; i++) {
      if (recording.series[i] == series) {
        int[] actors = recording.actors[i];
        String[] ids = new String[actors.length];
        for (int k = 0; k < actors.length; k++) {
          ids[k] = chain.id(actors[k]);
        }
        return List.of(ids);
      }
    }
    return List.of();
  }

  private int[] position(Series series, String actorId) {
    OptionalInt a = chain.indexOf(actorId);
    if (a.isEmpty()) {
      return null;
    }
    for (int i = 0; i < recording.series.length; i++) {
      if (recording.series[i] == series) {
        int k = Arrays.binarySearch(recording.actors[i], a.getAsInt());
        return k >= 0 ? new int[] {i, k} : null;
      }
    }
    return null;
  }

  /**
   * Returns the metrics of one actor.
   *
   * @param actorId the actor's id
   * @return the metrics
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public ActorMetrics metrics(String actorId) {
    OptionalInt a = chain.indexOf(Objects.requireNonNull(actorId, "actorId"));
    if (a.isEmpty()) {
      throw new IllegalArgumentException("actorId must be an actor of the chain but was '" + actorId + "'");
    }
    return actorMetrics(a.getAsInt());
  }

  /** {@return the metrics of every actor, in compiled order, created on access} */
  public List<ActorMetrics> actorMetrics() {
    return new AbstractList<>() {
      @Override
      public ActorMetrics get(int index) {
        return actorMetrics(Objects.checkIndex(index, chain.actorCount()));
      }

      @Override
      public int size() {
        return chain.actorCount();
      }
    };
  }

  /**
   * Returns the metrics of all actors of a role together. For a role with no actors in the chain, the metrics have
   * {@link RoleMetrics#actors()} 0, every optional empty and every sum 0; {@link #roleMetrics()} leaves such roles
   * out, and the experiment's role measures refuse them ("no actors of role P").
   *
   * @param role the role
   * @return the metrics (with zero actors if the chain has none of the role)
   */
  public RoleMetrics metrics(Role role) {
    Objects.requireNonNull(role, "role");
    int r = role.ordinal();
    int count = 0;
    int ordering = 0;
    double onHand = 0;
    double backlog = 0;
    double incoming = 0;
    double filled = 0;
    double revenue = 0;
    double cost = 0;
    for (int a = 0; a < chain.actorCount(); a++) {
      if (metrics.t.roleOrdinal[a] != r) {
        continue;
      }
      count++;
      ordering += metrics.t.orders(a) ? 1 : 0;
      onHand += metrics.goods(a, Metrics.M_ON_HAND);
      backlog += metrics.goods(a, Metrics.M_BACKLOG);
      incoming += metrics.goods(a, Metrics.M_INCOMING);
      filled += metrics.goods(a, Metrics.M_FILLED);
      revenue += metrics.revenue(a);
      cost += metrics.cost(a);
    }
    int measured = metrics.measured;
    OptionalDouble bullwhip = ordering == 0 ? OptionalDouble.empty()
        : ratio(metrics.roleOrderM2(r), metrics.roleDemandM2(r), metrics.roleDemandMean(r), measured);
    return new RoleMetrics(role, count, bullwhip,
        incoming > 0 ? OptionalDouble.of(filled / incoming) : OptionalDouble.empty(),
        onHand / measured, backlog / measured, revenue, cost, revenue - cost,
        role == Role.C ? OptionalDouble.empty() : share(revenue - cost));
  }

  /** {@return the metrics of every role that has actors in the chain} */
  public Map<Role, RoleMetrics> roleMetrics() {
    Map<Role, RoleMetrics> all = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      RoleMetrics m = metrics(role);
      if (m.actors() > 0) {
        all.put(role, m);
      }
    }
    return Collections.unmodifiableMap(all);
  }

  /** {@return the total consumer spend over the measured ticks: everything consumer segments paid} */
  public double consumerSpend() {
    return metrics.consumerSpend();
  }

  /** {@return the total own costs (unit, holding and backlog costs of every actor) over the measured ticks} */
  public double ownCost() {
    return metrics.ownCost();
  }

  private ActorMetrics actorMetrics(int a) {
    Metrics m = metrics;
    int measured = m.measured;
    boolean orders = m.t.orders(a);
    OptionalDouble bullwhip = orders ? ratio(m.goods(a, Metrics.M_ORDER_M2), m.goods(a, Metrics.M_DEMAND_M2),
        m.goods(a, Metrics.M_DEMAND_MEAN), measured) : OptionalDouble.empty();
    double revenue = m.revenue(a);
    double cost = m.cost(a);
    boolean consumer = m.t.kind[a] == Topology.CONSUMER;
    return new ActorMetrics(chain.id(a), chain.role(a), bullwhip,
        orders ? m.goods(a, Metrics.M_ORDER_M2) / measured : 0,
        orders ? m.goods(a, Metrics.M_DEMAND_M2) / measured : 0,
        m.goods(a, Metrics.M_INCOMING) > 0
            ? OptionalDouble.of(m.goods(a, Metrics.M_FILLED) / m.goods(a, Metrics.M_INCOMING)) : OptionalDouble.empty(),
        m.goods(a, Metrics.M_ON_HAND) / measured, m.goods(a, Metrics.M_BACKLOG) / measured, revenue, cost, revenue - cost,
        consumer ? OptionalDouble.empty() : share(revenue - cost));
  }

  /** {@return the ratio of two variances (as sums of squared deviations), empty if the denominator is nil} */
  private static OptionalDouble ratio(double ordersM2, double demandM2, double demandMean, int measured) {
    double floor = Tolerance.EPSILON * Math.max(1, Math.abs(demandMean));
    return demandM2 / measured > floor * floor ? OptionalDouble.of(ordersM2 / demandM2) : OptionalDouble.empty();
  }

  private OptionalDouble share(double profit) {
    return metrics.consumerSpend() > 0 ? OptionalDouble.of(profit / metrics.consumerSpend()) : OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return "SimulationResult{ticks=" + ticks() + ", measured=" + measuredTicks() + ", consumerSpend="
        + consumerSpend() + "}";
  }
}
