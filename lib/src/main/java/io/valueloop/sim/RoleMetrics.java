package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The metrics of all actors of one role together over the measured ticks of a run: the role is treated as one
 * actor whose orders, consumer demand, inventory, backlog and money are the sums over its actors; see
 * {@link SimulationResult} for the definitions.
 *
 * @param role the role
 * @param actors the number of actors of the role
 * @param bullwhip the variance of the role's total orders per tick divided by the variance of the total consumer
 *     demand its ordering actors serve; empty if none of them orders or that demand does not vary
 * @param fillRate the units shipped in the tick their order arrived over the units ordered, summed over the role
 * @param meanOnHand the mean total on-hand inventory per tick
 * @param meanBacklog the mean total backlog per tick
 * @param revenue the total revenue
 * @param cost the total cost
 * @param profit {@code revenue - cost}
 * @param valueCaptureShare the role's profit as a share of consumer spend; empty for role C and when consumers spent
 *     nothing
 */
public record RoleMetrics(
    Role role,
    int actors,
    OptionalDouble bullwhip,
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
   * @param role the role
   * @param actors the number of actors of the role
   * @param bullwhip the variance of the role's total orders per tick divided by the variance of the total consumer
   *     demand its ordering actors serve; empty if none of them orders or that demand does not vary
   * @param fillRate the units shipped in the tick their order arrived over the units ordered, summed over the role
   * @param meanOnHand the mean total on-hand inventory per tick
   * @param meanBacklog the mean total backlog per tick
   * @param revenue the total revenue
   * @param cost the total cost
   * @param profit {@code revenue - cost}
   * @param valueCaptureShare the role's profit as a share of consumer spend; empty for role C and when consumers spent
   *     nothing
   */
  public RoleMetrics {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(bullwhip, "bullwhip");
    Objects.requireNonNull(fillRate, "fillRate");
    Objects.requireNonNull(valueCaptureShare, "valueCaptureShare");
  }
}
