package io.valueloop.sim;

/**
 * Demand lost under a {@link Shortage} rule over the measured ticks of a run: what a seller failed to sell and lost
 * ({@link SimulationResult#lostSales(String)}), or what a buyer ordered and lost
 * ({@link SimulationResult#lostDemand(String)}).
 *
 * @param units the units lost
 * @param revenue their value at the prices of the flows they were ordered on, in currency units
 */
public record LostDemand(double units, double revenue) {}
