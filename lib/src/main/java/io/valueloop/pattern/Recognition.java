package io.valueloop.pattern;

import io.valueloop.internal.Preconditions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link CodeRecognizer#recognize(io.valueloop.model.ValueChain)}: the business-model codes a chain
 * realises, each with a witness path.
 *
 * <p>A witness is the list of actor ids {@code a_0, ..., a_(k-1)} of a walk that realises a code of {@code k}
 * roles: {@code a_i} plays the code's {@code i}-th role and each step {@code a_i -> a_(i+1)} is carried by a flow
 * as {@link CodeRecognizer} defines.
 *
 * <p>Immutable and thread-safe. Codes keep the order of the candidates they were recognised from.
 *
 * @param witnesses the realised codes, in candidate order, each with its witness path
 */
public record Recognition(Map<BusinessModelCode, List<String>> witnesses) {

  /**
   * Creates a recognition result.
   *
   * @throws NullPointerException if the map, a code, a path or an id is null
   * @throws IllegalArgumentException if a path's length differs from its code's
   * @param witnesses the realised codes, in candidate order, each with its witness path
   */
  public Recognition {
    Objects.requireNonNull(witnesses, "witnesses");
    Map<BusinessModelCode, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<BusinessModelCode, List<String>> entry : witnesses.entrySet()) {
      BusinessModelCode code = Objects.requireNonNull(entry.getKey(), "code");
      List<String> path = List.copyOf(Objects.requireNonNull(entry.getValue(), "path"));
      Preconditions.check(path.size() == code.length(), "witness length", "the code's length " + code.length(),
          path.size(), code + ": " + path);
      copy.put(code, path);
    }
    witnesses = Collections.unmodifiableMap(copy);
  }

  /** {@return the realised codes, in the order they were given as candidates} */
  public List<BusinessModelCode> codes() {
    return Collections.unmodifiableList(new ArrayList<>(witnesses.keySet()));
  }

  /**
   * Returns whether a code was recognised.
   *
   * @param code a code
   * @return true if the code was a candidate and the chain realises it
   */
  public boolean realizes(BusinessModelCode code) {
    return witnesses.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the witness path of a code.
   *
   * @param code a code
   * @return the actor ids of the witness, or empty if the code was not recognised
   */
  public Optional<List<String>> witness(BusinessModelCode code) {
    return Optional.ofNullable(witnesses.get(Objects.requireNonNull(code, "code")));
  }
}
