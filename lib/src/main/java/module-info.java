/**
 * ValueLoop: model, analyse and simulate industrial value chains and the S2B, S2B2C and S2B2C2S2B business models
 * that run on them.
 *
 * <p>The API is the exported packages: {@link io.valueloop.model} (actors, flows, the validated chain),
 * {@link io.valueloop.pattern} (business-model codes, templates, recognition), {@link io.valueloop.analysis}
 * (loops, critical actors, bottlenecks, concentration, depth), {@link io.valueloop.flow} (the compiled chain and the
 * steady state), {@link io.valueloop.sim} (the simulation), {@link io.valueloop.experiment} (replications and
 * designs) and {@link io.valueloop.io} (files, tables, diagrams). {@code io.valueloop.internal} holds what only the
 * library itself uses and is not exported.
 *
 * <p>JGraphT is required transitively, since {@code ValueChain.graph()} returns a JGraphT graph view. Immutables'
 * annotations, and those its processor puts on the generated classes (Error Prone's, {@code @Generated}), are needed
 * at compile time only ({@code requires static}): their retention keeps them out of what a user loads.
 */
module io.valueloop {
  requires transitive org.jgrapht.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;
  // Annotations the Immutables processor puts on generated classes: source or class retention, compile time only.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.valueloop.model;
  exports io.valueloop.pattern;
  exports io.valueloop.analysis;
  exports io.valueloop.flow;
  exports io.valueloop.sim;
  exports io.valueloop.experiment;
  exports io.valueloop.io;
}
