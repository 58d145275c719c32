package io.valueloop.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The steady state of a chain for one tick, as solved by {@link SteadyStateSolver}: gross output per actor, goods
 * and money per flow, service fees, a {@link Statement} per actor and the {@link ValueCapture}.
 *
 * <p><b>Units.</b> Outputs and goods are units per tick; money, fees and statements are currency units per tick.
 *
 * <p><b>Access.</b> Indexed accessors take compiled actor indices and per-kind flow indices of {@link #chain()}
 * and cost nothing; accessors by actor id look the id up; the {@code Map} views ({@link #outputs()},
 * {@link #statements()}) build a new map of every actor on each call, so prefer the indexed accessors on large
 * chains.
 *
 * <p><b>Capacities.</b> Where capacities bind, final demand is cut by the rule of {@link SteadyStateSolver}: the
 * state is the one of the demand that can be served ({@link #servedDemand(int)}), and the rest is reported as
 * {@link #unservedDemand()}. Every actor's and goods flow's capacity then holds, up to rounding.
 *
 * <p><b>Identities</b> (exact up to rounding, checked by the tests): every actor produces what its buyers use
 * plus its own served final demand, {@code x_i = d_i + Σ_{g ∈ out(i)} quantity(g)}; each buyer receives
 * {@code inputCoefficient · x_j} of each input it names; every payment is one actor's revenue and another's
 * purchase, and every fee one actor's fee paid and another's fee received, so profits add up to minus the total
 * own cost.
 *
 * <p>Immutable and thread-safe.
 */
public final class SteadyState {
  private final CompiledChain chain;
  private final double[] output;
  private final double[] served;
  private final double[] quantity;
  private final double[] money;
  private final double[] fee;
  private final double[] revenue;
  private final double[] purchases;
  private final double[] feesPaid;
  private final double[] feesReceived;
  private final double[] ownCost;
  private final double consumerSpend;
  private final int iterations;
  private final ValueCapture valueCapture;

  SteadyState(CompiledChain chain, double[] output, double[] served, double[] quantity, double[] money, double[] fee,
      double[] revenue, double[] purchases, double[] feesPaid, double[] feesReceived, double[] ownCost,
      double consumerSpend, int iterations) {
    this.chain = chain;
    this.output = output;
    this.served = served;
    this.quantity = quantity;
    this.money = money;
    this.fee = fee;
    this.revenue = revenue;
    this.purchases = purchases;
    this.feesPaid = feesPaid;
    this.feesReceived = feesReceived;
    this.ownCost = ownCost;
    this.iterations = iterations;
    this.consumerSpend = consumerSpend;
    this.valueCapture = consumerSpend > 0 ? new ValueCapture(this) : null;
  }

  /** {@return the compiled chain whose indices this state uses} */
  public CompiledChain chain() {
    return chain;
  }

  /**
   * Returns the gross output {@code x_i} of the actor at compiled index {@code actor}, units per tick.
   *
   * @param actor a compiled actor index
   * @return its gross output
   */
  public double output(int actor) {
    return output[Objects.checkIndex(actor, output.length)];
  }

  /**
   * Returns the gross output of an actor, units per tick.
   *
   * @param id an actor id of the chain
   * @return its gross output
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public double output(String id) {
    return output[index(id)];
  }

  /** {@return a new map from actor id to gross output, in compiled order; O(n) per call} */
  public Map<String, Double> outputs() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < output.length; i++) {
      map.put(chain.id(i), output[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the final demand served per tick at the actor at compiled index {@code actor}: its
   * {@link io.valueloop.model.Actor#demand()} cut by the capacities it loads (see {@link SteadyStateSolver}), units
   * per tick.
   *
   * @param actor a compiled actor index
   * @return the served final demand, at most the actor's final demand
   */
  public double servedDemand(int actor) {
    return served[Objects.checkIndex(actor, served.length)];
  }

  /**
   * Returns the final demand of the actor at compiled index {@code actor} that binding capacities leave unserved,
   * units per tick: its {@link io.valueloop.model.Actor#demand()} minus {@link #servedDemand(int)}.
   *
   * @param actor a compiled actor index
   * @return the unserved final demand, non-negative; 0 where no capacity binds
   */
  public double unservedDemand(int actor) {
    return chain.actor(Objects.checkIndex(actor, served.length)).demand() - served[actor];
  }

  /**
   * Returns the final demand of an actor that binding capacities leave unserved, units per tick.
   *
   * @param id an actor id of the chain
   * @return the unserved final demand, non-negative
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public double unservedDemand(String id) {
    return unservedDemand(index(id));
  }

  /**
   * Returns the final demand that binding capacities leave unserved, summed over all actors, units per tick; 0 when
   * no capacity binds.
   *
   * @return the total unserved final demand
   */
  public double unservedDemand() {
    double sum = 0;
    for (int i = 0; i < served.length; i++) {
      sum += unservedDemand(i);
    }
    return sum;
  }

  /**
   * Returns a new map from actor id to unserved final demand, for the actors whose demand is cut, in compiled
   * order; empty when no capacity binds. O(n) per call.
   *
   * @return the unserved final demand of each actor whose demand is cut
   */
  public Map<String, Double> unservedDemands() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < served.length; i++) {
      double unserved = unservedDemand(i);
      if (unserved > 0) {
        map.put(chain.id(i), unserved);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the goods carried per tick by goods flow {@code goodsFlow} (an index of {@link CompiledChain#goods()}):
   * {@code coefficient(g) · x_buyer}, units per tick.
   *
   * @param goodsFlow a goods flow index
   * @return the units it carries per tick
   */
  public double quantity(int goodsFlow) {
    return quantity[Objects.checkIndex(goodsFlow, quantity.length)];
  }

  /**
   * Returns the money paid per tick for goods flow {@code goodsFlow}: quantity × price, or 0 if it is unpaid.
   *
   * @param goodsFlow a goods flow index
   * @return the money paid for it per tick
   */
  public double paid(int goodsFlow) {
    OptionalInt payment = chain.payment(Objects.checkIndex(goodsFlow, quantity.length));
    return payment.isPresent() ? money[payment.getAsInt()] : 0;
  }

  /**
   * Returns the money carried per tick by money flow {@code moneyFlow} (an index of
   * {@code chain().flows(FlowKind.MONEY)}), currency units per tick.
   *
   * @param moneyFlow a money flow index
   * @return the money it carries per tick
   */
  public double money(int moneyFlow) {
    return money[Objects.checkIndex(moneyFlow, money.length)];
  }

  /**
   * Returns the fee paid per tick over service flow {@code serviceFlow} (an index of
   * {@code chain().flows(FlowKind.SERVICE)}): the fixed fee plus the take rate × the served actor's base.
   *
   * @param serviceFlow a service flow index
   * @return the fee paid over it per tick
   */
  public double fee(int serviceFlow) {
    return fee[Objects.checkIndex(serviceFlow, fee.length)];
  }

  /**
   * Returns the statement of the actor at compiled index {@code actor}.
   *
   * @param actor a compiled actor index
   * @return its statement
   */
  public Statement statement(int actor) {
    Objects.checkIndex(actor, output.length);
    return new Statement(chain.id(actor), chain.role(actor), output[actor], revenue[actor], purchases[actor],
        feesPaid[actor], feesReceived[actor], ownCost[actor]);
  }

  /**
   * Returns the statement of an actor.
   *
   * @param id an actor id of the chain
   * @return its statement
   * @throws IllegalArgumentException if the chain has no such actor
   */
  public Statement statement(String id) {
    return statement(index(id));
  }

  /** {@return a new map from actor id to statement, in compiled order; O(n) per call} */
  public Map<String, Statement> statements() {
    Map<String, Statement> map = new LinkedHashMap<>();
    for (int i = 0; i < output.length; i++) {
      map.put(chain.id(i), statement(i));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * {@return the total consumer spend per tick: what the consumer segments (role C) pay for goods and in service
   * fees, the only money that enters the chain}
   */
  public double consumerSpend() {
    return consumerSpend;
  }

  /** {@return the value capture, or empty if consumers spend nothing (so that no share is defined)} */
  public Optional<ValueCapture> valueCapture() {
    return Optional.ofNullable(valueCapture);
  }

  /** {@return the Gauss–Seidel sweeps taken by the slowest goods loop; 0 for an acyclic goods graph} */
  public int iterations() {
    return iterations;
  }

  double profit(int actor) {
    return Statement.profit(revenue[actor], purchases[actor], feesPaid[actor], feesReceived[actor], ownCost[actor]);
  }

  double ownCost(int actor) {
    return ownCost[actor];
  }

  int index(String id) {
    Objects.requireNonNull(id, "id");
    OptionalInt index = chain.indexOf(id);
    if (index.isEmpty()) {
      throw new IllegalArgumentException("actor id must be an actor of the chain but was '" + id + "'");
    }
    return index.getAsInt();
  }

  @Override
  public String toString() {
    return "SteadyState{actors=" + output.length + ", goods=" + quantity.length + ", consumerSpend="
        + consumerSpend + ", iterations=" + iterations + "}";
  }
}
