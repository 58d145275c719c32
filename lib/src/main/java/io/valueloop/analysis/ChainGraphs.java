package io.valueloop.analysis;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.Arrays;

/** Helpers shared by the analyses: consumer demand, and actor ids for error messages. */
final class ChainGraphs {
  /** How many actor ids an error message names before it abbreviates. */
  private static final int IDS_IN_MESSAGE = 10;

  private ChainGraphs() {}

  /** Returns the final demand of all consumer segments (role C), in units per tick. */
  static double consumerDemand(ValueChain chain) {
    double total = 0;
    for (int a = 0; a < chain.actorCount(); a++) {
      if (chain.actor(a).role() == Role.C) {
        total += chain.actor(a).demand();
      }
    }
    return total;
  }

  /**
   * Returns the ids of the actors at compiled indices {@code start..end-1} (a goods component), in chain index
   * order, abbreviated after a few, for error messages.
   */
  static String ids(CompiledChain compiled, int start, int end) {
    int[] chainIndices = new int[end - start];
    for (int a = start; a < end; a++) {
      chainIndices[a - start] = compiled.chainIndex(a);
    }
    Arrays.sort(chainIndices);
    return ids(compiled.chain(), chainIndices);
  }

  /** Returns the ids of the given actors (chain indices), in the given order, abbreviated after a few. */
  static String ids(ValueChain chain, int[] actors) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(actors.length, IDS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : ", ").append(chain.actor(actors[i]).id());
    }
    if (actors.length > shown) {
      text.append(", ... (").append(actors.length).append(" actors)");
    }
    return text.toString();
  }
}
