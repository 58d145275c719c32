package io.valueloop.model;

import java.util.Arrays;

/**
 * The flows a {@link ValueChain.Builder} has been given, by actor id and in order, as parallel arrays that grow by
 * half when full; {@link ChainValidator} resolves and checks them. Not thread-safe.
 */
final class PendingFlows {
  String[] sourceIds = new String[16];
  String[] targetIds = new String[16];
  FlowTerms[] terms = new FlowTerms[16];
  int count;

  /** Appends a flow. */
  void add(String sourceId, String targetId, FlowTerms flowTerms) {
    ensureCapacity(count + 1);
    sourceIds[count] = sourceId;
    targetIds[count] = targetId;
    terms[count] = flowTerms;
    count++;
  }

  /** Makes room for {@code needed} flows in all. */
  void ensureCapacity(int needed) {
    if (needed > sourceIds.length) {
      int capacity = Math.max(needed, sourceIds.length + (sourceIds.length >> 1));
      sourceIds = Arrays.copyOf(sourceIds, capacity);
      targetIds = Arrays.copyOf(targetIds, capacity);
      terms = Arrays.copyOf(terms, capacity);
    }
  }
}
