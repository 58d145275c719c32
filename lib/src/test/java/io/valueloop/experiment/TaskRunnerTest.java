package io.valueloop.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
  private static List<Thread> workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("valueloop-experiment-") && t.isAlive())
        .toList();
  }

  @Test
  void run_ownPool_noWorkerIsAliveWhenRunReturns_inEveryRound() {
    // A pool reports itself terminated from its last worker thread a moment before that thread dies, so waiting for
    // termination left a worker alive after run() in about a third of the rounds of this loop on two cores; run()
    // joins every thread it started, so none is ever left.
    for (int round = 0; round < 300; round++) {
      int[] done = {0};
      TaskRunner.run(4, 2, null, (task, stop) -> true, () -> done[0]++);

      assertThat(done[0]).isEqualTo(4);
      assertThat(workerThreads()).as("round %d", round).isEmpty();
    }
  }

  @Test
  void run_ownPool_interruptedWhileWaiting_joinsEveryWorker_inEveryRound() {
    for (int round = 0; round < 300; round++) {
      int[] done = {0};
      try {
        assertThatThrownBy(() -> TaskRunner.run(100, 2, null, (task, stop) -> true, () -> {
          if (++done[0] == 2) {
            Thread.currentThread().interrupt();
          }
        })).isInstanceOf(IllegalStateException.class)
            .hasMessage("experiment must run to the end but was interrupted after 2 of 100 runs (experiment)");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
      assertThat(workerThreads()).as("round %d", round).isEmpty();
    }
  }
}
