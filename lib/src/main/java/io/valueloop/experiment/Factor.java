package io.valueloop.experiment;

import java.util.Arrays;
import java.util.Objects;

/**
 * A factor of a {@link Design}: a named parameter with either a list of levels (for full-factorial grids; a Latin
 * hypercube picks among them) or a range {@code [min, max]} (for Latin hypercubes). Immutable, with value equality.
 */
public final class Factor {
  private final String name;
  private final double[] levels;
  private final double min;
  private final double max;

  private Factor(String name, double[] levels, double min, double max) {
    this.name = Arguments.name("factor name", name, "factor");
    this.levels = levels;
    this.min = min;
    this.max = max;
  }

  /**
   * Returns a factor with levels.
   *
   * @param name the name, non-blank
   * @param levels the levels, at least one, finite, in the order the grid visits them
   * @return the factor
   */
  public static Factor levels(String name, double... levels) {
    Objects.requireNonNull(levels, "levels");
    if (levels.length == 0) {
      throw new IllegalArgumentException("levels must be non-empty but was [] (factor " + name + ")");
    }
    for (double level : levels) {
      if (!Double.isFinite(level)) {
        throw new IllegalArgumentException("level must be finite but was " + level + " (factor " + name + ")");
      }
    }
    return new Factor(name, levels.clone(), Double.NaN, Double.NaN);
  }

  /**
   * Returns a factor with a range, for Latin hypercube designs.
   *
   * @param name the name, non-blank
   * @param min the lower end, finite
   * @param max the upper end, finite, at least {@code min}
   * @return the factor
   */
  public static Factor range(String name, double min, double max) {
    if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
      throw new IllegalArgumentException("range must be finite with min <= max but was [" + min + ", " + max
          + "] (factor " + name + ")");
    }
    return new Factor(name, null, min, max);
  }

  /** {@return the name} */
  public String name() {
    return name;
  }

  /** {@return whether this factor has levels (else a range)} */
  public boolean hasLevels() {
    return levels != null;
  }

  /**
   * Returns the levels.
   *
   * @return a copy of the levels
   * @throws IllegalStateException if this factor has a range
   */
  public double[] levels() {
    if (levels == null) {
      throw new IllegalStateException("factor must have levels but has a range (factor " + name + ")");
    }
    return levels.clone();
  }

  /** {@return the lower end of the range, or the least level} */
  public double min() {
    return levels == null ? min : Arrays.stream(levels).min().getAsDouble();
  }

  /** {@return the upper end of the range, or the greatest level} */
  public double max() {
    return levels == null ? max : Arrays.stream(levels).max().getAsDouble();
  }

  /**
   * Returns the factor's value at a point {@code u} of the unit interval: {@code min + u · (max − min)} for a range,
   * the level of index {@code floor(u · k)} for {@code k} levels.
   */
  double at(double u) {
    if (levels == null) {
      return min + u * (max - min);
    }
    return levels[Math.min(levels.length - 1, (int) (u * levels.length))];
  }

  int levelCount() {
    return levels.length;
  }

  double level(int index) {
    return levels[index];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Factor f && name.equals(f.name) && Arrays.equals(levels, f.levels)
        && Double.compare(min, f.min) == 0 && Double.compare(max, f.max) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(levels), min, max);
  }

  @Override
  public String toString() {
    return "Factor{" + name + (levels != null ? " levels " + Arrays.toString(levels)
        : " range [" + min + ", " + max + "]") + "}";
  }
}
