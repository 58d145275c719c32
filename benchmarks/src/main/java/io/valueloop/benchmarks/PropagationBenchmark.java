package io.valueloop.benchmarks;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.flow.Propagation;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.model.Flow;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ValueChain;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Demand propagation on a {@link ChainGenerator} chain: one pull sweep {@code y = d + A x} of the compiled kernel
 * on one and two threads, a full steady-state solve, compilation, and the references the sweep is judged by: the
 * same sweep written the way a user would over the chain's JGraphT view (the baseline), the same on a JGraphT graph
 * tuned for it, and a plain streaming pass over arrays of the same byte size (the memory-bandwidth bound).
 *
 * <p>Sizes: {@code actors} ∈ {10⁴, 10⁵, 10⁶} with 5 goods flows per actor at the smaller sizes and 10 at 10⁶; every
 * goods flow is a trade, so the chain holds as many money flows again. Inputs are built once per trial; a sweep
 * reads the steady-state outputs and writes into a preallocated array. One fork with a 6 GB heap (the 10⁶ chain and
 * its compiled form take about 3 GB), a few seconds of warm-up and measurement: the machine has two cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class PropagationBenchmark {

  /** The chain, its compiled form and the vectors of one sweep. */
  @State(Scope.Benchmark)
  public static class Chain {
    /** The number of actors. */
    @Param({"10000", "100000", "1000000"})
    public int actors;

    ValueChain chain;
    CompiledChain compiled;
    Propagation propagation;
    double[] x;
    double[] y;

    /** Generates and compiles the chain and solves it once for a realistic {@code x}. */
    @Setup(Level.Trial)
    public void setUp() {
      chain = ChainGenerator.generate(actors, flowsPerActor(actors), 42);
      compiled = CompiledChain.compile(chain);
      propagation = Propagation.of(compiled);
      SteadyState state = SteadyStateSolver.defaults().solve(compiled);
      x = new double[compiled.actorCount()];
      for (int i = 0; i < x.length; i++) {
        x[i] = state.output(i);
      }
      y = new double[x.length];
    }

    static int flowsPerActor(int actors) {
      return actors >= 1_000_000 ? 10 : 5;
    }
  }

  /** A two-thread sweep over the same chain. */
  @State(Scope.Benchmark)
  public static class Parallel {
    Propagation propagation;

    /** Starts the sweep's worker thread. */
    @Setup(Level.Trial)
    public void setUp(Chain chain) {
      propagation = Propagation.of(chain.compiled, 2);
    }

    /** Stops it. */
    @TearDown(Level.Trial)
    public void tearDown() {
      propagation.close();
    }
  }

  /**
   * The tuned JGraphT sweep's inputs: a weighted JGraphT graph of actor ids with the coefficients as edge weights,
   * vertices and edges added in compiled order, and maps of state.
   */
  @State(Scope.Benchmark)
  public static class Weighted {
    Graph<String, DefaultWeightedEdge> graph;
    ActorMaps maps;

    /** Builds the graph and the maps from the compiled chain, in compiled order. */
    @Setup(Level.Trial)
    public void setUp(Chain chain) {
      CompiledChain compiled = chain.compiled;
      graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
      for (int i = 0; i < compiled.actorCount(); i++) {
        graph.addVertex(compiled.id(i));
      }
      maps = new ActorMaps(chain, i -> i);
      FlowTable goods = compiled.goods();
      for (int g = 0; g < goods.count(); g++) {
        DefaultWeightedEdge edge = graph.addEdge(compiled.id(goods.source(g)), compiled.id(goods.target(g)));
        graph.setEdgeWeight(edge, compiled.coefficient(g));
      }
    }
  }

  /**
   * The baseline's inputs, what a user of this library has without the compiled kernel: the chain's own JGraphT
   * view of its goods flows ({@link ValueChain#graph(FlowKind)}, actor ids as vertices, flows as edges), and maps
   * of actor state.
   */
  @State(Scope.Benchmark)
  public static class Naive {
    Graph<String, Flow> graph;
    ActorMaps maps;

    /** Builds the view and the maps, in the chain's order. */
    @Setup(Level.Trial)
    public void setUp(Chain chain) {
      graph = chain.chain.graph(FlowKind.GOODS);
      maps = new ActorMaps(chain, chain.compiled::compiledIndex);
    }
  }

  /** The JGraphT sweeps' state, keyed by actor id: final demand {@code d}, the outputs {@code x} read, {@code y}. */
  static final class ActorMaps {
    final Map<String, Double> demand = new HashMap<>();
    final Map<String, Double> x = new HashMap<>();
    final Map<String, Double> y = new HashMap<>();

    /** Fills {@code demand} and {@code x} visiting compiled index {@code compiledIndexAt(i)} for i = 0, 1, … */
    ActorMaps(Chain chain, IntUnaryOperator compiledIndexAt) {
      CompiledChain compiled = chain.compiled;
      for (int i = 0; i < compiled.actorCount(); i++) {
        int actor = compiledIndexAt.applyAsInt(i);
        demand.put(compiled.id(actor), compiled.actor(actor).demand());
        x.put(compiled.id(actor), chain.x[actor]);
      }
    }
  }

  /** Arrays of the sweep's byte size: an int and a double per flow, three doubles per actor. */
  @State(Scope.Benchmark)
  public static class Stream {
    int[] columns;
    double[] values;
    double[] d;
    double[] x;
    double[] y;

    /** Copies the sizes (not the pattern) of the sweep's arrays. */
    @Setup(Level.Trial)
    public void setUp(Chain chain) {
      FlowTable goods = chain.compiled.goods();
      columns = new int[goods.count()];
      values = new double[goods.count()];
      for (int g = 0; g < columns.length; g++) {
        columns[g] = goods.target(g);
        values[g] = chain.compiled.coefficient(g);
      }
      d = chain.compiled.chain().actors().stream().mapToDouble(a -> a.demand()).toArray();
      x = chain.x.clone();
      y = new double[x.length];
    }
  }

  /** One pull sweep of the compiled kernel on one thread. */
  @Benchmark
  public double[] sweep(Chain chain) {
    chain.propagation.sweep(chain.x, chain.y);
    return chain.y;
  }

  /** The same sweep on two threads. */
  @Benchmark
  public double[] sweepParallel(Chain chain, Parallel parallel) {
    parallel.propagation.sweep(chain.x, chain.y);
    return chain.y;
  }

  /** A full steady-state solve: outputs, flows, fees, statements and value capture. */
  @Benchmark
  public SteadyState solve(Chain chain) {
    return SteadyStateSolver.defaults().solve(chain.compiled);
  }

  /** Compiling the chain into its flat arrays. */
  @Benchmark
  public CompiledChain compile(Chain chain) {
    return CompiledChain.compile(chain.chain);
  }

  /**
   * The same sweep on a JGraphT graph built for it: coefficients as edge weights, vertices in compiled order.
   * Faster than the baseline, as it borrows the compiled order and coefficients; shows what JGraphT costs at best.
   */
  @Benchmark
  public Map<String, Double> weightedJGraphTSweep(Weighted weighted) {
    Graph<String, DefaultWeightedEdge> graph = weighted.graph;
    ActorMaps maps = weighted.maps;
    for (String actor : graph.vertexSet()) {
      double sum = maps.demand.get(actor);
      for (DefaultWeightedEdge edge : graph.outgoingEdgesOf(actor)) {
        sum += graph.getEdgeWeight(edge) * maps.x.get(graph.getEdgeTarget(edge));
      }
      maps.y.put(actor, sum);
    }
    return maps.y;
  }

  /**
   * The baseline: the same sweep as a user would write it on the chain's JGraphT view, walking
   * {@code outgoingEdgesOf}, {@code getEdgeTarget} and each flow's terms, with maps of state.
   */
  @Benchmark
  public Map<String, Double> naiveJGraphTSweep(Naive naive) {
    Graph<String, Flow> graph = naive.graph;
    ActorMaps maps = naive.maps;
    for (String actor : graph.vertexSet()) {
      double sum = maps.demand.get(actor);
      for (Flow flow : graph.outgoingEdgesOf(actor)) {
        GoodsTerms terms = (GoodsTerms) flow.terms();
        sum += terms.inputCoefficient() * terms.share() * maps.x.get(graph.getEdgeTarget(flow));
      }
      maps.y.put(actor, sum);
    }
    return maps.y;
  }

  /**
   * The bandwidth bound: one streaming pass reading an int and a double per flow and two doubles per actor and
   * writing one double per actor, with enough independent sums that arithmetic never limits it.
   */
  @Benchmark
  public double streamReference(Stream stream) {
    int[] columns = stream.columns;
    double[] values = stream.values;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int bits = 0;
    int m = values.length & ~3;
    for (int p = 0; p < m; p += 4) {
      s0 += values[p];
      s1 += values[p + 1];
      s2 += values[p + 2];
      s3 += values[p + 3];
      bits += columns[p] + columns[p + 1] + columns[p + 2] + columns[p + 3];
    }
    for (int p = m; p < values.length; p++) {
      s0 += values[p];
      bits += columns[p];
    }
    double[] d = stream.d;
    double[] x = stream.x;
    double[] y = stream.y;
    for (int i = 0; i < y.length; i++) {
      y[i] = d[i] + x[i];
    }
    return s0 + s1 + s2 + s3 + bits + y[y.length - 1];
  }
}
