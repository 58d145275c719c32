package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The recorders part of a {@link Scenario.Builder}: which series to record for which actors ({@link Recording}),
 * with the setters the scenario builder inherits. Kept apart, like {@link MechanicsSettings}, so that each part of
 * the scenario's settings has a file of its own; users see one flat builder.
 */
abstract class RecorderSettings {
  final Map<Series, Set<String>> recordedActors = new EnumMap<>(Series.class);
  final Map<Series, Set<Role>> recordedRoles = new EnumMap<>(Series.class);
  final Set<Series> recordedForAll = EnumSet.noneOf(Series.class);

  /** {@return the scenario builder these settings belong to, for chaining} */
  abstract Scenario.Builder self();

  /**
   * Records a series for some actors (one value per tick each).
   *
   * @param series the series
   * @param actorIds the actors' ids, at least one
   * @return this builder
   */
  public Scenario.Builder record(Series series, String... actorIds) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(actorIds, "actorIds");
    if (actorIds.length == 0) {
      throw new IllegalArgumentException("actorIds must be non-empty but was [] (series " + series + ")");
    }
    Set<String> ids = recordedActors.computeIfAbsent(series, s -> new LinkedHashSet<>());
    for (String id : actorIds) {
      Preconditions.nonBlank("actorId", id);
      ids.add(id);
    }
    return self();
  }

  /**
   * Records a series for every actor of a role.
   *
   * @param series the series
   * @param role the role
   * @return this builder
   */
  public Scenario.Builder record(Series series, Role role) {
    Objects.requireNonNull(series, "series");
    recordedRoles.computeIfAbsent(series, s -> EnumSet.noneOf(Role.class)).add(Objects.requireNonNull(role, "role"));
    return self();
  }

  /**
   * Records a series for every actor; costs {@code actorCount · ticks} doubles.
   *
   * @param series the series
   * @return this builder
   */
  public Scenario.Builder recordAll(Series series) {
    recordedForAll.add(Objects.requireNonNull(series, "series"));
    return self();
  }
}
