package io.valueloop.sim;

import java.util.function.IntToDoubleFunction;

/** Test-only demand processes; the real ones live with the policies. */
final class TestDemand {
  private TestDemand() {}

  /** A deterministic demand, a function of the tick. */
  static DemandProcess of(IntToDoubleFunction byTick) {
    return random -> byTick::applyAsDouble;
  }

  /** Uniform demand on {@code [low, high)}, drawn from the segment's own stream. */
  static DemandProcess uniform(double low, double high) {
    return random -> tick -> low + (high - low) * random.nextDouble();
  }
}
