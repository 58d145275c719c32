package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelsLessonTest {

  @Test
  void run_small_integrationAndResourcingServeMoreDemandAtOnce() {
    ChannelsLesson.Result result = ChannelsLesson.run(Lesson.Size.SMALL);

    // Paired differences on common random numbers: the whole interval above zero.
    assertThat(result.integration().get(ChannelsLesson.FILL).low()).isPositive();
    assertThat(result.resourcing().get(ChannelsLesson.FILL).low()).isPositive();
    assertThat(result.summaries().get(ChannelsLesson.FILL).get("integrated, re-sourcing").mean())
        .isGreaterThan(result.summaries().get(ChannelsLesson.FILL).get("separate, fixed shares").mean());
    assertThat(result.summaries().get(ChannelsLesson.INVENTORY).values())
        .allSatisfy(s -> assertThat(s.mean()).isPositive());
  }

  @Test
  void run_writesTheTableChartsAndReport(@TempDir Path dir) throws Exception {
    String printed = LessonFilesCheck.runSmall(new ChannelsLesson(), dir);

    assertThat(printed).contains("integrated, re-sourcing", "re-sourcing (paired)", "fill rate");
    assertThat(dir.resolve("fill-rate.svg")).isNotEmptyFile();
  }
}
