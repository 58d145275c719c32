package io.valueloop.pattern;

import io.valueloop.internal.CountingSort;
import io.valueloop.internal.StronglyConnectedComponents;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The product-graph search behind {@link CodeRecognizer}, whose class documentation states the problem, the
 * algorithm and its complexity. The chain's step-carrying flows are copied once into CSR arrays (flows that carry no
 * step and self-flows left out, flow order kept), so that no state expansion allocates. Open codes and witnesses
 * are found by depth-first search with marks reused across codes: a state {@code (i, a)} is visited in the current
 * attempt when {@code marks[i][a] == stamp}, and each attempt takes a fresh stamp, so no array is cleared.
 */
final class CodeSearch {
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

  CodeSearch(ValueChain chain) {
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
    return from != chain.target(f) && CodeRecognizer.carries(role[from], chain.kind(f));
  }

  Optional<List<String>> find(BusinessModelCode code) {
    Role[] roles = code.roles().toArray(new Role[0]);
    int period = CodeRecognizer.loopPeriod(code);
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
      if (from != anchor && CodeRecognizer.carries(last, chain.kind(f)) && role[from] == last) {
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
