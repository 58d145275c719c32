package io.valueloop.analysis;

import io.valueloop.model.FlowKind;
import io.valueloop.internal.Preconditions;
import io.valueloop.internal.StronglyConnectedComponents;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The feedback loops of a value chain: the simple cycles of its flows of one kind, or of several kinds together.
 *
 * <p><b>Problem.</b> Let {@code G} be the directed graph whose vertices are the actors and which has an edge
 * {@code i→j} when the chain has a flow {@code i→j} of one of the chosen kinds (flows of several kinds between
 * the same two actors make one edge). A feedback loop is a simple cycle of {@code G}: a closed walk
 * {@code a_1 → a_2 → ... → a_k → a_1} through {@code k} distinct actors, {@code k} its length in flows; a goods
 * self-flow is a loop of length 1. The closing loop of S2B2C2S2B (goods S→B→C, data C→S) is a loop of goods and
 * data together but not of goods alone. Money is left out by default: every payment mirrors a goods flow, so over
 * all kinds every trade is a loop of its own and a chain of a few dozen traders already has millions of loops.
 *
 * <p><b>Bounds.</b> A graph can have exponentially many simple cycles, so the enumeration is bounded by
 * {@link Limits}: only loops of at most {@link Limits#maxLength()} flows are sought; at most
 * {@link Limits#maxListed()} are listed; the enumeration stops after {@link Limits#maxCounted()} loops, or after
 * {@link Limits#maxSteps()} steps of work (an edge examined, an actor unblocked), and {@link #truncated()} then
 * tells that more may exist. The step budget bounds the time whatever the graph: a search can spend its time on
 * paths that never close, which no count of loops bounds. Otherwise {@link #count()} is the exact number of loops
 * within the length bound.
 *
 * <p><b>Algorithm.</b> Johnson's algorithm over flat arrays with explicit stacks (no recursion): for each start
 * actor {@code s} in index order, a depth-first search from {@code s} through the actors of higher index in the
 * same strongly connected component (Tarjan's algorithm, O(V + E)) lists the cycles whose lowest actor is
 * {@code s}; an actor from which no path back to {@code s} was found stays blocked until one through it is found.
 * The length bound cuts paths; an actor whose search was cut is treated as on a cycle, never blocked, which keeps
 * every short cycle at the price of Johnson's bound. Unbounded, Johnson's algorithm takes O((V + E)(c + 1)) time
 * for {@code c} cycles; here each start costs at most its component's size in addition, and the step budget caps
 * the whole. Memory is O(V + E).
 *
 * <p><b>Order.</b> Loops are listed by their lowest-index actor, each from that actor in flow direction; loops
 * from the same actor in depth-first order, the next actors taken by increasing index. The same chain always
 * gives the same loops in the same order.
 *
 * <p>Reference: D. B. Johnson, "Finding all the elementary circuits of a directed graph", SIAM Journal on
 * Computing 4(1), 1975; R. Tarjan, "Depth-first search and linear graph algorithms", SIAM Journal on Computing
 * 1(2), 1972.
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations are compile-time only (requires static): users need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class FeedbackLoops {
  /** The kinds searched by default: all but {@link FlowKind#MONEY}, whose payments only mirror goods flows. */
  private static final Set<FlowKind> DEFAULT_KINDS = EnumSet.of(FlowKind.GOODS, FlowKind.DATA, FlowKind.SERVICE);

  FeedbackLoops() {}

  /**
   * Finds the loops of goods, data and service flows together (money left out: each payment mirrors a goods
   * flow), within {@link Limits#defaults()}.
   *
   * @param chain the chain
   * @return the loops found
   */
  public static FeedbackLoops of(ValueChain chain) {
    return of(chain, DEFAULT_KINDS, Limits.defaults());
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
    Preconditions.check(!kinds.isEmpty(), "kinds", "non-empty", kinds, "feedback loops");
    Set<FlowKind> chosen = EnumSet.copyOf(kinds);
    Search search = new Search(chain, chosen, limits);
    search.run();
    return ImmutableFeedbackLoops.builder()
        .addAllKinds(chosen)
        .limits(limits)
        .addAllLoops(search.listed)
        .count(search.count)
        .truncated(search.truncated)
        .build();
  }

  /** {@return the kinds of flows whose loops were sought} */
  public abstract Set<FlowKind> kinds();

  /** {@return the bounds the enumeration ran under} */
  public abstract Limits limits();

  /**
   * {@return the loops listed, at most {@link Limits#maxListed()}: each the ids of its actors from its
   * lowest-index actor in flow direction, the flow from the last back to the first closing it}
   */
  public abstract List<List<String>> loops();

  /**
   * {@return the number of loops of at most {@link Limits#maxLength()} flows found, at most
   * {@link Limits#maxCounted()}; exact unless {@link #truncated()}}
   */
  public abstract long count();

  /**
   * {@return whether the enumeration stopped early, at {@link Limits#maxCounted()} loops with more left to find or
   * at {@link Limits#maxSteps()} steps of work: {@link #count()} is then a lower bound}
   */
  public abstract boolean truncated();

  /**
   * The bounds of a loop enumeration.
   *
   * @param maxListed the most loops listed, non-negative
   * @param maxCounted the most loops counted before the enumeration stops, positive
   * @param maxLength the most flows in a loop sought, positive
   * @param maxSteps the most steps of work (edges examined, actors unblocked) before the enumeration stops,
   *     positive
   */
  public record Limits(int maxListed, long maxCounted, int maxLength, long maxSteps) {
    /** The default {@link #maxListed()}: {@value}. */
    public static final int DEFAULT_MAX_LISTED = 100;
    /** The default {@link #maxCounted()}: {@value}. */
    public static final long DEFAULT_MAX_COUNTED = 1_000_000;
    /** The default {@link #maxLength()}: {@value}, longer than any supply loop one draws by hand. */
    public static final int DEFAULT_MAX_LENGTH = 32;
    /** The default {@link #maxSteps()}: {@value}, a few tenths of a second on one core. */
    public static final long DEFAULT_MAX_STEPS = 100_000_000;

    /**
     * Creates limits, checking each bound.
     *
     * @param maxListed the most loops listed, non-negative
     * @param maxCounted the most loops counted before the enumeration stops, positive
     * @param maxLength the most flows in a loop sought, positive
     * @param maxSteps the most steps of work before the enumeration stops, positive
     */
    public Limits {
      Preconditions.nonNegative("maxListed", maxListed, "limits");
      Preconditions.check(maxCounted >= 1, "maxCounted", "positive", maxCounted, "limits");
      Preconditions.positive("maxLength", maxLength, "limits");
      Preconditions.check(maxSteps >= 1, "maxSteps", "positive", maxSteps, "limits");
    }

    /**
     * Creates limits with the default {@link #maxSteps()}.
     *
     * @param maxListed the most loops listed, non-negative
     * @param maxCounted the most loops counted before the enumeration stops, positive
     * @param maxLength the most flows in a loop sought, positive
     */
    public Limits(int maxListed, long maxCounted, int maxLength) {
      this(maxListed, maxCounted, maxLength, DEFAULT_MAX_STEPS);
    }

    /**
     * {@return the default limits: {@value #DEFAULT_MAX_LISTED} loops listed, {@value #DEFAULT_MAX_COUNTED}
     * counted, of up to {@value #DEFAULT_MAX_LENGTH} flows, within {@value #DEFAULT_MAX_STEPS} steps}
     */
    public static Limits defaults() {
      return new Limits(DEFAULT_MAX_LISTED, DEFAULT_MAX_COUNTED, DEFAULT_MAX_LENGTH, DEFAULT_MAX_STEPS);
    }

    /**
     * {@return these limits listing at most {@code maxListed} loops}
     *
     * @param maxListed the most loops listed, non-negative
     */
    public Limits withMaxListed(int maxListed) {
      return new Limits(maxListed, maxCounted, maxLength, maxSteps);
    }

    /**
     * {@return these limits stopping after {@code maxCounted} loops}
     *
     * @param maxCounted the most loops counted, positive
     */
    public Limits withMaxCounted(long maxCounted) {
      return new Limits(maxListed, maxCounted, maxLength, maxSteps);
    }

    /**
     * {@return these limits seeking loops of at most {@code maxLength} flows}
     *
     * @param maxLength the most flows in a loop sought, positive
     */
    public Limits withMaxLength(int maxLength) {
      return new Limits(maxListed, maxCounted, maxLength, maxSteps);
    }

    /**
     * {@return these limits stopping after {@code maxSteps} steps of work}
     *
     * @param maxSteps the most steps of work, positive
     */
    public Limits withMaxSteps(long maxSteps) {
      return new Limits(maxListed, maxCounted, maxLength, maxSteps);
    }
  }

  /**
   * One run of the enumeration over a CSR graph of the chosen kinds (rows sorted, repeated pairs merged) with its
   * reverse, whose entries point back at the forward edges. Johnson's lists {@code B(w)} are kept as one mark
   * per edge {@code v→w} ("v waits for w"), so unblocking {@code w} scans its incoming edges for marks.
   */
  private static final class Search {
    private final ValueChain chain;
    private final Limits limits;
    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final int[] inOffsets;
    private final int[] inSources;
    private final int[] inEdges;
    private final int[] component;
    private final List<List<String>> listed = new ArrayList<>();
    private long count;
    private long steps;
    private boolean truncated;

    Search(ValueChain chain, Set<FlowKind> kinds, Limits limits) {
      this.chain = chain;
      this.limits = limits;
      this.n = chain.actorCount();
      boolean[] chosen = new boolean[FlowKind.values().length];
      kinds.forEach(kind -> chosen[kind.ordinal()] = true);
      int[] rowStart = new int[n + 1];
      for (int a = 0; a < n; a++) {
        int degree = 0;
        for (int i = 0; i < chain.outDegree(a); i++) {
          degree += chosen[chain.kind(chain.outgoing(a, i)).ordinal()] ? 1 : 0;
        }
        rowStart[a + 1] = rowStart[a] + degree;
      }
      int[] all = new int[rowStart[n]];
      this.offsets = new int[n + 1];
      int size = 0;
      for (int a = 0; a < n; a++) {
        int p = rowStart[a];
        for (int i = 0; i < chain.outDegree(a); i++) {
          int f = chain.outgoing(a, i);
          if (chosen[chain.kind(f).ordinal()]) {
            all[p++] = chain.target(f);
          }
        }
        Arrays.sort(all, rowStart[a], p);
        for (int q = rowStart[a]; q < p; q++) {
          if (q == rowStart[a] || all[q] != all[q - 1]) {
            all[size++] = all[q];
          }
        }
        offsets[a + 1] = size;
      }
      this.targets = Arrays.copyOf(all, size);
      this.inOffsets = new int[n + 1];
      for (int e = 0; e < size; e++) {
        inOffsets[targets[e] + 1]++;
      }
      for (int a = 0; a < n; a++) {
        inOffsets[a + 1] += inOffsets[a];
      }
      this.inSources = new int[size];
      this.inEdges = new int[size];
      int[] next = Arrays.copyOf(inOffsets, n);
      for (int a = 0; a < n; a++) {
        for (int e = offsets[a]; e < offsets[a + 1]; e++) {
          int p = next[targets[e]]++;
          inSources[p] = a;
          inEdges[p] = e;
        }
      }
      this.component = StronglyConnectedComponents.of(offsets, targets).components();
    }

    void run() {
      boolean[] blocked = new boolean[n];
      boolean[] waits = new boolean[targets.length];
      int[] path = new int[Math.min(n, limits.maxLength())];
      int[] cursor = new int[path.length];
      boolean[] closed = new boolean[path.length];
      int[] touched = new int[n];
      int[] touchedBy = new int[n];
      Arrays.fill(touchedBy, -1);
      int[] unblocking = new int[n];
      for (int s = 0; s < n && !truncated; s++) {
        int touchedCount = 0;
        int top = 0;
        path[0] = s;
        cursor[0] = offsets[s];
        closed[0] = false;
        blocked[s] = true;
        touchedBy[s] = s;
        touched[touchedCount++] = s;
        while (top >= 0 && !truncated) {
          int v = path[top];
          if (cursor[top] < offsets[v + 1]) {
            int w = targets[cursor[top]++];
            if (++steps > limits.maxSteps()) {
              truncated = true;
            } else if (w == s) {
              closed[top] = true;
              found(path, top + 1);
            } else if (w > s && component[w] == component[s] && !blocked[w]) {
              if (top + 1 == path.length) {
                // The length bound cuts the path here: treat v as on a cycle so that it is never wrongly blocked.
                closed[top] = true;
              } else {
                top++;
                path[top] = w;
                cursor[top] = offsets[w];
                closed[top] = false;
                blocked[w] = true;
                if (touchedBy[w] != s) {
                  // Listed once per start, however often it is blocked again, to reset it afterwards.
                  touchedBy[w] = s;
                  touched[touchedCount++] = w;
                }
              }
            }
          } else {
            if (closed[top]) {
              unblock(v, blocked, waits, unblocking);
            } else {
              for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int w = targets[e];
                if (w > s && component[w] == component[s]) {
                  waits[e] = true;
                }
              }
            }
            top--;
            if (top >= 0 && closed[top + 1]) {
              closed[top] = true;
            }
          }
        }
        for (int i = 0; i < touchedCount; i++) {
          int v = touched[i];
          blocked[v] = false;
          Arrays.fill(waits, offsets[v], offsets[v + 1], false);
        }
      }
    }

    /** Johnson's unblock, with an explicit stack: frees {@code u} and, in turn, every actor waiting for it. */
    private void unblock(int u, boolean[] blocked, boolean[] waits, int[] stack) {
      blocked[u] = false;
      int size = 0;
      stack[size++] = u;
      while (size > 0) {
        int x = stack[--size];
        for (int p = inOffsets[x]; p < inOffsets[x + 1]; p++) {
          steps++;
          int e = inEdges[p];
          if (waits[e]) {
            waits[e] = false;
            int y = inSources[p];
            if (blocked[y]) {
              blocked[y] = false;
              stack[size++] = y;
            }
          }
        }
      }
    }

    private void found(int[] path, int length) {
      if (count == limits.maxCounted()) {
        truncated = true;
        return;
      }
      count++;
      if (listed.size() < limits.maxListed()) {
        List<String> ids = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
          ids.add(chain.actor(path[i]).id());
        }
        listed.add(List.copyOf(ids));
      }
    }
  }
}
