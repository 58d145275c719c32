/**
 * Structural analyses of a {@link io.valueloop.model.ValueChain}, run on the flat arrays of its
 * {@link io.valueloop.flow.CompiledChain} without recursion (JGraphT's push-relabel solves the max flow):
 * feedback loops ({@link io.valueloop.analysis.FeedbackLoops}), critical actors
 * ({@link io.valueloop.analysis.CriticalActors}), bottlenecks ({@link io.valueloop.analysis.Bottlenecks}),
 * concentration ({@link io.valueloop.analysis.Concentration}) and chain depth
 * ({@link io.valueloop.analysis.ChainDepth}).
 *
 * <p>Each analysis is one class with a static {@code of} method that runs it and returns an immutable,
 * thread-safe result; the goods analyses also take a {@code CompiledChain}, so that one compilation serves
 * several. Maps are keyed by actor id and iterate in actor index order; lists of actors and flows are in index
 * order. Public signatures use JDK, model and {@code CompiledChain} types only.
 *
 * <p>Goods self-flows (own use, as in input–output tables) take no part in the analyses of the goods network
 * (articulation points, tracing, max flow, depth): an actor supplying itself moves no goods along the chain.
 * {@link io.valueloop.analysis.FeedbackLoops} lists them as loops of one flow, and
 * {@link io.valueloop.analysis.Concentration} counts them among an input's suppliers.
 */
@io.valueloop.internal.ValueStyle
package io.valueloop.analysis;
