package io.valueloop.model;

import io.valueloop.internal.Preconditions;
import io.valueloop.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A firm, platform, shop or consumer segment in a value chain: a stable id, a display name, a
 * {@link Role} and its operating parameters.
 *
 * <p>Units: quantities are units of this actor's product (each producing actor makes one product);
 * rates are per tick; costs are currency units. A consumer segment's {@link #demand()} is the final
 * demand it places per tick; any other actor may also carry final demand from outside the chain (for
 * example exports, as in an input–output table).
 *
 * <p>Immutable and thread-safe, with value-based equality. Values are not checked here:
 * {@link ValueChain.Builder#build()} checks every actor of a chain (blank names, NaN, infinite or
 * negative parameters) and reports all problems together.
 */
// Immutables' annotations are compile-time only (requires static): users need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
@ValueStyle
public abstract class Actor {

  Actor() {}

  /** {@return the stable id, unique within a chain} */
  public abstract String id();

  /** {@return the display name; defaults to the id} */
  @Value.Default
  public String name() {
    return id();
  }

  /** {@return the role this actor plays} */
  public abstract Role role();

  /**
   * Returns the most this actor can ship (or, for a producer, make) per tick, in units per tick;
   * {@link Double#POSITIVE_INFINITY}, the default, means unlimited.
   *
   * @return the capacity in units per tick, or {@link Double#POSITIVE_INFINITY} for unlimited
   */
  @Value.Default
  public double capacity() {
    return Double.POSITIVE_INFINITY;
  }

  /** {@return the own cost per unit of output, in currency units per unit; default 0} */
  @Value.Default
  public double unitCost() {
    return 0;
  }

  /** {@return the cost of holding one unit on hand for one tick, in currency units; default 0} */
  @Value.Default
  public double holdingCost() {
    return 0;
  }

  /** {@return the penalty for one unit of backlog for one tick, in currency units; default 0} */
  @Value.Default
  public double backlogCost() {
    return 0;
  }

  /** {@return the on-hand inventory at tick 0, in units; default 0} */
  @Value.Default
  public double initialInventory() {
    return 0;
  }

  /** {@return the final demand this actor places or receives from outside the chain, in units per tick; default 0} */
  @Value.Default
  public double demand() {
    return 0;
  }

  /** {@return free-form attributes (for example {@code channel=online}), in insertion order} */
  public abstract Map<String, String> attributes();

  /**
   * Returns an actor with the given id and role and default parameters.
   *
   * @param id the stable id
   * @param role the role
   * @return the actor
   */
  public static Actor of(String id, Role role) {
    return builder().id(id).role(role).build();
  }

  /** {@return a new builder; {@code id} and {@code role} are required, everything else has a default} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}. Strict: setting an attribute twice is an error. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}

    /**
     * Builds the actor.
     *
     * @return the actor
     * @throws IllegalStateException if the id or the role was not set, with a message of the library's form
     *     {@code actor [id] must be set but was missing (Actor.builder())}
     */
    @Override
    public Actor build() {
      try {
        return super.build();
      } catch (IllegalStateException e) {
        throw new IllegalStateException(Preconditions.message("actor " + missing(e.getMessage()), "set", "missing",
            "Actor.builder()"), e);
      }
    }

    /**
     * Returns the list of required attributes the generated builder's message ends with, such as {@code [id]} or
     * {@code [id, role]}; that check is the only {@code IllegalStateException} the generated {@code build()} throws.
     */
    private static String missing(String generated) {
      int open = generated.lastIndexOf('[');
      return open < 0 ? "[id, role]" : generated.substring(open);
    }
  }
}
