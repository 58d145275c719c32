package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeerGameLessonTest {

  @Test
  void sterman_ordersSwingMoreAtEveryEchelonUpTheChain() {
    List<BeerGameLesson.Echelon> echelons = BeerGameLesson.run(Lesson.Size.SMALL).sterman();

    for (int i = 1; i < 3; i++) {
      assertThat(echelons.get(i).peakOrder()).as(echelons.get(i).echelon())
          .isGreaterThan(echelons.get(i - 1).peakOrder());
    }
    assertThat(echelons.get(3).peakOrder()).isGreaterThan(2 * echelons.get(0).peakOrder() - 8);
    assertThat(echelons.get(0).peakOrder()).isGreaterThan(8);
  }

  @Test
  void countingTheSupplyLine_lowersTheTeamsCost() {
    BeerGameLesson.Result result = BeerGameLesson.run(Lesson.Size.SMALL);

    assertThat(BeerGameLesson.Result.teamCost(result.supplyLine()))
        .isLessThan(BeerGameLesson.Result.teamCost(result.sterman()));
    assertThat(BeerGameLesson.Result.teamCost(result.sterman()))
        .isEqualTo(BeerGameLesson.ECHELONS.stream().mapToDouble(id -> result.run().metrics(id).cost()).sum());
  }

  @Test
  void run_writesOrdersInventoryAndCostCharts(@TempDir Path dir) throws Exception {
    LessonFilesCheck.runSmall(new BeerGameLesson(), dir);

    assertThat(dir.resolve("orders.svg")).isNotEmptyFile();
    assertThat(dir.resolve("on-hand.png")).isNotEmptyFile();
    assertThat(dir.resolve("costs.svg")).isNotEmptyFile();
  }
}
