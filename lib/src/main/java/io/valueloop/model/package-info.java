/**
 * The immutable model of a value chain: {@link io.valueloop.model.Actor actors} in
 * {@link io.valueloop.model.Role roles}, {@link io.valueloop.model.Flow flows} of four
 * {@link io.valueloop.model.FlowKind kinds} with their {@link io.valueloop.model.FlowTerms terms}, and the
 * {@link io.valueloop.model.ValueChain chain} that holds them, validated on build.
 *
 * <p>Everything here is immutable and thread-safe; public signatures use JDK types only.
 */
@io.valueloop.internal.ValueStyle
package io.valueloop.model;
