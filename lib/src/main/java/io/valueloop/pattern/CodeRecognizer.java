package io.valueloop.pattern;

import io.valueloop.internal.CountingSort;
import io.valueloop.internal.StronglyConnectedComponents;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises which business-model codes a value chain realises, with a witness path for each.
 *
 * <p><b>Problem.</b> A code {@code X_0 2 X_1 2 ... 2 X_(k-1)} is realised by a chain when there is a walk of actors
 * {@code a_0, ..., a_(k-1)} with {@code role(a_i) = X_i} in which every step {@code a_i -> a_(i+1)} joins two
 * different actors and is <em>carried</em> by a flow from {@code a_i} to {@code a_(i+1)}:
 *
 * <table>
 *   <caption>Flows that carry a step</caption>
 *   <tr><th>step from role</th><th>carried by a flow of kind</th><th>reading</th></tr>
 *   <tr><td>S, M, B, P, L, F</td><td>GOODS or SERVICE</td><td>X supplies or enables Y (S2B: goods or SaaS;
 *       B2C: goods)</td></tr>
 *   <tr><td>C</td><td>DATA</td><td>consumers' orders, demand or feedback reach Y (C2M; the step back to S in
 *       S2B2C2S2B)</td></tr>
 * </table>
 *
 * <p>MONEY flows never carry a step: a payment mirrors a goods flow and is not the relationship a code names.
 *
 * <p><b>Closed loops.</b> A code that, after its first {@code C}, repeats its own beginning — {@code X_i = X_(i-p)}
 * for every {@code i >= p}, where {@code p - 1} is the position of the first {@code C} and {@code k > p >= 2} —
 * names a loop rather than a longer chain: the actor after the consumer is the actor the walk started from, and
 * what follows retraces the beginning, {@code a_i = a_(i mod p)}. So {@code S2B2C2S2B} needs a platform {@code s},
 * a business {@code b} and a consumer segment {@code c} with goods or service {@code s -> b}, goods or service
 * {@code b -> c} and a DATA flow {@code c -> s} back to <em>the same</em> {@code s}; demand data that reaches
 * another platform does not close the loop. {@code B2C2B} (feedback to the shop one buys from) is closed too;
 * {@code C2M}, {@code C2C} (one segment's data reaching another) and {@code S2B2C2B} are not.
 *
 * <p>Walks, not simple paths: an actor may recur on a walk only where the chain itself has a cycle through its
 * roles (as in {@code B2B2B2C} on two wholesalers that trade both ways). Asking for simple paths would make the
 * problem the NP-hard k-path problem; walks are found in linear time.
 *
 * <p><b>Algorithm and complexity.</b> Both searches run on the product of the code's positions and the chain's
 * actors (state {@code (i, a)}: actor {@code a} can stand at position {@code i}), over the step-carrying flows
 * copied once per call into CSR arrays; {@code V} and {@code E} are the chain's actor and flow counts.
 * <ul>
 *   <li>An open code: one depth-first search from every actor of role {@code X_0}, a state expanded at most once
 *       (whether a state leads to a witness does not depend on how it was reached): {@code O(k (V + E))} time and
 *       {@code O(k V)} memory.</li>
 *   <li>A closed code: the states of positions {@code 0..p-1} with the closing DATA steps {@code (p-1, c) -> (0, s)}
 *       form a cyclic graph, written once into CSR arrays. Its strongly connected components (the library's one
 *       iterative Tarjan, {@code io.valueloop.internal.StronglyConnectedComponents}) keep only closing steps inside
 *       one component, in {@code O(p (V + E))}; a chain without anchors (actors of role {@code X_0} that receive a
 *       closing step) is rejected before, and one with none inside a component there. Lying in a component is necessary but not
 *       enough — a ring {@code s1 -> b1 -> c1 -> s2 -> b2 -> c2 -> s1} closes no loop — so the remaining anchors
 *       of each component are tested 64 at a time, one bit each, by pushing reach masks forward through the
 *       component's positions: {@code O(sum over components K of ceil(A_K / 64) (V_K + E_K))} for {@code A_K}
 *       anchors, linear when no component has more than 64. A witness is then one depth-first search from the
 *       smallest closing anchor. Memory is {@code O(p (V + E))}, the product graph's edges included. A bound linear for every chain is not to be
 *       expected: on a chain of S, B and C only, {@code S2B2C2S2B} is triangle detection, for which no
 *       {@code O(E)} algorithm is known.</li>
 * </ul>
 * References: the product construction for regular path queries, A. O. Mendelzon and P. T. Wood, "Finding regular
 * simple paths in graph databases", SIAM J. Comput. 24(6), 1995, which also shows why simple paths are hard;
 * R. E. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972; for triangles,
 * N. Alon, R. Yuster and U. Zwick, "Finding and counting given length cycles", Algorithmica 17(3), 1997.
 *
 * <p>Stateless and thread-safe.
 */
public final class CodeRecognizer {
  private CodeRecognizer() {}

  /**
   * Returns which of the {@link BusinessModelCode#wellKnown() well-known codes} a chain realises.
   *
   * @param chain the chain
   * @return the realised codes, in the order of {@link BusinessModelCode#wellKnown()}, with witnesses
   */
  public static Recognition recognize(ValueChain chain) {
    return recognize(chain, BusinessModelCode.wellKnown());
  }

  /**
   * Returns which of the candidate codes a chain realises.
   *
   * @param chain the chain
   * @param candidates the codes to test, none null; repeated codes are tested once
   * @return the realised codes, in candidate order, with witnesses
   */
  public static Recognition recognize(ValueChain chain, Collection<BusinessModelCode> candidates) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(candidates, "candidates");
    Search search = new Search(chain);
    Map<BusinessModelCode, List<String>> witnesses = new LinkedHashMap<>();
    for (BusinessModelCode code : candidates) {
      Objects.requireNonNull(code, "candidate code");
      if (!witnesses.containsKey(code)) {
        search.find(code).ifPresent(path -> witnesses.put(code, path));
      }
    }
    return new Recognition(witnesses);
  }

  /**
   * Returns a witness that a chain realises a code.
   *
   * @param chain the chain
   * @param code the code
   * @return the actor ids of a witness walk, one per role of the code, or empty if the chain does not realise it
   */
  public static Optional<List<String>> realizes(ValueChain chain, BusinessModelCode code) {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(code, "code");
    return new Search(chain).find(code);
  }

  /** Returns whether a flow of {@code kind} carries a step leaving an actor of role {@code from}. */
  static boolean carries(Role from, FlowKind kind) {
    return from == Role.C ? kind == FlowKind.DATA : kind == FlowKind.GOODS || kind == FlowKind.SERVICE;
  }

  /**
   * Returns the loop period {@code p} of a closed code (the number of roles up to and including its first C),
   * or 0 for an open code. A period of 1 (a code starting with C, such as {@code C2C}) is open: a loop must return
   * to its start actor after at least two steps, since a step joins two different actors.
   */
  static int loopPeriod(BusinessModelCode code) {
    List<Role> roles = code.roles();
    int period = roles.indexOf(Role.C) + 1;
    if (period < 2 || period >= roles.size()) {
      return 0;
    }
    for (int i = period; i < roles.size(); i++) {
      if (roles.get(i) != roles.get(i - period)) {
        return 0;
      }
    }
    return period;
  }

  /**
   * The product-graph search. The chain's step-carrying flows are copied once into CSR arrays (flows that carry no
   * step and self-flows left out, flow order kept), so that no state expansion allocates. Open codes and witnesses
   * are found by depth-first search with marks reused across codes: a state {@code (i, a)} is visited in the current
   * attempt when {@code marks[i][a] == stamp}, and each attempt takes a fresh stamp, so no array is cleared.
   */
  private static final class Search {
    /** Anchors whose loops are tested together, one bit of a {@code long} each. */
    private static final int BATCH = Long.SIZE;

    private final ValueChain chain;
    private final int n;
    private final Role[] role;
    /** Step-carrying flows leaving actor {@code a} end at {@code outTarget[outStart[a]..outStart[a+1])}. */
    private final int[] outStart;
    private final int[] outTarget;
    /** The rank of each actor among the actors of its role, numbering the product states of a position. */
    private final int[] rank;
    private final int[] roleCount = new int[Role.values().length];
    private final List<int[]> marks = new ArrayList<>();
    private int[] closers;
    private int stamp;

    Search(ValueChain chain) {
      this.chain = chain;
      this.n = chain.actorCount();
      this.role = new Role[n];
      this.rank = new int[n];
      for (int a = 0; a < n; a++) {
        role[a] = chain.actor(a).role();
        rank[a] = roleCount[role[a].ordinal()]++;
      }
      int m = chain.flowCount();
      this.outStart = new int[n + 1];
      for (int f = 0; f < m; f++) {
        if (isStep(f)) {
          outStart[chain.source(f) + 1]++;
        }
      }
      for (int a = 0; a < n; a++) {
        outStart[a + 1] += outStart[a];
      }
      this.outTarget = new int[outStart[n]];
      int[] fill = Arrays.copyOf(outStart, n);
      for (int f = 0; f < m; f++) {
        if (isStep(f)) {
          outTarget[fill[chain.source(f)]++] = chain.target(f);
        }
      }
    }

    private boolean isStep(int f) {
      int from = chain.source(f);
      return from != chain.target(f) && carries(role[from], chain.kind(f));
    }

    Optional<List<String>> find(BusinessModelCode code) {
      Role[] roles = code.roles().toArray(new Role[0]);
      int period = loopPeriod(code);
      int[] walk = period == 0 ? findOpen(roles) : findClosed(code, roles, period);
      if (walk == null) {
        return Optional.empty();
      }
      List<String> ids = new ArrayList<>(roles.length);
      for (int i = 0; i < roles.length; i++) {
        ids.add(chain.actor(walk[period == 0 ? i : i % period]).id());
      }
      return Optional.of(ids);
    }

    private int[] findOpen(Role[] roles) {
      int current = ++stamp;
      ensureMarks(roles.length);
      for (int a = 0; a < n; a++) {
        if (role[a] == roles[0] && marks.get(0)[a] != current) {
          int[] walk = depthFirst(roles, roles.length, a, current, -1);
          if (walk != null) {
            return walk;
          }
        }
      }
      return null;
    }

    /** Finds the first anchor, in actor order, whose loop closes, and a witness through it. */
    private int[] findClosed(BusinessModelCode code, Role[] roles, int period) {
      int anchor = new Loops(code, roles, period).firstClosingAnchor();
      if (anchor < 0) {
        return null;
      }
      ensureMarks(period);
      if (closers == null) {
        closers = new int[n];
      }
      int current = ++stamp;
      Role last = roles[period - 1];
      for (int f : chain.incoming(anchor)) {
        int from = chain.source(f);
        if (from != anchor && carries(last, chain.kind(f)) && role[from] == last) {
          closers[from] = current;
        }
      }
      return depthFirst(roles, period, anchor, current, current);
    }

    /**
     * Searches for a walk over positions {@code 0..length-1} starting at {@code start}. The walk is accepted at its
     * last position when {@code closeStamp < 0} or the actor there is marked as a closer with {@code closeStamp}.
     */
    private int[] depthFirst(Role[] roles, int length, int start, int current, int closeStamp) {
      int[] walk = new int[length];
      int[] cursor = new int[length];
      walk[0] = start;
      marks.get(0)[start] = current;
      if (length == 1) {
        return accepts(start, closeStamp) ? walk : null;
      }
      cursor[0] = outStart[start];
      int depth = 0;
      while (depth >= 0) {
        if (cursor[depth] == outStart[walk[depth] + 1]) {
          depth--;
          continue;
        }
        int v = outTarget[cursor[depth]++];
        int next = depth + 1;
        int[] seen = marks.get(next);
        if (seen[v] == current || role[v] != roles[next]) {
          continue;
        }
        seen[v] = current;
        walk[next] = v;
        if (next == length - 1) {
          if (accepts(v, closeStamp)) {
            return walk;
          }
        } else {
          depth = next;
          cursor[depth] = outStart[v];
        }
      }
      return null;
    }

    private boolean accepts(int actor, int closeStamp) {
      return closeStamp < 0 || closers[actor] == closeStamp;
    }

    private void ensureMarks(int positions) {
      while (marks.size() < positions) {
        marks.add(new int[n]);
      }
    }

    /**
     * The closed-code test on the cyclic product graph: state {@code (i, a)} for each position {@code i < p} and
     * actor {@code a} of role {@code X_i}, numbered {@code base[i] + rank[a]}, with an edge to {@code (i + 1, b)}
     * per step {@code a -> b} and, from position {@code p - 1}, a closing edge to {@code (0, b)}. One instance per
     * closed code and call.
     */
    private final class Loops {
      private final BusinessModelCode code;
      private final Role[] roles;
      private final int p;
      private final int[] base;
      private final int states;
      private final int[] actorOf;
      private final int[] positionOf;
      /** Each state's component, from 1; set by {@link #firstClosingAnchor()}. */
      private int[] component;
      /** The states of component {@code k} are {@code members[memberStart[k - 1]..memberStart[k])}. */
      private int[] members;
      private int[] memberStart;
      private int components;

      Loops(BusinessModelCode code, Role[] roles, int period) {
        this.code = code;
        this.roles = roles;
        this.p = period;
        this.base = new int[period + 1];
        long total = 0;
        for (int i = 0; i < period; i++) {
          base[i] = (int) total;
          total += roleCount[roles[i].ordinal()];
          if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("product state count must be at most " + (Integer.MAX_VALUE - 8)
                + " but was " + total + " (code " + code + ")");
          }
        }
        base[period] = (int) total;
        this.states = (int) total;
        this.actorOf = new int[states];
        this.positionOf = new int[states];
        for (int i = 0; i < period; i++) {
          for (int a = 0; a < n; a++) {
            if (role[a] == roles[i]) {
              actorOf[base[i] + rank[a]] = a;
              positionOf[base[i] + rank[a]] = i;
            }
          }
        }
      }

      private int state(int position, int actor) {
        return base[position] + rank[actor];
      }

      /** Returns the smallest anchor whose loop closes, or -1 if none does. */
      int firstClosingAnchor() {
        if (anchors(null).length == 0) {
          return -1;
        }
        int[] offsets = new int[states + 1];
        int[] targets = new int[productEdges(offsets)];
        for (int u = 0; u < states; u++) {
          int next = positionOf[u] + 1 == p ? 0 : positionOf[u] + 1;
          Role wanted = roles[next];
          int e = offsets[u];
          int a = actorOf[u];
          for (int q = outStart[a]; q < outStart[a + 1]; q++) {
            int b = outTarget[q];
            if (role[b] == wanted) {
              targets[e++] = state(next, b);
            }
          }
        }
        StronglyConnectedComponents scc = StronglyConnectedComponents.of(offsets, targets);
        components = scc.count();
        int[] zeroBased = scc.components();
        memberStart = new int[components + 1];
        members = CountingSort.order(zeroBased, states, components, memberStart);
        component = new int[states];
        for (int u = 0; u < states; u++) {
          component[u] = zeroBased[u] + 1;
        }
        return closingAnchor(anchors(component));
      }

      /**
       * Counts the product graph's edges into {@code offsets} as CSR row offsets: state {@code (i, a)} has an edge to
       * {@code (i + 1 mod p, b)} for each step {@code a -> b} with {@code b} of role {@code X_(i + 1 mod p)}.
       *
       * @return the number of edges
       */
      private int productEdges(int[] offsets) {
        long total = 0;
        for (int u = 0; u < states; u++) {
          int next = positionOf[u] + 1 == p ? 0 : positionOf[u] + 1;
          Role wanted = roles[next];
          int a = actorOf[u];
          for (int q = outStart[a]; q < outStart[a + 1]; q++) {
            if (role[outTarget[q]] == wanted) {
              total++;
            }
          }
          if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("product edge count must be at most " + (Integer.MAX_VALUE - 8)
                + " but was more (code " + code + ")");
          }
          offsets[u + 1] = (int) total;
        }
        return (int) total;
      }

      /**
       * Returns, in actor order, the actors of role {@code X_0} that receive a closing step: from any consumer
       * segment when {@code within} is null, else from one whose state shares their state's component.
       */
      private int[] anchors(int[] within) {
        boolean[] anchor = new boolean[n];
        int count = 0;
        Role last = roles[p - 1];
        for (int c = 0; c < n; c++) {
          if (role[c] != last) {
            continue;
          }
          for (int q = outStart[c]; q < outStart[c + 1]; q++) {
            int s = outTarget[q];
            if (role[s] == roles[0] && !anchor[s]
                && (within == null || within[state(0, s)] == within[state(p - 1, c)])) {
              anchor[s] = true;
              count++;
            }
          }
        }
        int[] anchors = new int[count];
        int k = 0;
        for (int a = 0; a < n && k < count; a++) {
          if (anchor[a]) {
            anchors[k++] = a;
          }
        }
        return anchors;
      }

      /**
       * Returns the smallest candidate anchor whose loop closes, or -1. Candidates are grouped by component and
       * tested {@link #BATCH} at a time; components are taken in order of their smallest candidate, and a component
       * stops at its first batch with a closing anchor, which then holds its smallest.
       */
      private int closingAnchor(int[] candidates) {
        int[] groupStart = new int[components + 2];
        for (int s : candidates) {
          groupStart[component[state(0, s)] + 1]++;
        }
        for (int k = 1; k <= components + 1; k++) {
          groupStart[k] += groupStart[k - 1];
        }
        int[] grouped = new int[candidates.length];
        int[] fill = Arrays.copyOf(groupStart, components + 1);
        int[] componentOrder = new int[candidates.length];
        int componentsWithCandidates = 0;
        for (int s : candidates) {
          int k = component[state(0, s)];
          if (fill[k] == groupStart[k]) {
            componentOrder[componentsWithCandidates++] = k;
          }
          grouped[fill[k]++] = s;
        }
        long[] mask = new long[states];
        int[] ordered = new int[states];
        int[] positionStart = new int[p + 1];
        int[] bit = new int[n];
        Arrays.fill(bit, -1);
        int best = -1;
        for (int c = 0; c < componentsWithCandidates; c++) {
          int k = componentOrder[c];
          if (best >= 0 && grouped[groupStart[k]] >= best) {
            break;
          }
          orderByPosition(k, ordered, positionStart);
          for (int from = groupStart[k]; from < groupStart[k + 1]; from += BATCH) {
            int found = closingInBatch(k, grouped, from, Math.min(groupStart[k + 1], from + BATCH), ordered,
                positionStart, mask, bit);
            if (found >= 0) {
              best = best < 0 ? found : Math.min(best, found);
              break;
            }
          }
        }
        return best;
      }

      /** Lists component {@code k}'s states in {@code ordered}, grouped by position, by counting sort. */
      private void orderByPosition(int k, int[] ordered, int[] positionStart) {
        Arrays.fill(positionStart, 0);
        for (int i = memberStart[k - 1]; i < memberStart[k]; i++) {
          positionStart[positionOf[members[i]] + 1]++;
        }
        for (int i = 0; i < p; i++) {
          positionStart[i + 1] += positionStart[i];
        }
        int[] fill = Arrays.copyOf(positionStart, p);
        for (int i = memberStart[k - 1]; i < memberStart[k]; i++) {
          int u = members[i];
          ordered[fill[positionOf[u]]++] = u;
        }
      }

      /**
       * Tests anchors {@code grouped[from..to)} of component {@code k} at once: bit {@code j} of {@code mask[u]}
       * says that state {@code u} is reached from anchor {@code j} by a walk through positions {@code 0..i}, pushed
       * forward position by position inside the component (a witness walk never leaves it, since each of its states
       * reaches the closing step back to its anchor). Returns the smallest anchor whose closing step leaves a state
       * that carries its bit, or -1; leaves {@code mask} and {@code bit} cleared.
       */
      private int closingInBatch(int k, int[] grouped, int from, int to, int[] ordered, int[] positionStart,
          long[] mask, int[] bit) {
        for (int j = 0; j < to - from; j++) {
          int s = grouped[from + j];
          bit[s] = j;
          mask[state(0, s)] |= 1L << j;
        }
        for (int i = 0; i + 1 < p; i++) {
          Role wanted = roles[i + 1];
          for (int x = positionStart[i]; x < positionStart[i + 1]; x++) {
            int u = ordered[x];
            long reached = mask[u];
            if (reached == 0) {
              continue;
            }
            int a = actorOf[u];
            for (int q = outStart[a]; q < outStart[a + 1]; q++) {
              int b = outTarget[q];
              if (role[b] == wanted) {
                int v = state(i + 1, b);
                if (component[v] == k) {
                  mask[v] |= reached;
                }
              }
            }
          }
        }
        int found = -1;
        for (int x = positionStart[p - 1]; x < positionStart[p]; x++) {
          int u = ordered[x];
          long reached = mask[u];
          if (reached == 0) {
            continue;
          }
          int c = actorOf[u];
          for (int q = outStart[c]; q < outStart[c + 1]; q++) {
            int s = outTarget[q];
            if (role[s] == roles[0] && bit[s] >= 0 && (reached >>> bit[s] & 1L) != 0 && (found < 0 || s < found)) {
              found = s;
            }
          }
        }
        for (int x = positionStart[0]; x < positionStart[p]; x++) {
          mask[ordered[x]] = 0;
        }
        for (int j = from; j < to; j++) {
          bit[grouped[j]] = -1;
        }
        return found;
      }
    }
  }
}
