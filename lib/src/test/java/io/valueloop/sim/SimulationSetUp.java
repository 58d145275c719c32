package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;

/**
 * What {@link Simulation#of(CompiledChain)} prepares, read for tests in other packages: the gross outputs a steady
 * start fills the pipelines with, and the information-sharing multipliers of one consumer segment.
 */
public final class SimulationSetUp {
  private final Topology topology;

  private SimulationSetUp(CompiledChain chain) {
    this.topology = new Topology(chain);
  }

  /**
   * Prepares a chain as {@link Simulation#of(CompiledChain)} does.
   *
   * @param chain the compiled chain
   * @return its set-up
   * @throws IllegalArgumentException as {@link Simulation#of(CompiledChain)} does
   */
  public static SimulationSetUp of(CompiledChain chain) {
    return new SimulationSetUp(chain);
  }

  /** Returns the gross outputs of the nominal demand that a steady start fills the pipelines with, by compiled index. */
  public double[] steadyStart() {
    return topology.grossOutput(topology.nominalDemand);
  }

  /**
   * Returns, by compiled index, the weight of each actor in the information-sharing pairs of a consumer segment:
   * the units of its product one unit of the segment's demand requires (1 for the segment itself; 0 for actors in
   * no pair with it).
   *
   * @param segment the compiled index of a consumer segment
   * @return the weights
   */
  public double[] multipliers(int segment) {
    double[] weights = new double[topology.n];
    weights[segment] = 1;
    int slot = topology.consumerSlot[segment];
    for (int a = 0; a < topology.n; a++) {
      for (int p = topology.pairStart[a]; p < topology.pairStart[a + 1]; p++) {
        if (topology.pairSegment[p] == slot) {
          weights[a] = topology.pairWeight[p];
        }
      }
    }
    return weights;
  }
}
