package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.experiment.Summary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloLessonTest {

  @Test
  void dataLoop_lowersThePlatformsBullwhipAtEveryDelay() {
    MonteCarloLesson.Result result = MonteCarloLesson.run(Lesson.Size.SMALL);
    Summary off = result.loopOff().get(MonteCarloLesson.PLATFORM);

    assertThat(result.loopOn().get(MonteCarloLesson.PLATFORM))
        .hasSize(result.delays().length)
        .allSatisfy(on -> assertThat(on.high()).isLessThan(off.low()));
    assertThat(result.loopOn().get(MonteCarloLesson.FILL)).allSatisfy(s -> assertThat(s.low()).isGreaterThan(0));
  }

  @Test
  void run_writesTheSweepWithBands(@TempDir Path dir) throws Exception {
    String printed = LessonFilesCheck.runSmall(new MonteCarloLesson(), dir);

    assertThat(printed).contains("loop off", "data delay");
    assertThat(dir.resolve("sweep.svg")).isNotEmptyFile();
  }
}
