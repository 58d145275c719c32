package io.valueloop.pattern;

import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
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
    CodeSearch search = new CodeSearch(chain);
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
    return new CodeSearch(chain).find(code);
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
}
