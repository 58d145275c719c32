/**
 * Experiments on simulations (the layer under {@code sim}, docs/design.md): replications of named scenarios with common
 * random numbers, parameter sweeps, summaries with Student t confidence intervals, paired comparisons, parallel runs
 * with progress; {@link io.valueloop.io.ResultTables} writes the results as tidy CSV for R and pandas.
 *
 * <p>{@link io.valueloop.experiment.Experiment} runs every (scenario, replication) of a
 * {@link io.valueloop.sim.Simulation} on one or more threads and keeps the values of named
 * {@link io.valueloop.experiment.Measure measures}, the same bits whatever the thread count;
 * {@link io.valueloop.experiment.ExperimentResult} summarises them ({@link io.valueloop.experiment.Summary}),
 * and compares two scenarios replication by replication. A failed run surfaces as an
 * {@link io.valueloop.experiment.ExperimentException} naming the scenario and replication.
 *
 * <p>Experiments, measures, results and summaries are immutable and thread-safe.
 */
package io.valueloop.experiment;
