/**
 * The compiled form of a value chain and the steady-state computations on it. {@link
 * io.valueloop.flow.CompiledChain} turns a {@link io.valueloop.model.ValueChain} into flat index arrays once;
 * solvers and the simulation run on those arrays, never on the model's graph.
 */
package io.valueloop.flow;
