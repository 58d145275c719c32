package io.valueloop.sim;

/**
 * A run in progress, stepped one tick at a time ({@link Simulation#start(Scenario)}). Each {@link #step()} does
 * one whole tick (steps 1 to 9 of docs/design.md §3) and allocates nothing. Not thread-safe: one thread steps a run. A run
 * of a simulation with more than one thread ({@link Simulation#withThreads(int)}) holds worker threads until its
 * last tick; {@link #close()} a run given up before then.
 */
public final class SimulationRun implements AutoCloseable {
  private final Run run;

  SimulationRun(Run run) {
    this.run = run;
  }

  /** {@return the number of ticks simulated so far, which is also the next tick to simulate} */
  public int completedTicks() {
    return run.completed();
  }

  /** {@return whether every tick of the scenario has been simulated} */
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

  /**
   * Stops the worker threads this run holds, if any (only a simulation with more than one thread has them); they
   * stop by themselves after the last tick or a failure. A closed run may still step, starting them again.
   */
  @Override
  public void close() {
    run.close();
  }

  @Override
  public String toString() {
    return "SimulationRun{completed=" + completedTicks() + ", finished=" + isFinished() + "}";
  }
}
