package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleDynamicsLessonTest {

  @Test
  void converts_followTheBassCurveAndTakeTheShopsMoney() {
    RoleDynamicsLesson.Result result = RoleDynamicsLesson.run(Lesson.Size.SMALL);
    int last = result.ticks().length - 1;

    // A pool of 40 lags the deterministic recursion a little (its first convert comes at a random tick).
    assertThat(result.converted()[49]).isCloseTo(result.bass()[49], within(0.2));
    assertThat(result.bShare()[last]).isGreaterThan(result.bShare()[10]);
    // The shop's share of the consumers' money falls, the small businesses' rises.
    assertThat(result.lateShare()[0]).isLessThan(result.earlyShare()[0]);
    assertThat(result.lateShare()[1]).isGreaterThan(result.earlyShare()[1]);
  }

  @Test
  void run_writesTheAdoptionChartAndTheReport(@TempDir Path dir) throws Exception {
    String printed = LessonFilesCheck.runSmall(new RoleDynamicsLesson(), dir);

    assertThat(printed).contains("Bass", "share of consumer money");
    assertThat(dir.resolve("adoption.svg")).isNotEmptyFile();
  }
}
