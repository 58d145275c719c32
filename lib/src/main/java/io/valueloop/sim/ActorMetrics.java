package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The metrics of one actor over the measured ticks {@code [warmUp, ticks)} of a run; see {@link SimulationResult}
 * for the definitions.
 *
 * @param id the actor's id
 * @param role the actor's role
 * @param bullwhip the variance of the orders the actor placed divided by the variance of the consumer demand it
 *     serves ({@link Series#CONSUMER_DEMAND}); empty for actors that do not order and where that demand does not vary
 * @param orderVariance the population variance of the orders placed per tick
 * @param demandVariance the population variance of the consumer demand served per tick
 * @param fillRate the fraction of the units ordered from the actor that it shipped in the tick the order arrived
 *     (shipments serve older backlog first); empty if nobody ordered from it
 * @param meanOnHand the mean on-hand inventory per tick, in units
 * @param meanBacklog the mean backlog per tick, in units
 * @param revenue the total revenue, in currency units
 * @param cost the total cost, in currency units
 * @param profit {@code revenue - cost}
 * @param valueCaptureShare the profit as a share of total consumer spend; empty for consumer segments and when
 *     consumers spent nothing
 */
public record ActorMetrics(
    String id,
    Role role,
    OptionalDouble bullwhip,
    double orderVariance,
    double demandVariance,
    OptionalDouble fillRate,
    double meanOnHand,
    double meanBacklog,
    double revenue,
    double cost,
    double profit,
    OptionalDouble valueCaptureShare) {

  /**
   * Checks that no reference is null.
   *
   * @param id the actor's id
   * @param role the actor's role
   * @param bullwhip the variance of the orders the actor placed divided by the variance of the consumer demand it
   *     serves ({@link Series#CONSUMER_DEMAND}); empty for actors that do not order and where that demand does not vary
   * @param orderVariance the population variance of the orders placed per tick
   * @param demandVariance the population variance of the consumer demand served per tick
   * @param fillRate the fraction of the units ordered from the actor that it shipped in the tick the order arrived
   *     (shipments serve older backlog first); empty if nobody ordered from it
   * @param meanOnHand the mean on-hand inventory per tick, in units
   * @param meanBacklog the mean backlog per tick, in units
   * @param revenue the total revenue, in currency units
   * @param cost the total cost, in currency units
   * @param profit {@code revenue - cost}
   * @param valueCaptureShare the profit as a share of total consumer spend; empty for consumer segments and when
   *     consumers spent nothing
   */
  public ActorMetrics {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(bullwhip, "bullwhip");
    Objects.requireNonNull(fillRate, "fillRate");
    Objects.requireNonNull(valueCaptureShare, "valueCaptureShare");
  }
}
