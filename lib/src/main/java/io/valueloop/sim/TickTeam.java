package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.internal.WorkerTeam;

/**
 * Runs the per-actor passes of a tick on one or more threads with the same result bit for bit. The turns go level
 * by level ({@link CompiledChain#levelStart(int)}: consumers first, producers last), each level split into
 * contiguous ranges of actors of about equal work (actors plus the goods flows and shared-data pairs their turns
 * walk), one per thread. Actors of one level share no goods flow, so their turns touch disjoint state; the only sums
 * over actors (costs of a buyer served by several sellers, own costs, the role sums of the metrics) are formed
 * afterwards in actor order ({@link Ledger#collect}, {@link Metrics#sumTurns}), as a single thread would form them. A
 * goods cycle is never split: its actors act one after another, in index order, on one thread. Levels of less work
 * than {@link #SMALL} (by default) run on the calling thread alone, where handing them to the team would cost more
 * than it saves.
 *
 * <p>With one thread there is no team: every pass runs on the caller, and the sums over actors are formed in the
 * turns, as they come.
 */
final class TickTeam implements AutoCloseable {
  /** Work ({@link #work}) below which a level runs on the calling thread alone; actors for the other passes. */
  static final int SMALL = 2048;

  private static final int TURNS = 0;
  private static final int COLLECT = 1;
  private static final int SUMS = 2;
  private static final int DRAW = 3;

  private final Topology t;
  private final Turns[] turns;
  private final Ledger ledger;
  private final Metrics metrics;
  private final WorkerTeam team;
  private final int[] levelFrom;
  private final int[] levelTo;
  /** For each level, the first actor of each part and the level's end; null where the caller runs it alone. */
  private final int[][] levelSplit;
  private final int[] allSplit;
  private final int[] collectSplit;
  private final int[] drawSplit;
  private final boolean consumersApart;
  private final WorkerTeam.Job job = this::part;
  private int[] split;
  private int phase;
  private boolean clearMoney;

  TickTeam(Topology t, Turns[] turns, Ledger ledger, Metrics metrics, int small) {
    this.t = t;
    this.turns = turns;
    this.ledger = ledger;
    this.metrics = metrics;
    int parts = turns.length;
    CompiledChain chain = t.chain;
    int levels = chain.levelCount();
    levelFrom = new int[levels];
    levelTo = new int[levels];
    levelSplit = new int[levels][];
    for (int l = 0; l < levels; l++) {
      levelFrom[l] = chain.levelStart(l);
      levelTo[l] = chain.levelEnd(l);
      if (parts > 1 && work(levelFrom[l], levelTo[l]) >= small) {
        levelSplit[l] = splitWork(levelFrom[l], levelTo[l], parts);
      }
    }
    allSplit = parts > 1 && t.n >= small ? split(0, t.n, parts) : null;
    int segments = t.consumers.length;
    drawSplit = parts > 1 && segments >= small ? split(0, segments, parts) : null;
    collectSplit = parts > 1 && ledger.collectedCount() >= small ? split(0, ledger.collectedCount(), parts)
        : null;
    // Segments act before every other actor (step 3 before any seller's step 5). They are all at level 0 unless a
    // segment also ships goods; then they act first, on the caller, as a pass of their own.
    boolean apart = false;
    for (int c : t.consumers) {
      apart |= c >= levelTo[0];
    }
    consumersApart = apart;
    for (Turns x : turns) {
      x.consumersApart = apart;
      x.inlineSums = parts == 1;
    }
    team = parts > 1 ? new WorkerTeam(parts) : null;
  }

  /**
   * Returns the work of the turns of the actors {@code [from, to)}, for sharing a level: one per actor, plus its goods
   * flows and shared-data pairs, which its turn walks. A level of a few hubs (platforms serving hundreds of
   * businesses each) is as much work as a level of many small actors and is shared as well.
   */
  private long work(int from, int to) {
    return (to - from) + (t.outStart[to] - t.outStart[from]) + (t.inStart[to] - t.inStart[from])
        + (t.pairStart[to] - t.pairStart[from]);
  }

  /**
   * Splits the level {@code [from, to)} into {@code parts} ranges of about equal {@link #work}, never inside a goods
   * cycle.
   */
  private int[] splitWork(int from, int to, int parts) {
    int[] s = new int[parts + 1];
    s[0] = from;
    s[parts] = to;
    long total = work(from, to);
    int at = from;
    for (int p = 1; p < parts; p++) {
      long target = total * p / parts;
      at = Math.max(at, s[p - 1]);
      while (at < to && work(from, at + 1) <= target) {
        at++;
      }
      while (at > from && at < to && t.chain.component(at) == t.chain.component(at - 1)) {
        at++;
      }
      s[p] = at;
    }
    return s;
  }

  /** Splits {@code [from, to)} into {@code parts} ranges of about equal size. */
  private static int[] split(int from, int to, int parts) {
    int[] s = new int[parts + 1];
    s[0] = from;
    s[parts] = to;
    for (int p = 1; p < parts; p++) {
      s[p] = Math.max(s[p - 1], from + (int) ((long) (to - from) * p / parts));
    }
    return s;
  }

  /** Runs every actor's turn of a tick, level by level. */
  void turns(int tick, boolean measuring) {
    for (Turns x : turns) {
      x.tick = tick;
      x.measuring = measuring;
    }
    if (drawSplit == null) {
      turns[0].drawDemand(0, t.consumers.length);
    } else {
      run(DRAW, drawSplit);
    }
    if (consumersApart) {
      for (int c : t.consumers) {
        turns[0].consumerTurn(c);
      }
    }
    for (int l = 0; l < levelFrom.length; l++) {
      if (levelSplit[l] == null) {
        turns[0].act(levelFrom[l], levelTo[l]);
      } else {
        run(TURNS, levelSplit[l]);
      }
    }
  }

  /**
   * Completes the sums over actors once every actor has acted: the costs of collected buyers ({@link
   * Ledger#collect}), and with more than one thread, in a measured tick, the own costs and the metrics' role sums
   * ({@link Metrics#sumTurns}).
   */
  void sums(boolean measuring) {
    if (collectSplit != null) {
      run(COLLECT, collectSplit);
    } else if (ledger.collects()) {
      ledger.collect(0, ledger.collectedCount());
    }
    if (!turns[0].inlineSums && measuring) {
      ledger.ownCostThisTick = metrics.sumTurns();
    }
  }

  /**
   * Adds every actor's revenue and cost of a measured tick to the metrics' sums ({@link Metrics#addMoney}) and, with
   * {@code clear}, clears them for the next tick in the same pass.
   */
  void addMoney(boolean clear) {
    clearMoney = clear;
    if (allSplit == null) {
      metrics.addMoney(ledger.revenue, ledger.cost, 0, t.n, clear);
    } else {
      run(SUMS, allSplit);
    }
  }

  private void run(int what, int[] parts) {
    phase = what;
    split = parts;
    team.run(job);
  }

  private void part(int p) {
    int from = split[p];
    int to = split[p + 1];
    switch (phase) {
      case TURNS:
        turns[p].act(from, to);
        break;
      case DRAW:
        turns[p].drawDemand(from, to);
        break;
      case COLLECT:
        ledger.collect(from, to);
        break;
      default:
        metrics.addMoney(ledger.revenue, ledger.cost, from, to, clearMoney);
        break;
    }
  }

  /** Stops the team's threads, if any; idempotent. */
  @Override
  public void close() {
    if (team != null) {
      team.close();
    }
  }
}
