package io.valueloop.experiment;

import java.util.Objects;

/**
 * Thrown when one run of an experiment fails: the simulation of a (scenario, replication) threw, or a measure threw
 * or returned NaN or an infinite value. The message names the scenario and the replication (and the measure, if it
 * is at fault); the cause, if any, is what the simulation or the measure threw.
 */
public final class ExperimentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the scenario whose run failed. */
  private final String scenario;
  /** The replication that failed. */
  private final int replication;

  ExperimentException(String message, String scenario, int replication, Throwable cause) {
    super(message, cause);
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.replication = replication;
  }

  /** {@return the name of the scenario whose run failed} */
  public String scenario() {
    return scenario;
  }

  /** {@return the replication that failed} */
  public int replication() {
    return replication;
  }
}
