package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Role;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.SimulationResult;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessModelsLessonTest {
  private static BusinessModelsLesson.Result result;

  @BeforeAll
  static void runSmall() {
    result = BusinessModelsLesson.run(Lesson.Size.SMALL);
  }

  @Test
  void dataLoop_lowersUpstreamOrderVariance() {
    for (String tier : new String[] {BusinessModelsLesson.MIDDLE, BusinessModelsLesson.FACTORY}) {
      assertThat(result.summary("S2B2C2S2B", tier).high()).as(tier)
          .isLessThan(result.summary("S2B2C", tier).low());
    }
  }

  @Test
  void marketplaceCommission_isMarketplacesShareOfSpend() {
    SimulationResult run = result.runs().get("marketplace");
    double sellersSales = BusinessModels.marketplace().retail().stream()
        .map(run::metrics).mapToDouble(ActorMetrics::revenue).sum();
    double expected = BusinessModels.COMMISSION * sellersSales / run.consumerSpend();
    assertThat(run.metrics(Role.P).valueCaptureShare().orElseThrow()).isCloseTo(expected, within(1e-9));
    assertThat(result.summary("marketplace", BusinessModelsLesson.share(Role.P)).mean())
        .isCloseTo(BusinessModels.COMMISSION, within(1e-9));
  }

  @Test
  void traditionalChain_amplifiesMostAtTheFactory() {
    double traditional = result.summary("traditional", BusinessModelsLesson.FACTORY).mean();
    for (String model : new String[] {"marketplace", "S2B2C", "S2B2C2S2B"}) {
      assertThat(traditional).as(model).isGreaterThan(result.summary(model, BusinessModelsLesson.FACTORY).mean());
    }
  }

  @Test
  void shares_andCostsAddToOneInEveryModel() {
    for (BusinessModels.Model model : result.models()) {
      SimulationResult run = result.runs().get(model.name());
      double total = run.ownCost() / run.consumerSpend();
      for (Role role : BusinessModelsLesson.ROLES) {
        total += run.roleMetrics().containsKey(role) ? run.metrics(role).valueCaptureShare().orElse(0) : 0;
      }
      assertThat(total).as(model.name()).isCloseTo(1.0, within(1e-6));
    }
  }

  @Test
  void run_writesTableChartsAndReport(@TempDir Path dir) throws Exception {
    String printed = LessonFilesCheck.runSmall(new BusinessModelsLesson(), dir);

    assertThat(printed).contains("traditional", "marketplace", "S2B2C2S2B", "cost per unit sold", "share P");
    assertThat(dir.resolve("business-models.svg")).isNotEmptyFile();
    assertThat(dir.resolve("value-capture.png")).isNotEmptyFile();
  }
}
