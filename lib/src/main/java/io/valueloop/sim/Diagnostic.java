package io.valueloop.sim;

import java.util.Objects;
import java.util.Optional;

/**
 * Something about a run that a user should hear of although the run went through: a setting that has no effect, or
 * a part of the chain that cannot do what the scenario implies. A run lists them in
 * {@link SimulationResult#diagnostics()}, in the order of the {@link Code codes}, then by actor.
 *
 * @param severity how much it matters
 * @param code what kind of finding it is
 * @param message a sentence for a person, naming the actor, role, event or series
 * @param actorId the actor concerned, if one is
 */
public record Diagnostic(Severity severity, Code code, String message, Optional<String> actorId) {

  /** How much a diagnostic matters. */
  public enum Severity {
    /** A setting or request that does nothing; the numbers are right but may not be what was meant. */
    INFO,
    /** Part of the chain cannot behave as the scenario implies; the numbers may mislead. */
    WARNING
  }

  /** The kinds of diagnostics a run reports. */
  public enum Code {
    /**
     * Information sharing is on, but an actor that orders receives DATA flows and no DATA path from a consumer
     * segment reaches it, so it orders on its incoming orders as with sharing off ({@link Severity#INFO}, one per
     * such actor); or the chain has DATA flows and none of them carries consumer demand to any actor that orders
     * (one, without an actor).
     */
    SHARING_WITHOUT_DATA_PATH,
    /**
     * A consumer segment has demand but no goods flow from a seller: its demand is never served
     * ({@link Severity#WARNING}, one per segment).
     */
    SEGMENT_WITHOUT_SELLER,
    /** An event starts at or after the run's last tick, so it never applies ({@link Severity#WARNING}). */
    EVENT_AFTER_END,
    /** A series is recorded for a role that has no actors in the chain: nothing is recorded ({@link Severity#INFO}). */
    RECORDER_WITHOUT_ACTORS,
    /**
     * The run starts in steady state ({@link Scenario.Builder#steadyStart(boolean)}) with no warm-up, but a segment
     * with a seller and a demand process has nominal demand 0 ({@link io.valueloop.model.Actor#demand()}), so its
     * pipelines start empty and the start-up transient is measured ({@link Severity#WARNING}, one per segment). Set
     * the segment's demand to the process's mean, or a warm-up.
     */
    TRANSIENT_FROM_ZERO_NOMINAL_DEMAND,
    /**
     * Information sharing is on and, after a role-dynamics change ({@link Conversion}, {@link Churn},
     * {@link Adoption}), the DATA weights of a goods loop upstream of a shared segment did not converge under the
     * run's coefficients (the loop is not productive with the current shares): the signals weighing that segment are
     * approximate ({@link Severity#WARNING}, once per run). Every other change moves the weights exactly
     * (docs/design.md §3, role dynamics).
     */
    ROLE_DYNAMICS_DATA_WEIGHTS,
    /**
     * Information sharing is on and consumer data reach a business that drop-ships online orders
     * ({@link ChannelSetup#dropShips()}) with a positive online share: the shared data carry the segments' whole
     * demand, online orders included, so the business orders, and holds stock, for demand its platform serves
     * ({@link Severity#WARNING}, one per such business). Route the data to the platform, or sell ship-from-store.
     */
    DROP_SHIP_SHARED_DEMAND,
    /**
     * A segment's conversion drew converts that found no free seat among its candidates ({@link
     * Conversion#withCandidates}): they stayed in the pool, so the converted share follows the seats' cap, not the
     * diffusion ({@link Severity#WARNING}, one per segment, reported with the run's result).
     */
    CONVERTS_WITHOUT_SEAT
  }

  /**
   * Checks that no reference is null and the message is not blank.
   *
   * @param severity how much it matters
   * @param code what kind of finding it is
   * @param message a sentence for a person, non-blank
   * @param actorId the actor concerned, if one is
   * @throws IllegalArgumentException if the message is blank
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(actorId, "actorId");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must be non-blank but was '" + message + "' (" + code + ")");
    }
  }

  @Override
  public String toString() {
    return severity + " " + code + ": " + message;
  }
}
