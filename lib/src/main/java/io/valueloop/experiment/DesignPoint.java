package io.valueloop.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One point of a {@link Design}: its index and a value per factor.
 *
 * @param index the point's index in the design, from 0
 * @param values the value of each factor, by name, in the design's factor order
 */
public record DesignPoint(int index, Map<String, Double> values) {

  /**
   * Copies the values, keeping their order.
   *
   * @param index the point's index in the design, from 0
   * @param values the value of each factor, by name
   */
  public DesignPoint {
    Objects.requireNonNull(values, "values");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Returns the value of a factor.
   *
   * @param factor the factor's name
   * @return the value
   * @throws IllegalArgumentException if the design has no such factor
   */
  public double value(String factor) {
    Double value = values.get(factor);
    if (value == null) {
      throw new IllegalArgumentException("factor must be one of " + values.keySet() + " but was '" + factor
          + "' (design point " + index + ")");
    }
    return value;
  }

  /** {@return a label such as {@code z=1.5, leadTime=2.0}, used as the scenario name of the point} */
  public String label() {
    return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
