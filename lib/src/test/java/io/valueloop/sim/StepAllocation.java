package io.valueloop.sim;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/** Measures what a run's ticks allocate on the calling thread, after a warm-up (the JIT and lazy set-up done). */
final class StepAllocation {
  private StepAllocation() {}

  /** Steps {@code warmUp} ticks, then returns the bytes the next {@code measured} ticks allocate. */
  static long bytes(SimulationRun run, int warmUp, int measured) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmUp; i++) {
      run.step();
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < measured; i++) {
      run.step();
    }
    return threads.getCurrentThreadAllocatedBytes() - before;
  }
}
