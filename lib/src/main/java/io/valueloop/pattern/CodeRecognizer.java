package io.valueloop.pattern;

import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
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
 * <p><b>Algorithm and complexity.</b> A depth-first search over the product of the code's positions and the
 * chain's actors (state {@code (i, a)}: actor {@code a} can stand at position {@code i}), reading the chain's
 * indexed out-adjacency; a state is expanded at most once, because whether a state leads to a witness does not
 * depend on how it was reached. An open code costs {@code O(k (V + E))} time and {@code O(k V)} memory, where
 * {@code V} and {@code E} are the chain's actor and flow counts. A closed code is searched once per anchor, an
 * actor of role {@code X_0} that receives a closing DATA flow from a consumer segment, each in
 * {@code O(p (V + E))}; the search stops at the first witness. Reference: the product construction for regular
 * path queries, A. O. Mendelzon and P. T. Wood, "Finding regular simple paths in graph databases", SIAM J.
 * Comput. 24(6), 1995, which also shows why simple paths are hard.
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
  public static Optional<List<String>> realises(ValueChain chain, BusinessModelCode code) {
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
   * The product-graph search, with marks reused across codes and anchors: a state {@code (i, a)} is visited in
   * the current attempt when {@code marks[i][a] == stamp}, and each attempt takes a fresh stamp, so no array is
   * cleared between attempts.
   */
  private static final class Search {
    private final ValueChain chain;
    private final int n;
    private final List<int[]> marks = new ArrayList<>();
    private int[] closers;
    private int stamp;

    Search(ValueChain chain) {
      this.chain = chain;
      this.n = chain.actorCount();
    }

    Optional<List<String>> find(BusinessModelCode code) {
      Role[] roles = code.roles().toArray(new Role[0]);
      int period = loopPeriod(code);
      int[] walk = period == 0 ? findOpen(roles) : findClosed(roles, period);
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
        if (chain.actor(a).role() == roles[0] && marks.get(0)[a] != current) {
          int[] walk = depthFirst(roles, roles.length, a, current, -1);
          if (walk != null) {
            return walk;
          }
        }
      }
      return null;
    }

    private int[] findClosed(Role[] roles, int period) {
      ensureMarks(period);
      if (closers == null) {
        closers = new int[n];
      }
      Role last = roles[period - 1];
      for (int anchor = 0; anchor < n; anchor++) {
        if (chain.actor(anchor).role() != roles[0]) {
          continue;
        }
        int current = ++stamp;
        boolean closable = false;
        for (int f : chain.incoming(anchor)) {
          int from = chain.source(f);
          if (from != anchor && carries(last, chain.kind(f)) && chain.actor(from).role() == last) {
            closers[from] = current;
            closable = true;
          }
        }
        if (closable) {
          int[] walk = depthFirst(roles, period, anchor, current, current);
          if (walk != null) {
            return walk;
          }
        }
      }
      return null;
    }

    /**
     * Searches for a walk over positions {@code 0..length-1} starting at {@code start}. The walk is accepted at its
     * last position when {@code closeStamp < 0} or the actor there is marked as a closer with {@code closeStamp}.
     */
    private int[] depthFirst(Role[] roles, int length, int start, int current, int closeStamp) {
      int[] walk = new int[length];
      int[][] out = new int[length][];
      int[] cursor = new int[length];
      walk[0] = start;
      marks.get(0)[start] = current;
      if (length == 1) {
        return accepts(start, closeStamp) ? walk : null;
      }
      out[0] = chain.outgoing(start);
      int depth = 0;
      while (depth >= 0) {
        if (cursor[depth] == out[depth].length) {
          depth--;
          continue;
        }
        int f = out[depth][cursor[depth]++];
        if (!carries(roles[depth], chain.kind(f))) {
          continue;
        }
        int next = depth + 1;
        int v = chain.target(f);
        int[] seen = marks.get(next);
        if (v == walk[depth] || seen[v] == current || chain.actor(v).role() != roles[next]) {
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
          out[depth] = chain.outgoing(v);
          cursor[depth] = 0;
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
  }
}
