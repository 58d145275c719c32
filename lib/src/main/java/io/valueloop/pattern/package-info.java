/**
 * Business-model codes: {@link io.valueloop.pattern.BusinessModelCode parsing and formatting} codes such as
 * {@code S2B2C2S2B}, {@link io.valueloop.pattern.ChainTemplate generating chains} from a code with counts,
 * parameters and a seed, and {@link io.valueloop.pattern.CodeRecognizer recognising} which codes a chain realises,
 * with a witness path for each.
 *
 * <p>A code is a sequence of {@link io.valueloop.model.Role roles} joined by {@code 2}: {@code S2B} (a supply
 * platform serving small businesses), {@code S2B2C} (who serve consumers) and {@code S2B2C2S2B} (whose demand data
 * flows back to the platform, closing the loop). Everything here is immutable and thread-safe.
 */
package io.valueloop.pattern;
