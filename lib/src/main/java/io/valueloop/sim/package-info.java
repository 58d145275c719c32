/**
 * Tick-by-tick simulation of a compiled value chain (docs/design.md §3). {@link io.valueloop.sim.Simulation} runs a
 * {@link io.valueloop.flow.CompiledChain} under a {@link io.valueloop.sim.Scenario} (policies, demand, information
 * sharing, {@link io.valueloop.sim.Event events}, recorders) and returns a {@link io.valueloop.sim.SimulationResult};
 * ordering decisions are {@link io.valueloop.sim.OrderingPolicy policies} that see an
 * {@link io.valueloop.sim.ActorView}, consumer demand comes from {@link io.valueloop.sim.DemandProcess demand
 * processes} fed by {@link io.valueloop.sim.RandomStreams}.
 *
 * <p>Scenarios, events, results and metrics are immutable; a simulation holds no per-run state and may run
 * scenarios concurrently; a {@link io.valueloop.sim.SimulationRun} belongs to one thread.
 */
package io.valueloop.sim;
