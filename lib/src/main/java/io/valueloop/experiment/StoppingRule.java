package io.valueloop.experiment;

import java.util.Objects;

/**
 * When an {@link Experiment} stops adding replications: once the confidence interval of a named measure has a half
 * width of at most {@code halfWidth} in every scenario, or once {@code maxReplications} replications have run.
 *
 * <p>The experiment runs its {@link Experiment#replications()} replications of every scenario, then, while the rule
 * is not met, adds another batch of that many (the last batch cut at the cap) and checks again. The check reads the
 * values of replications {@code 0..n−1} only, which do not depend on the thread count, so the number of replications
 * run, and every value, is the same whatever the threads. All scenarios keep the same number of replications, so
 * that paired comparisons with common random numbers stay possible.
 *
 * @param measure the name of the measure whose half width is checked
 * @param halfWidth the target half width, positive and finite, in the measure's units
 * @param level the confidence level of the interval, in (0, 1)
 * @param maxReplications the cap on replications, at least the experiment's initial replications
 */
public record StoppingRule(String measure, double halfWidth, double level, int maxReplications) {

  /**
   * Checks the arguments.
   *
   * @param measure the name of the measure whose half width is checked, non-blank
   * @param halfWidth the target half width, positive and finite
   * @param level the confidence level, in (0, 1)
   * @param maxReplications the cap on replications, at least 2
   */
  public StoppingRule {
    Arguments.name("stopping measure", measure, "stopping rule");
    if (!(halfWidth > 0 && halfWidth < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("half width must be positive and finite but was " + halfWidth
          + " (stopping rule)");
    }
    Arguments.level(level);
    Arguments.atLeast("maximum replications", maxReplications, 2, "stopping rule");
    Objects.requireNonNull(measure, "measure");
  }
}
