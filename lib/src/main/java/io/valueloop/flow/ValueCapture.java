package io.valueloop.flow;

import io.valueloop.model.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who captures the consumers' money: each actor's and each role's steady-state profit as a share of the total
 * consumer spend {@code S} ({@link SteadyState#consumerSpend()}), and each one's own cost as a share of {@code S}.
 *
 * <p><b>Who is counted.</b> Every actor that is not a consumer segment. Consumer segments (role C) are where the
 * money comes from, not where it is captured: they have no share ({@link #share(int)} and {@link #costShare(int)}
 * return 0 for them) and appear in none of the maps.
 *
 * <p><b>The identity</b> {@code Σ share + Σ costShare = 1} over the counted actors holds for every chain with
 * {@code S > 0}, by money conservation: each payment is one actor's revenue and another's purchase and each fee one
 * actor's fee paid and another's fee received, so all profits add to minus all own costs; consumers sell nothing
 * and provide no service, so their profit is {@code −(S + their own cost)}, and the rest add to
 * {@code S − Σ own cost of the counted actors}. What it means depends on what earns money:
 * <ul>
 *   <li>goods added without a payment (not as a trade) move no money, so their seller earns nothing for them;</li>
 *   <li>final demand placed at a non-consumer actor (exports, as in an input–output table) is produced and costs
 *       its unit cost, but earns no revenue inside the chain: it lowers that actor's share;</li>
 *   <li>a consumer segment's own unit cost is in neither {@code S} nor any share.</li>
 * </ul>
 * So the shares split {@code S} exactly; in a closed chain (final demand only at consumers, every goods flow a
 * trade) they are also the full economic picture of the chain.
 *
 * <p>Immutable and thread-safe. Maps are built on each call, in compiled actor order.
 */
public final class ValueCapture {
  private final SteadyState state;
  private final Map<Role, Double> shareByRole;
  private final Map<Role, Double> costShareByRole;
  private final double totalCostShare;

  ValueCapture(SteadyState state) {
    this.state = state;
    CompiledChain chain = state.chain();
    double spend = state.consumerSpend();
    Map<Role, double[]> sums = new EnumMap<>(Role.class);
    for (int i = 0; i < chain.actorCount(); i++) {
      Role role = chain.role(i);
      if (role != Role.C) {
        double[] sum = sums.computeIfAbsent(role, r -> new double[2]);
        sum[0] += state.profit(i);
        sum[1] += state.ownCost(i);
      }
    }
    Map<Role, Double> shares = new EnumMap<>(Role.class);
    Map<Role, Double> costs = new EnumMap<>(Role.class);
    double cost = 0;
    for (Map.Entry<Role, double[]> entry : sums.entrySet()) {
      shares.put(entry.getKey(), entry.getValue()[0] / spend);
      costs.put(entry.getKey(), entry.getValue()[1] / spend);
      cost += entry.getValue()[1];
    }
    this.shareByRole = Collections.unmodifiableMap(shares);
    this.costShareByRole = Collections.unmodifiableMap(costs);
    this.totalCostShare = cost / spend;
  }

  /** {@return the total consumer spend per tick that the shares divide, currency units per tick; positive} */
  public double consumerSpend() {
    return state.consumerSpend();
  }

  /**
   * {@return the profit of the actor at compiled index {@code actor} over the consumer spend; 0 for a consumer}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public double share(int actor) {
    Objects.checkIndex(actor, state.chain().actorCount());
    return state.chain().role(actor) == Role.C ? 0 : state.profit(actor) / state.consumerSpend();
  }

  /**
   * Returns an actor's profit over the consumer spend.
   *
   * @param id an actor id of the chain
   * @return its share; 0 for a consumer segment
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public double share(String id) {
    return share(state.index(id));
  }

  /**
   * {@return the own cost of the actor at compiled index {@code actor} over the consumer spend; 0 for a consumer}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public double costShare(int actor) {
    Objects.checkIndex(actor, state.chain().actorCount());
    return state.chain().role(actor) == Role.C ? 0 : state.ownCost(actor) / state.consumerSpend();
  }

  /**
   * Returns an actor's own cost over the consumer spend.
   *
   * @param id an actor id of the chain
   * @return its cost share; 0 for a consumer segment
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public double costShare(String id) {
    return costShare(state.index(id));
  }

  /** {@return a new map from the id of every non-consumer actor to its share, in compiled order; O(n) per call} */
  public Map<String, Double> shares() {
    CompiledChain chain = state.chain();
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < chain.actorCount(); i++) {
      if (chain.role(i) != Role.C) {
        map.put(chain.id(i), share(i));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /** {@return each role's total profit over the consumer spend, for every role present except C} */
  public Map<Role, Double> shareByRole() {
    return shareByRole;
  }

  /** {@return each role's total own cost over the consumer spend, for every role present except C} */
  public Map<Role, Double> costShareByRole() {
    return costShareByRole;
  }

  /** {@return the total own cost of the non-consumer actors over the consumer spend} */
  public double totalCostShare() {
    return totalCostShare;
  }

  @Override
  public String toString() {
    return "ValueCapture{consumerSpend=" + state.consumerSpend() + ", shareByRole=" + shareByRole
        + ", totalCostShare=" + totalCostShare + "}";
  }
}
