package io.valueloop.benchmarks;

/** How a floor run lays out its per-actor and per-flow fields ({@link TickFloorState}). */
public enum TickFloorLayout {
  /**
   * One record per actor and per flow, its fields side by side: a turn touches a few whole cache lines per record,
   * on a few memory streams ({@link TickFloorKernel}).
   */
  RECORDS,
  /**
   * Struct of arrays: each field of all actors (or flows) in a column of its own, so that a turn touches one element
   * of each of some twenty columns, on as many memory streams ({@link TickFloorColumnsKernel}).
   */
  COLUMNS
}
