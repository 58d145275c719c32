package io.valueloop.benchmarks;

/**
 * What a floor run ({@link TickFloorRun}) simulates besides the chain: demand uniform on {@code [demandLow,
 * demandLow + demandWidth)} per segment and tick (width 0 for a constant demand, still drawn), the order-up-to rule
 * with exponential smoothing constant {@code alpha} and {@code z = 0} for every actor that orders, the production
 * lead time of sources, whether the run starts in the steady state of the nominal demand, and the seed of the
 * segments' random streams.
 *
 * @param demandLow the lowest demand
 * @param demandWidth the width of the demand's range
 * @param alpha the smoothing constant
 * @param productionLead the production lead time of sources, in ticks (at least 1)
 * @param steadyStart whether every pipeline starts full
 * @param seed the seed of the random streams
 */
record TickFloorSettings(double demandLow, double demandWidth, double alpha, int productionLead, boolean steadyStart,
    long seed) {

  /** {@return the settings of {@link SimulationBenchmark#scenario}: uniform [5, 15), alpha 0.3, steady start} */
  static TickFloorSettings benchmark() {
    return new TickFloorSettings(5, 10, 0.3, 1, true, 7);
  }
}
