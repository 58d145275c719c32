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
 * <p>Jackson's streaming core reads and writes the JSON model files; no Jackson type appears in the API. JGraphT is
 * required transitively, since {@code ValueChain.graph()} returns a JGraphT graph view. Immutables'
 * annotations are needed at compile time only ({@code requires static}, not transitive, so that a user's module
 * compiles without them): their retention keeps them out of what a user loads, and the library's Immutables style
 * lets the processor put no other annotation on generated code. The classes they annotate say
 * {@code @SuppressWarnings("exports")} for that reason.
 */
// Immutables' annotations jar is an automatic module (a name in its manifest, no module-info).
@SuppressWarnings("requires-automatic")
module io.valueloop {
  requires transitive org.jgrapht.core;
  requires com.google.common;
  requires tools.jackson.core;
  requires static org.immutables.value.annotations;

  exports io.valueloop.model;
  exports io.valueloop.pattern;
  exports io.valueloop.analysis;
  exports io.valueloop.flow;
  exports io.valueloop.sim;
  exports io.valueloop.experiment;
  exports io.valueloop.io;
}
