package io.valueloop.sim;

/**
 * The assembly rules of a stockist with inputs (docs/design.md §3): what it makes from the inputs it holds (step 2)
 * and how the rule's order for its product becomes one order per input (step 8). Both read and write the input
 * slots of the run's {@link RunState}; neither allocates.
 */
final class Assembly {
  private Assembly() {}

  /**
   * Makes output from the inputs actor {@code a} holds, as much as the scarcest input allows: {@code made = min over
   * inputs k of stock(k) / requirement(k)}; the scarcest input is used up exactly, the others by {@code made ·
   * requirement(k)}.
   *
   * @return the units made, 0 if any input with a requirement is missing
   */
  static double make(Topology t, RunState s, int a) {
    int from = t.actorInt[Topology.AI * a + Topology.A_INPUT];
    int to = t.actorInt[Topology.AI * a + Topology.A_INPUT_END];
    if (to - from == 1) {
      double made = s.inputStock[from] * t.inverseRequirement[from];
      s.inputStock[from] = 0;
      return made;
    }
    double made = Double.POSITIVE_INFINITY;
    int scarcest = -1;
    for (int k = from; k < to; k++) {
      if (t.inverseRequirement[k] > 0) {
        double can = s.inputStock[k] * t.inverseRequirement[k];
        if (can < made) {
          made = can;
          scarcest = k;
        }
      }
    }
    if (made == 0 || scarcest < 0) {
      return 0;
    }
    for (int k = from; k < to; k++) {
      s.inputStock[k] = k == scarcest ? 0 : s.inputStock[k] - made * t.inputRequirement[k];
    }
    return made;
  }

  /**
   * Turns the rule's order {@code q} of assembler {@code a} into one order per input, after Rosling (1989), into
   * {@link RunState#inputOrder}: {@code q} raises the finished-goods position {@code IP = onHand - backlog + min_k
   * P_k} to {@code y = IP + q}, where {@code P_k = (held_k + onOrder_k) / r_k} is what input {@code k} held and on
   * order allows; each input is ordered up to that level, {@code q_k = y - (onHand - backlog + P_k) = q - (P_k -
   * min_j P_j)} finished units ({@code max(0, q_k)} unless negative orders are allowed). So an input held ahead of
   * the scarcest one is not ordered again, and whole-number demand gives whole-number orders.
   */
  static void orderInputs(Topology t, RunState s, int a, double q, boolean negative) {
    int from = t.actorInt[Topology.AI * a + Topology.A_INPUT];
    int to = t.actorInt[Topology.AI * a + Topology.A_INPUT_END];
    double line = s.assemblyLine(from, to);
    for (int k = from; k < to; k++) {
      double qk = t.inverseRequirement[k] > 0
          ? q - ((s.inputStock[k] + s.inputSupply[k]) * t.inverseRequirement[k] - line) : q;
      s.inputOrder[k] = negative || qk > 0 ? qk : 0;
    }
  }
}
