package io.valueloop.benchmarks;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntPredicate;

/**
 * Two threads that step a floor run together: the caller (party 0) and one worker (party 1), which meet at an
 * allocation-free spin barrier. Each party counts the barriers it reached in its own slot of an {@link
 * AtomicLongArray}, the two slots 128 bytes apart so that they share no cache line, and waits until the other's count
 * has caught up; the volatile write and read order everything written before the barrier before everything read
 * after it. A waiting party spins, then yields; it never parks (a tick of 10^5 actors is about a millisecond).
 */
final class TickFloorTeam implements AutoCloseable {
  private static final int PAD = 16;
  /**
   * Spins before a waiting party yields its core, as the library's {@code WorkerTeam} does: on a machine with more
   * runnable threads than cores a spinning waiter would only delay the thread it waits for.
   */
  private static final int SPINS = 1 << 8;

  private final AtomicLongArray arrivals = new AtomicLongArray(3 * PAD);
  private final Thread worker;
  private volatile boolean stopped;

  /**
   * Starts the worker, which waits at the barrier for each tick and then runs {@code work.test(1)}; the work returns
   * false once the team has stopped.
   */
  TickFloorTeam(IntPredicate work) {
    worker = new Thread(() -> {
      while (await(1)) {
        if (!work.test(1)) {
          return;
        }
      }
    }, "tick-floor-worker");
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Party {@code party} reaches the barrier and waits for the other; returns false (without waiting) once the team
   * has stopped.
   */
  boolean await(int party) {
    int mine = (1 + party) * PAD;
    int other = (2 - party) * PAD;
    long count = arrivals.get(mine) + 1;
    arrivals.set(mine, count);
    for (int spin = 0; arrivals.get(other) < count; spin++) {
      if (stopped) {
        return false;
      }
      if (spin < SPINS) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
    return true;
  }

  /** Stops the worker and waits for it to end. */
  @Override
  public void close() {
    stopped = true;
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
