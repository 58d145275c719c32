package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisruptionLessonTest {
  private static DisruptionLesson.Result result;

  @BeforeAll
  static void runSmall() {
    result = DisruptionLesson.run(Lesson.Size.SMALL);
  }

  @Test
  void outage_lowersFillRateDuringIt() {
    double during = result.meanFillRate(result.outageFrom(), result.outageTo());

    assertThat(during).isLessThan(result.before() - 0.2);
  }

  @Test
  void fillRate_recoversAfterTheOutage() {
    assertThat(result.recoveredAt()).isGreaterThan(result.outageTo()).isLessThan(result.fillRate().length);
    assertThat(result.after()).isGreaterThan(result.before() - 0.05);
    assertThat(result.shopBacklog()[result.outageTo()]).isGreaterThan(result.shopBacklog()[result.outageFrom()]);
  }

  @Test
  void resourcing_raisesTheFillRateDuringTheOutage() {
    DisruptionLesson.Recovery fixed = result.fixedShares();
    DisruptionLesson.Recovery resourced = result.resourced();

    assertThat(result.duringGain()).isPositive();
    assertThat(resourced.during()).isGreaterThan(fixed.during());
  }

  @Test
  void resourcing_recoversNoLaterThanFixedShares() {
    DisruptionLesson.Recovery fixed = result.fixedShares();
    DisruptionLesson.Recovery resourced = result.resourced();

    assertThat(resourced.ticksToRecover()).isLessThanOrEqualTo(fixed.ticksToRecover());
    assertThat(resourced.backlogPeak()).isLessThan(fixed.backlogPeak());
  }

  @Test
  void resourcing_keepsTheFixedSharesBeforeTheOutage() {
    assertThat(result.resourced().before()).isCloseTo(result.before(), within(1e-9));
  }

  @Test
  void analysis_namesTheMainFactoryBeforeTheSecond() {
    List<String> ranked = List.copyOf(result.throughputShare().keySet());

    assertThat(ranked.indexOf(DisruptionLesson.MAIN_FACTORY)).isLessThan(
        ranked.indexOf(DisruptionLesson.SECOND_FACTORY));
    assertThat(result.articulationPoints()).contains(DisruptionLesson.PLATFORM);
  }

  @Test
  void run_writesRecoveryCharts(@TempDir Path dir) throws Exception {
    LessonFilesCheck.runSmall(new DisruptionLesson(), dir);

    assertThat(dir.resolve("fill-rate.svg")).isNotEmptyFile();
    assertThat(dir.resolve("backlog.png")).isNotEmptyFile();
  }
}
