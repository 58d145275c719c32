package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void lines_printOneLineEveryTenthWithTheTimeLeft() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(err), Progress.Mode.LINES, now::get);

    for (int done = 1; done <= 40; done++) {
      now.addAndGet(SECOND);
      progress.progress(done, 40);
    }

    assertThat(err.toString().lines()).hasSize(10)
        .startsWith("progress: 4/40 runs   10 %  about 36 s left")
        .endsWith("progress: 40/40 runs  100 %  40 s elapsed");
  }

  @Test
  void bar_redrawsInPlaceAndEndsTheLine() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(err), Progress.Mode.BAR, now::get);

    now.set(2 * SECOND);
    progress.progress(1, 2);
    now.set(4 * SECOND);
    progress.progress(2, 2);

    assertThat(err.toString()).startsWith("\r[" + "#".repeat(15) + ".".repeat(15) + "] 1/2 runs   50 %  about 2 s left")
        .contains("\r[" + "#".repeat(30) + "] 2/2 runs  100 %  4 s elapsed").endsWith(System.lineSeparator());
  }

  @Test
  void lines_whenMoreRunsAreAdded_sayHowManyInAll() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = new Progress(new PrintWriter(err), Progress.Mode.LINES, now::get);

    for (int done = 1; done <= 10; done++) {
      now.addAndGet(SECOND);
      progress.progress(done, 10);
    }
    for (int done = 11; done <= 20; done++) {
      now.addAndGet(SECOND);
      progress.progress(done, 20);
    }

    assertThat(err.toString().lines()).hasSize(10 + 1 + 5)
        .contains("progress: more replications needed, 20 runs in all", "progress: 12/20 runs   60 %  about 8 s left")
        .endsWith("progress: 20/20 runs  100 %  20 s elapsed");
  }

  @Test
  void none_printsNothing() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), Progress.Mode.NONE, System::nanoTime);

    progress.progress(1, 1);

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void duration_readsAsAPersonWouldSayIt() {
    assertThat(Progress.duration(SECOND / 3)).isEqualTo("<1 s");
    assertThat(Progress.duration(42 * SECOND)).isEqualTo("42 s");
    assertThat(Progress.duration(125 * SECOND)).isEqualTo("2 min 5 s");
    assertThat(Progress.duration(7260 * SECOND)).isEqualTo("2 h 1 min");
  }
}
