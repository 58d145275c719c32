package io.valueloop.sim;

/**
 * A run in progress, stepped one tick at a time ({@link Simulation#start(Scenario)}). Each {@link #step()} does
 * one whole tick (steps 1 to 9 of DESIGN §3) and allocates nothing. Not thread-safe: one thread steps a run.
 */
public final class SimulationRun {
  private final Run run;

  SimulationRun(Run run) {
    this.run = run;
  }

  /** Returns the number of ticks simulated so far, which is also the next tick to simulate. */
  public int completedTicks() {
    return run.completed();
  }

  /** Returns whether every tick of the scenario has been simulated. */
  public boolean isFinished() {
    return run.finished();
  }

  /**
   * Simulates the next tick.
   *
   * @return the state at the end of that tick, valid until the next call to {@code step} or {@link #finish()}
   * @throws IllegalStateException if the run is finished, or as {@link Simulation#run(Scenario)}
   */
  public TickView step() {
    return run.step();
  }

  /**
   * Simulates the remaining ticks, if any, and returns the result.
   *
   * @return the result of the whole run
   * @throws IllegalStateException as {@link Simulation#run(Scenario)}
   */
  public SimulationResult finish() {
    return run.finish();
  }

  @Override
  public String toString() {
    return "SimulationRun{completed=" + completedTicks() + ", finished=" + isFinished() + "}";
  }
}
