package io.valueloop.flow;

import io.valueloop.model.Role;
import java.util.Objects;

/**
 * One actor's steady-state statement for one tick, in currency units per tick (output in units per tick).
 *
 * <p>{@link #profit()} is {@code revenue − purchases − feesPaid + feesReceived − ownCost}. Revenue and purchases
 * count only goods flows that are paid for (added as trades); fees are the service flows' fixed fees plus their
 * take rates on the served actor's {@link io.valueloop.model.FeeBase}.
 *
 * @param actor the actor's id
 * @param role the actor's role
 * @param output the gross output {@code x_i}, units per tick (for a consumer segment, what it consumes)
 * @param revenue money received for goods sold
 * @param purchases money paid for goods bought
 * @param feesPaid service fees paid to providers
 * @param feesReceived service fees received as a provider
 * @param ownCost unit cost × output
 */
public record Statement(String actor, Role role, double output, double revenue, double purchases, double feesPaid,
    double feesReceived, double ownCost) {

  /**
   * Creates a statement; ids and roles must not be null and amounts must be finite.
   *
   * @param actor the actor's id
   * @param role the actor's role
   * @param output the gross output, units per tick
   * @param revenue money received for goods sold
   * @param purchases money paid for goods bought
   * @param feesPaid service fees paid to providers
   * @param feesReceived service fees received as a provider
   * @param ownCost unit cost × output
   */
  public Statement {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    finite("output", output, actor);
    finite("revenue", revenue, actor);
    finite("purchases", purchases, actor);
    finite("feesPaid", feesPaid, actor);
    finite("feesReceived", feesReceived, actor);
    finite("ownCost", ownCost, actor);
  }

  /** {@return {@code revenue − purchases − feesPaid + feesReceived − ownCost}, currency units per tick} */
  public double profit() {
    return profit(revenue, purchases, feesPaid, feesReceived, ownCost);
  }

  static double profit(double revenue, double purchases, double feesPaid, double feesReceived, double ownCost) {
    return revenue - purchases - feesPaid + feesReceived - ownCost;
  }

  private static void finite(String what, double value, String actor) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite but was " + value + " (actor " + actor + ")");
    }
  }
}
