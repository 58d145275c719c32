package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.Objects;

/**
 * The built-in {@link OrderingPolicy ordering policies}: order-up-to with a forecast (Chen et al. 2000), (s, S),
 * fixed quantity, lot-for-lot, Sterman's (1989) anchoring-and-adjustment rule, (r, Q), periodic review (R, S) and
 * Clark and Scarf's (1960) echelon base-stock. Each factory returns an immutable,
 * thread-safe specification with value-based equality; {@link OrderingPolicy#start(ActorView)} gives each actor of
 * each run a fresh rule with its own state.
 *
 * <p>Timing (docs/design.md §3): a rule decides at step 8 of tick {@code t}, after the actor received goods (step 2) and
 * orders (step 4), shipped (step 5) and observed its demand signal {@code D_t} (step 7). It therefore sees the
 * signal of tick {@code t} and the inventory position {@code IP_t = onHand - backlog + onOrder} after this tick's
 * shipments and incoming orders, not yet counting the order it is deciding. An order decided at tick {@code t} with
 * lead time {@code L} ({@link ActorView#leadTime()}) is usable at step 2 of tick {@code t + L}, before the shipments
 * of that tick, so it must cover the demand of ticks {@code t + 1, ..., t + L}: exactly {@code L} ticks.
 *
 * <p>Assemblers: for an actor with two or more inputs the inventory position is counted in finished units as
 * Rosling (1989), "Optimal inventory policies for assembly systems under random demands", Operations Research 37(4),
 * and Snyder and Shen, <i>Fundamentals of Supply Chain Theory</i>, ch. 6, prescribe: {@code IP = onHand - backlog +
 * min over inputs k of (held_k + onOrder_k) / r_k}, inputs received but not yet assembled included. The order
 * {@code q} a rule returns raises that position to {@code y = IP + q}; the simulation orders each input {@code k} up
 * to {@code y}: {@code q_k = q - ((held_k + onOrder_k) / r_k - min_j (held_j + onOrder_j) / r_j)} finished units,
 * {@code r_k · q_k} units of input (cut to zero unless negative orders are allowed). An input already held is not
 * ordered again, and whole-number demand gives whole-number orders. With unequal input lead times every input is
 * ordered up to the same level at once, so an input with a shorter lead time {@code L_k} is held about
 * {@code (L - L_k)} ticks of demand ahead of assembly ({@code L} the longest); Rosling's optimal policy would instead
 * delay those orders by {@code L - L_k} ticks (the equivalent serial system), which this rule does not do. A steady
 * start ({@link Scenario.Builder#steadyStart(boolean)}) starts in the steady state of this rule.
 *
 * <p>Rules return raw quantities; the simulation cuts negative orders to zero unless the scenario allows negative
 * orders. Each rule costs O(1) per tick, except the moving average and the error estimate, O(p) and O(n) over their
 * windows; rules allocate only when started.
 */
public final class Policies {

  private static final OrderingPolicy LOT_FOR_LOT = new LotForLot();

  private Policies() {}

  /**
   * Returns the order-up-to policy with a forecast, without safety stock ({@code z = 0}): the policy of Chen,
   * Drezner, Ryan and Simchi-Levi (2000) whose bullwhip ratio is {@code 1 + 2L/p + 2L²/p²} for a moving average
   * and, for exponential smoothing, {@code 1 + 2Lα + 2L²α²/(2 - α)} (Chen, Ryan and Simchi-Levi 2000).
   *
   * @param forecast the forecast method
   * @return the policy
   * @see #orderUpTo(Forecast, double, int)
   */
  public static OrderingPolicy orderUpTo(Forecast forecast) {
    return orderUpTo(forecast, 0);
  }

  /**
   * Returns the order-up-to policy with a forecast and safety factor {@code z}, estimating the forecast error over
   * the forecast's default window ({@code p} for a moving average, {@code round(2/α - 1)} for exponential
   * smoothing).
   *
   * @param forecast the forecast method
   * @param safetyFactor the safety factor {@code z}, finite
   * @return the policy
   * @see #orderUpTo(Forecast, double, int)
   */
  public static OrderingPolicy orderUpTo(Forecast forecast, double safetyFactor) {
    Objects.requireNonNull(forecast, "forecast");
    return orderUpTo(forecast, safetyFactor, forecast.defaultErrorWindow());
  }

  /**
   * Returns the order-up-to policy with a forecast, after Chen, Drezner, Ryan and Simchi-Levi (2000), "Quantifying
   * the bullwhip effect in a simple supply chain", Management Science 46(3), and Chen, Ryan and Simchi-Levi (2000),
   * "The impact of exponential smoothing forecasts on the bullwhip effect", Naval Research Logistics 47.
   *
   * <p>At tick {@code t} the rule observes {@code D_t}, updates the one-tick forecast {@code F_t} (which includes
   * {@code D_t}; see {@link Forecast} for the warm-up), and orders
   *
   * <pre>
   *   y_t = L·F_t + z·σ̂_t·√L,     q_t = y_t − IP_t,
   * </pre>
   *
   * where {@code L} is the actor's lead time and {@code IP_t} its inventory position after this tick's shipments.
   * {@code q_t} may be negative. When the previous order was placed in full (negative orders allowed),
   * {@code IP_t = y_{t-1} − D_t} for an actor whose signal is its own incoming orders, hence Chen's identity
   * {@code q_t = D_t + y_t − y_{t-1}}.
   *
   * <p>Error estimator: the one-tick forecast errors {@code e_s = D_s − F_{s-1}} (from the second signal on);
   * {@code σ̂_t} is their root mean square over the last {@code errorWindow} ticks (fewer during warm-up, and 0
   * before the first error). The root mean square rather than the sample deviation, so that a biased forecast
   * counts as error. {@code σ̂·√L} takes the errors of the {@code L} ticks as independent; for a moving average of
   * i.i.d. demand, {@code E[e²] = σ²(1 + 1/p)}, so the estimate is slightly conservative. With {@code z = 0}, the
   * setting of Chen et al.'s bullwhip ratios, the estimate plays no part.
   *
   * @param forecast the forecast method
   * @param safetyFactor the safety factor {@code z}, finite
   * @param errorWindow the number of past errors in {@code σ̂}, at least 1
   * @return the policy
   */
  public static OrderingPolicy orderUpTo(Forecast forecast, double safetyFactor, int errorWindow) {
    Objects.requireNonNull(forecast, "forecast");
    Preconditions.finite("safety factor z", safetyFactor);
    Preconditions.atLeast("forecast-error window", errorWindow, 1);
    return new OrderUpTo(forecast, safetyFactor, errorWindow);
  }

  /**
   * Returns the (s, S) policy: when the inventory position is at or below the reorder point {@code s}, order up to
   * the level {@code S} ({@code q = S − IP}); otherwise order nothing. With {@code s = S} it is the base-stock
   * policy. See Scarf (1960), "The optimality of (s, S) policies in the dynamic inventory problem".
   *
   * @param reorderPoint the reorder point {@code s}, finite (negative values count backlog)
   * @param orderUpToLevel the order-up-to level {@code S}, finite, at least {@code s}
   * @return the policy
   */
  public static OrderingPolicy reorderPoint(double reorderPoint, double orderUpToLevel) {
    Preconditions.finite("reorder point s", reorderPoint);
    Preconditions.finite("order-up-to level S", orderUpToLevel);
    if (orderUpToLevel < reorderPoint) {
      throw new IllegalArgumentException("order-up-to level S must be at least the reorder point s = "
          + reorderPoint + " but was " + orderUpToLevel);
    }
    return new ReorderPoint(reorderPoint, orderUpToLevel);
  }

  /**
   * Returns the policy that orders the same quantity every tick, whatever the state.
   *
   * @param quantity the order per tick, in units; finite and non-negative
   * @return the policy
   */
  public static OrderingPolicy fixedQuantity(double quantity) {
    return new FixedQuantity(Preconditions.nonNegativeFinite("fixed order quantity", quantity));
  }

  /**
   * Returns lot-for-lot (pass-through): order what was observed this tick, {@code q_t = D_t}, the demand signal.
   * It passes demand upstream without amplification, and without correcting the inventory position either.
   *
   * @return the policy
   */
  public static OrderingPolicy lotForLot() {
    return LOT_FOR_LOT;
  }

  /**
   * Returns Sterman's anchoring-and-adjustment rule, from Sterman (1989), "Modeling managerial behavior:
   * misperceptions of feedback in a dynamic decision making experiment", Management Science 35(3):
   *
   * <pre>
   *   L̂_t = θ·D_t + (1 − θ)·L̂_{t-1},     O_t = max(0, L̂_t + α_S·(S′ − S_t − β·SL_t)),
   * </pre>
   *
   * where {@code D_t} is the demand signal of this tick (the newest incoming orders, the last information the
   * player has when ordering), {@code L̂} the expected demand ({@code L̂_0 = D_0}), {@code S_t = onHand − backlog}
   * the effective inventory, {@code SL_t = onOrder} the supply line, {@code α_S} the fraction of the stock
   * discrepancy corrected per tick, {@code β} the weight given to the supply line, and {@code S′} the anchor
   * (desired stock plus {@code β} times the desired supply line).
   *
   * @param theta the expectation smoothing weight {@code θ}, in [0, 1]
   * @param stockAdjustment the stock adjustment fraction {@code α_S}, in [0, 1]
   * @param supplyLineWeight the supply-line weight {@code β}, in [0, 1]
   * @param anchor the anchor {@code S′}, in units; finite and non-negative
   * @return the policy
   */
  public static OrderingPolicy anchoring(
      double theta, double stockAdjustment, double supplyLineWeight, double anchor) {
    return new Anchoring(
        Preconditions.inClosed("expectation weight theta", theta, 0, 1),
        Preconditions.inClosed("stock adjustment alpha_S", stockAdjustment, 0, 1),
        Preconditions.inClosed("supply-line weight beta", supplyLineWeight, 0, 1),
        Preconditions.nonNegativeFinite("anchor S'", anchor));
  }

  /**
   * Returns {@link #anchoring(double, double, double, double)} with the mean parameters Sterman (1989) estimated
   * from beer-game players: {@code θ = 0.36}, {@code α_S = 0.26}, {@code β = 0.34}, {@code S′ = 17}.
   *
   * @return the policy
   */
  public static OrderingPolicy beerGameAnchoring() {
    return anchoring(0.36, 0.26, 0.34, 17);
  }

  /**
   * Checks that a quantity a rule reads is finite, as {@link Preconditions#finiteState(String, double, String, int)}
   * does, but asks the view for the actor's id only when the check fails: looking the id up every tick costs a
   * scattered memory read per actor (the chain's actor object).
   */
  static double finite(String what, double value, ActorView actor) {
    if (!Double.isFinite(value)) {
      Preconditions.finiteState(what, value, actor.id(), actor.tick());
    }
    return value;
  }

  /**
   * Returns the smoothing constant {@code α} if {@code policy} is the order-up-to policy with exponential smoothing
   * and no safety stock, which the simulation evaluates in place ({@link Rules#flat}); otherwise 0.
   */
  static double smoothingOf(OrderingPolicy policy) {
    return policy instanceof OrderUpTo p && p.safetyFactor() == 0 && p.forecast().alpha().isPresent()
        ? p.forecast().alpha().getAsDouble() : 0;
  }

  private record OrderUpTo(Forecast forecast, double safetyFactor, int errorWindow) implements OrderingPolicy {
    @Override
    public OrderRule start(ActorView actor) {
      return new OrderUpToRule(forecast, safetyFactor, errorWindow);
    }
  }

  private static final class OrderUpToRule extends Forecaster implements OrderRule {
    private final double safetyFactor;
    private final double[] squaredErrors;
    private int errorCount;
    private int nextError;

    OrderUpToRule(Forecast forecast, double safetyFactor, int errorWindow) {
      super(forecast.window().orElse(0), forecast.alpha().orElse(Double.NaN));
      this.safetyFactor = safetyFactor;
      this.squaredErrors = safetyFactor == 0 ? null : new double[errorWindow];
    }

    @Override
    public double order(ActorView actor) {
      double signal = Policies.finite("demand signal", actor.demandSignal(), actor);
      if (squaredErrors != null && ready()) {
        double error = signal - value();
        squaredErrors[nextError] = error * error;
        nextError = nextError + 1 == squaredErrors.length ? 0 : nextError + 1;
        errorCount = Math.min(errorCount + 1, squaredErrors.length);
      }
      observe(signal);
      int lead = actor.leadTime();
      double level = lead * value();
      if (errorCount > 0) {
        double sum = 0;
        for (int i = 0; i < errorCount; i++) {
          sum += squaredErrors[i];
        }
        level += safetyFactor * Math.sqrt(sum / errorCount) * Math.sqrt(lead);
      }
      return level - Policies.finite("inventory position", actor.inventoryPosition(), actor);
    }
  }

  /** A stateless policy: its own rule, shared by every actor and run. */
  private interface Stateless extends OrderingPolicy, OrderRule {
    @Override
    default OrderRule start(ActorView actor) {
      return this;
    }
  }

  private record ReorderPoint(double reorderPoint, double orderUpToLevel) implements Stateless {
    @Override
    public double order(ActorView actor) {
      double position = Policies.finite("inventory position", actor.inventoryPosition(), actor);
      return position <= reorderPoint ? orderUpToLevel - position : 0;
    }
  }

  private record FixedQuantity(double quantity) implements Stateless {
    @Override
    public double order(ActorView actor) {
      return quantity;
    }
  }

  private record LotForLot() implements Stateless {
    @Override
    public double order(ActorView actor) {
      return Policies.finite("demand signal", actor.demandSignal(), actor);
    }
  }

  private record Anchoring(double theta, double stockAdjustment, double supplyLineWeight, double anchor)
      implements OrderingPolicy {
    @Override
    public OrderRule start(ActorView actor) {
      return new AnchoringRule(this);
    }
  }

  private static final class AnchoringRule implements OrderRule {
    private final Anchoring spec;
    private boolean started;
    private double expected;

    AnchoringRule(Anchoring spec) {
      this.spec = spec;
    }

    @Override
    public double order(ActorView actor) {
      double signal = Policies.finite("demand signal", actor.demandSignal(), actor);
      expected = started ? spec.theta() * signal + (1 - spec.theta()) * expected : signal;
      started = true;
      double stock = Policies.finite("on-hand inventory", actor.onHand(), actor)
          - Policies.finite("backlog", actor.backlog(), actor);
      double supplyLine = Policies.finite("supply line", actor.onOrder(), actor);
      double adjustment =
          spec.stockAdjustment() * (spec.anchor() - stock - spec.supplyLineWeight() * supplyLine);
      return Math.max(0, expected + adjustment);
    }
  }

  /**
   * Returns the (r, Q) policy, continuous review with a fixed lot: when the inventory position {@code IP} is at or
   * below the reorder point {@code r}, order the smallest multiple of {@code Q} that lifts it above {@code r},
   * {@code q = Q · (floor((r − IP) / Q) + 1)}; otherwise nothing. When demand per tick never exceeds {@code Q} that is
   * one lot of {@code Q}. See Hadley and Whitin (1963), <i>Analysis of Inventory Systems</i>, ch. 4, and Snyder and
   * Shen, <i>Fundamentals of Supply Chain Theory</i>, ch. 5.
   *
   * @param reorderPoint the reorder point {@code r}, finite (negative values count backlog)
   * @param lot the lot size {@code Q}, finite and positive
   * @return the policy
   */
  public static OrderingPolicy reorderLot(double reorderPoint, double lot) {
    Preconditions.finite("reorder point r", reorderPoint);
    Preconditions.positive("lot size Q", lot);
    return new StockPolicies.ReorderLot(reorderPoint, lot);
  }

  /**
   * Returns the periodic-review (R, S) policy: the actor reviews every {@code R} ticks, at the ticks {@code t} with
   * {@code t >= offset} and {@code (t − offset) mod R = 0}, and then orders up to {@code S} ({@code q = S − IP});
   * at other ticks it orders nothing. With {@code R = 1} it is the base-stock policy. An order then has to cover
   * {@code R + L} ticks of demand, so {@code S} is set for the protection interval {@code R + L} (Snyder and Shen,
   * ch. 5). Offsets let actors of one chain review on different ticks.
   *
   * @param period the review period {@code R} in ticks, at least 1
   * @param offset the first review tick, in {@code [0, R)}
   * @param orderUpToLevel the order-up-to level {@code S}, finite
   * @return the policy
   */
  public static OrderingPolicy periodicReview(int period, int offset, double orderUpToLevel) {
    Preconditions.atLeast("review period R", period, 1);
    if (offset < 0 || offset >= period) {
      throw new IllegalArgumentException("review offset must be in [0, " + period + ") but was " + offset);
    }
    Preconditions.finite("order-up-to level S", orderUpToLevel);
    return new StockPolicies.PeriodicReview(period, offset, orderUpToLevel);
  }

  /**
   * Returns the echelon base-stock policy of Clark and Scarf (1960), "Optimal policies for a multi-echelon inventory
   * problem", Management Science 6(4): order up to the echelon level {@code S^e}, {@code q = S^e − IP^e}, where
   * {@code IP^e} is the {@link ActorView#echelonPosition() echelon inventory position} (the actor's own position
   * plus those of the actors downstream of it in its echelon). In a serial chain whose every stage follows it, stage
   * {@code i} with echelon level {@code S^e_i} orders exactly what the local base-stock policy
   * ({@link #reorderPoint(double, double) reorderPoint(S, S)}) with {@code S_i = S^e_i − S^e_{i−1}} orders,
   * {@code i − 1} being the stage below it (Snyder and Shen, ch. 6): the two give the same sample path, since the
   * stages below decide first in a tick and each ends at its local level. For the most downstream stage the two
   * levels coincide.
   *
   * @param echelonLevel the echelon base-stock level {@code S^e}, in units of the actor's product; finite
   * @return the policy
   */
  public static OrderingPolicy echelonBaseStock(double echelonLevel) {
    return new StockPolicies.EchelonBaseStock(Preconditions.finite("echelon base-stock level", echelonLevel));
  }
}
