package io.valueloop.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A design of experiments: the points at which factors are set, each point becoming one scenario of an
 * {@link Experiment} ({@link Experiment.Builder#design(Design, java.util.function.Function)}).
 *
 * <p><b>Full factorial</b>: every combination of the factors' levels, the last factor varying fastest;
 * {@code k1 · k2 · ...} points. <b>Latin hypercube</b> (McKay, Beckman and Conover 1979): {@code n} points; for each
 * factor the unit interval is cut into {@code n} strata and each stratum is used by exactly one point, at a uniform
 * position within it, the strata matched across factors by independent random permutations. The permutations and
 * positions come from one {@link SplittableRandom} of the design's seed, drawn factor by factor in a fixed order,
 * so the same seed gives the same points on every machine and thread count. A range factor takes
 * {@code min + u · (max − min)}; a factor with {@code k} levels takes level {@code floor(u · k)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Design {
  private final List<Factor> factors;
  private final List<DesignPoint> points;

  private Design(List<Factor> factors, List<DesignPoint> points) {
    this.factors = factors;
    this.points = points;
  }

  /**
   * Returns the full-factorial design of factors with levels.
   *
   * @param factors the factors, at least one, each with levels, names distinct
   * @return the design
   * @throws IllegalArgumentException if a factor has a range, names repeat, or there are over 1,000,000 points
   */
  public static Design fullFactorial(List<Factor> factors) {
    List<Factor> copy = checked(factors);
    long count = 1;
    for (Factor factor : copy) {
      if (!factor.hasLevels()) {
        throw new IllegalArgumentException("factor must have levels for a full-factorial design but has a range"
            + " (factor " + factor.name() + ")");
      }
      count *= factor.levelCount();
      if (count > 1_000_000) {
        throw new IllegalArgumentException("number of design points must be at most 1000000 but was more"
            + " (full factorial)");
      }
    }
    List<DesignPoint> points = new ArrayList<>((int) count);
    int[] index = new int[copy.size()];
    for (int p = 0; p < count; p++) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (int f = 0; f < copy.size(); f++) {
        values.put(copy.get(f).name(), copy.get(f).level(index[f]));
      }
      points.add(new DesignPoint(p, values));
      for (int f = copy.size() - 1; f >= 0; f--) {
        if (++index[f] < copy.get(f).levelCount()) {
          break;
        }
        index[f] = 0;
      }
    }
    return new Design(copy, List.copyOf(points));
  }

  /**
   * Returns a Latin hypercube design.
   *
   * @param factors the factors, at least one, names distinct
   * @param points the number of points, in [1, 1000000]
   * @param seed the design's seed; equal seeds give equal designs
   * @return the design
   */
  public static Design latinHypercube(List<Factor> factors, int points, long seed) {
    List<Factor> copy = checked(factors);
    if (points < 1 || points > 1_000_000) {
      throw new IllegalArgumentException("number of design points must be in [1, 1000000] but was " + points
          + " (Latin hypercube)");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] u = new double[copy.size()][points];
    for (int f = 0; f < copy.size(); f++) {
      int[] permutation = new int[points];
      for (int i = 0; i < points; i++) {
        permutation[i] = i;
      }
      for (int i = points - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = permutation[i];
        permutation[i] = permutation[j];
        permutation[j] = swap;
      }
      for (int i = 0; i < points; i++) {
        u[f][i] = (permutation[i] + random.nextDouble()) / points;
      }
    }
    List<DesignPoint> list = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (int f = 0; f < copy.size(); f++) {
        values.put(copy.get(f).name(), copy.get(f).at(u[f][i]));
      }
      list.add(new DesignPoint(i, values));
    }
    return new Design(copy, List.copyOf(list));
  }

  private static List<Factor> checked(List<Factor> factors) {
    Objects.requireNonNull(factors, "factors");
    List<Factor> copy = List.copyOf(factors);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("factors must be non-empty but was [] (design)");
    }
    for (int i = 0; i < copy.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (copy.get(i).name().equals(copy.get(j).name())) {
          throw new IllegalArgumentException("factor names must be distinct but '" + copy.get(i).name()
              + "' appeared twice (design)");
        }
      }
    }
    return copy;
  }

  /** {@return the factors, in order} */
  public List<Factor> factors() {
    return factors;
  }

  /** {@return the points, in order} */
  public List<DesignPoint> points() {
    return points;
  }

  @Override
  public String toString() {
    return "Design{factors=" + factors.stream().map(Factor::name).toList() + ", points=" + points.size() + "}";
  }
}
