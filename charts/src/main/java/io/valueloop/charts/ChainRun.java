package io.valueloop.charts;

import io.valueloop.model.ValueChain;
import io.valueloop.sim.SimulationResult;
import java.util.Objects;

/**
 * A simulation run together with the chain it simulated, for charts that compare runs of different chains (such
 * as business models side by side), since a {@link SimulationResult} does not hold its chain.
 *
 * @param chain the chain that was simulated
 * @param result the run's result
 */
public record ChainRun(ValueChain chain, SimulationResult result) {
  /**
   * Checks that neither is null.
   *
   * @param chain the chain that was simulated
   * @param result the run's result
   */
  public ChainRun {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(result, "result");
  }
}
