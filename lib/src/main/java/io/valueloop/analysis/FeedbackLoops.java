package io.valueloop.analysis;

import io.valueloop.model.FlowKind;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.immutables.value.Value;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The feedback loops of a value chain: the simple cycles of its flows of one kind, or of several kinds together.
 *
 * <p><b>Problem.</b> Let {@code G} be the directed graph whose vertices are the actors and which has an edge
 * {@code i→j} when the chain has a flow {@code i→j} of one of the chosen kinds (flows of several kinds between
 * the same two actors make one edge). A feedback loop is a simple cycle of {@code G}: a closed walk
 * {@code a_1 → a_2 → ... → a_k → a_1} through {@code k} distinct actors, {@code k} its length in flows; a goods
 * self-flow is a loop of length 1. The closing loop of S2B2C2S2B (goods S→B→C, data C→S) is a loop of goods and
 * data together but not of goods alone; over all kinds every trade is a loop too (goods one way, money back).
 *
 * <p><b>Bounds.</b> A graph can have exponentially many simple cycles, so the enumeration is bounded by
 * {@link Limits}: only loops of at most {@link Limits#maxLength()} flows are sought; at most
 * {@link Limits#maxListed()} are listed; and the enumeration stops after {@link Limits#maxCounted()} loops, when
 * {@link #truncated()} tells that more exist. Otherwise {@link #count()} is the exact number of loops within the
 * length bound.
 *
 * <p><b>Algorithm.</b> The strongly connected components of {@code G} (Gabow's algorithm, O(V + E)) hold all its
 * cycles; in each component that has one, the simple cycles are enumerated by the algorithm of Hawick and James,
 * a form of Johnson's that allows self-loops and bounds the length (JGraphT {@link HawickJamesSimpleCycles}).
 * Unbounded, Johnson's algorithm takes O((V + E)(c + 1)) time for {@code c} cycles; this implementation also
 * spends O(k²) per component of {@code k} actors, and recurses as deep as {@link Limits#maxLength()}.
 *
 * <p><b>Order.</b> Each loop is listed from its lowest-index actor in flow direction. Components are visited by
 * their lowest actor index and, within one, loops by their first actor; the same chain always gives the same
 * loops in the same order.
 *
 * <p>Reference: D. B. Johnson, "Finding all the elementary circuits of a directed graph", SIAM Journal on
 * Computing 4(1), 1975; K. A. Hawick, H. A. James, "Enumerating circuits and loops in graphs with self-arcs and
 * multiple-arcs", Proceedings of FCS 2008, CSREA Press.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeedbackLoops {

  FeedbackLoops() {}

  /**
   * Finds the loops of flows of all kinds together, within {@link Limits#defaults()}.
   *
   * @param chain the chain
   * @return the loops found
   */
  public static FeedbackLoops of(ValueChain chain) {
    return of(chain, EnumSet.allOf(FlowKind.class), Limits.defaults());
  }

  /**
   * Finds the loops of flows of one kind, within {@link Limits#defaults()}.
   *
   * @param chain the chain
   * @param kind the kind of flows
   * @return the loops found
   */
  public static FeedbackLoops of(ValueChain chain, FlowKind kind) {
    Objects.requireNonNull(kind, "kind");
    return of(chain, EnumSet.of(kind), Limits.defaults());
  }

  /**
   * Finds the loops of flows of the given kinds together, within the given limits.
   *
   * @param chain the chain
   * @param kinds the kinds of flows, at least one
   * @param limits the bounds of the enumeration
   * @return the loops found
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public static FeedbackLoops of(ValueChain chain, Set<FlowKind> kinds, Limits limits) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(kinds, "kinds");
    Objects.requireNonNull(limits, "limits");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must be non-empty but was " + kinds + " (feedback loops)");
    }
    Set<FlowKind> chosen = EnumSet.copyOf(kinds);
    Graph<Integer, Integer> graph = ChainGraphs.directed(chain, chosen, true);
    Collector collector = new Collector(chain, limits);
    try {
      for (List<Integer> component : componentsWithLoops(graph)) {
        HawickJamesSimpleCycles<Integer, Integer> cycles = new HawickJamesSimpleCycles<>(subgraph(graph, component));
        cycles.setPathLimit(limits.maxLength());
        cycles.findSimpleCycles(collector);
      }
    } catch (Stop stop) {
      collector.truncated = true;
    }
    return ImmutableFeedbackLoops.builder()
        .addAllKinds(chosen)
        .limits(limits)
        .addAllLoops(collector.listed)
        .count(collector.count)
        .truncated(collector.truncated)
        .build();
  }

  /** Returns the strongly connected components that hold a cycle, each sorted, in order of their first actor. */
  private static List<List<Integer>> componentsWithLoops(Graph<Integer, Integer> graph) {
    List<List<Integer>> components = new ArrayList<>();
    for (Set<Integer> set : new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      List<Integer> members = new ArrayList<>(set);
      members.sort(Comparator.naturalOrder());
      int first = members.get(0);
      if (members.size() > 1 || graph.containsEdge(first, first)) {
        components.add(members);
      }
    }
    components.sort(Comparator.comparing(members -> members.get(0)));
    return components;
  }

  /** Returns the subgraph on a component, its vertices in index order so that each loop starts at its lowest. */
  private static Graph<Integer, Integer> subgraph(Graph<Integer, Integer> graph, List<Integer> members) {
    Graph<Integer, Integer> sub = GraphTypeBuilder.<Integer, Integer>directed()
        .allowingMultipleEdges(false)
        .allowingSelfLoops(true)
        .weighted(false)
        .buildGraph();
    members.forEach(sub::addVertex);
    for (int v : members) {
      for (int edge : graph.outgoingEdgesOf(v)) {
        int w = graph.getEdgeTarget(edge);
        if (sub.containsVertex(w)) {
          sub.addEdge(v, w, edge);
        }
      }
    }
    return sub;
  }

  /** Returns the kinds of flows whose loops were sought. */
  public abstract Set<FlowKind> kinds();

  /** Returns the bounds the enumeration ran under. */
  public abstract Limits limits();

  /**
   * Returns the loops listed, at most {@link Limits#maxListed()}: each the ids of its actors from its
   * lowest-index actor in flow direction, the flow from the last back to the first closing it.
   */
  public abstract List<List<String>> loops();

  /**
   * Returns the number of loops of at most {@link Limits#maxLength()} flows found, at most
   * {@link Limits#maxCounted()}; exact unless {@link #truncated()}.
   */
  public abstract long count();

  /** Returns whether the enumeration stopped at {@link Limits#maxCounted()} with more loops left to find. */
  public abstract boolean truncated();

  /**
   * The bounds of a loop enumeration.
   *
   * @param maxListed the most loops listed, non-negative
   * @param maxCounted the most loops counted before the enumeration stops, positive
   * @param maxLength the most flows in a loop sought, positive
   */
  public record Limits(int maxListed, long maxCounted, int maxLength) {
    /** The default {@link #maxListed()}: {@value}. */
    public static final int DEFAULT_MAX_LISTED = 100;
    /** The default {@link #maxCounted()}: {@value}. */
    public static final long DEFAULT_MAX_COUNTED = 1_000_000;
    /** The default {@link #maxLength()}: {@value}, longer than any supply loop one draws by hand. */
    public static final int DEFAULT_MAX_LENGTH = 32;

    /** Creates limits, checking each bound. */
    public Limits {
      if (maxListed < 0) {
        throw new IllegalArgumentException("maxListed must be non-negative but was " + maxListed + " (limits)");
      }
      if (maxCounted < 1) {
        throw new IllegalArgumentException("maxCounted must be positive but was " + maxCounted + " (limits)");
      }
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be positive but was " + maxLength + " (limits)");
      }
    }

    /**
     * Returns the default limits: {@value #DEFAULT_MAX_LISTED} loops listed, {@value #DEFAULT_MAX_COUNTED}
     * counted, of up to {@value #DEFAULT_MAX_LENGTH} flows.
     */
    public static Limits defaults() {
      return new Limits(DEFAULT_MAX_LISTED, DEFAULT_MAX_COUNTED, DEFAULT_MAX_LENGTH);
    }

    /** Returns these limits listing at most {@code maxListed} loops. */
    public Limits withMaxListed(int maxListed) {
      return new Limits(maxListed, maxCounted, maxLength);
    }

    /** Returns these limits stopping after {@code maxCounted} loops. */
    public Limits withMaxCounted(long maxCounted) {
      return new Limits(maxListed, maxCounted, maxLength);
    }

    /** Returns these limits seeking loops of at most {@code maxLength} flows. */
    public Limits withMaxLength(int maxLength) {
      return new Limits(maxListed, maxCounted, maxLength);
    }
  }

  /** Lists and counts the cycles the enumeration reports, and stops it past the count limit. */
  private static final class Collector implements Consumer<List<Integer>> {
    private final ValueChain chain;
    private final Limits limits;
    private final List<List<String>> listed = new ArrayList<>();
    private long count;
    private boolean truncated;

    Collector(ValueChain chain, Limits limits) {
      this.chain = chain;
      this.limits = limits;
    }

    @Override
    public void accept(List<Integer> cycle) {
      if (count == limits.maxCounted()) {
        throw new Stop();
      }
      count++;
      if (listed.size() < limits.maxListed()) {
        List<String> ids = new ArrayList<>(cycle.size());
        cycle.forEach(actor -> ids.add(chain.actor(actor).id()));
        listed.add(List.copyOf(ids));
      }
    }
  }

  /**
   * Ends the enumeration early: JGraphT's enumeration reports cycles to a consumer and has no other way to be
   * stopped. Carries no stack trace; it never leaves this class.
   */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
