package io.valueloop.experiment;

import io.valueloop.model.Role;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.SimulationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * A named number read from each run of an experiment, for example the bullwhip ratio of role S. An experiment keeps
 * only these numbers, not the results they are read from.
 *
 * <p>The function is called once per run, possibly from several threads at once (see
 * {@link Experiment.Builder#threads(int)}); it must be thread-safe and depend on its argument only, so that results
 * do not depend on the thread count. A value that is NaN or infinite fails the experiment with an
 * {@link ExperimentException} naming the scenario, the replication and the measure.
 *
 * @param name the name, non-blank; unique within an experiment
 * @param function reads the value from a run's result
 */
public record Measure(String name, ToDoubleFunction<SimulationResult> function) {
  /** The kinds of built-in measure, as {@link #named(String)} reads them. */
  private static final List<String> NAMES = List.of("bullwhip", "fill rate", "profit", "value capture");


  /**
   * Checks that the name is non-blank and the function non-null.
   *
   * @param name the name, non-blank
   * @param function reads the value from a run's result
   */
  public Measure {
    Arguments.name("measure name", name, "measure");
    Objects.requireNonNull(function, "function");
  }

  /**
   * Returns a measure.
   *
   * @param name the name, non-blank
   * @param function reads the value from a run's result
   * @return the measure
   */
  public static Measure of(String name, ToDoubleFunction<SimulationResult> function) {
    return new Measure(name, function);
  }

  /**
   * Returns the bullwhip ratio of a role, {@link io.valueloop.sim.RoleMetrics#bullwhip()}, named
   * {@code "bullwhip " + role} (for example {@code "bullwhip S"}). A run where it is undefined (the chain has no
   * actors of the role, the role does not order, or the consumer demand it serves does not vary) fails the
   * experiment; so does every role measure on a role with no actors ("no actors of role P").
   *
   * @param role the role
   * @return the measure
   */
  public static Measure bullwhip(Role role) {
    Objects.requireNonNull(role, "role");
    return of("bullwhip " + role, r -> defined(roleMetrics(r, role).bullwhip(), "bullwhip", role,
        "it orders nothing or the consumer demand it serves does not vary"));
  }

  /**
   * Returns the fill rate of a role, {@link io.valueloop.sim.RoleMetrics#fillRate()}, named
   * {@code "fill rate " + role}. A run where nobody ordered from the role fails the experiment.
   *
   * @param role the role
   * @return the measure
   */
  public static Measure fillRate(Role role) {
    Objects.requireNonNull(role, "role");
    return of("fill rate " + role, r -> defined(roleMetrics(r, role).fillRate(), "fill rate", role,
        "nobody ordered from it"));
  }

  /**
   * Returns the profit of a role over the measured ticks, {@link io.valueloop.sim.RoleMetrics#profit()}, in
   * currency units, named {@code "profit " + role}.
   *
   * @param role the role
   * @return the measure
   */
  public static Measure profit(Role role) {
    Objects.requireNonNull(role, "role");
    return of("profit " + role, r -> roleMetrics(r, role).profit());
  }

  /**
   * Returns the value-capture share of a role, {@link io.valueloop.sim.RoleMetrics#valueCaptureShare()}: its
   * profit as a share of consumer spend, named {@code "value capture " + role}. A run where it is undefined (role C,
   * or consumers spent nothing) fails the experiment.
   *
   * @param role the role
   * @return the measure
   */
  public static Measure valueCaptureShare(Role role) {
    Objects.requireNonNull(role, "role");
    return of("value capture " + role, r -> defined(roleMetrics(r, role).valueCaptureShare(),
        "value-capture share", role, "it is role C or consumers spent nothing"));
  }

  /**
   * Returns a built-in measure by its name: {@code bullwhip R}, {@code fill rate R}, {@code profit R} or
   * {@code value capture R}, where {@code R} is a role letter; the names that {@link #bullwhip(Role)},
   * {@link #fillRate(Role)}, {@link #profit(Role)} and {@link #valueCaptureShare(Role)} give. What a file names.
   *
   * @param name the name
   * @return the measure
   * @throws IllegalArgumentException if no built-in measure has that name
   */
  public static Measure named(String name) {
    Objects.requireNonNull(name, "name");
    int space = name.lastIndexOf(' ');
    Optional<Role> role = space > 0 && space == name.length() - 2
        ? Role.ofLetter(name.charAt(name.length() - 1)) : Optional.empty();
    String kind = space > 0 ? name.substring(0, space) : name;
    if (role.isPresent()) {
      switch (kind) {
        case "bullwhip":
          return bullwhip(role.get());
        case "fill rate":
          return fillRate(role.get());
        case "profit":
          return profit(role.get());
        case "value capture":
          return valueCaptureShare(role.get());
        default:
          break;
      }
    }
    throw new IllegalArgumentException("measure name must be one of " + NAMES + " followed by a role letter (M, S,"
        + " B, C, P, L, F) but was '" + name + "'");
  }

  /** {@return the metrics of a role, refusing a role with no actors in the run's chain} */
  private static RoleMetrics roleMetrics(SimulationResult result, Role role) {
    RoleMetrics metrics = result.metrics(role);
    if (metrics.actors() == 0) {
      throw new IllegalStateException("role of a measure must have actors in the chain but was " + role
          + " (no actors of role " + role + ")");
    }
    return metrics;
  }

  private static double defined(OptionalDouble value, String what, Role role, String why) {
    if (value.isEmpty()) {
      throw new IllegalStateException(what + " of role " + role + " must be defined but was empty (" + why + ")");
    }
    return value.getAsDouble();
  }
}
