package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Measure;
import io.valueloop.experiment.Summary;
import io.valueloop.model.Role;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An experiment's tables, read back with the library's own CSV reader. */
class ResultTablesExperimentTest {
  private static final String AWKWARD = "say \"hi\", twice";

  private static final ExperimentResult RESULT = Experiment.builder(Simulation.of(ResultTablesTest.CHAIN))
      .scenario("plain", scenario(false))
      .scenario(AWKWARD, scenario(true))
      .measure(Measure.bullwhip(Role.S))
      .measure("profit, B", r -> r.metrics(Role.B).profit())
      .replications(3)
      .build()
      .run();

  private static Scenario scenario(boolean sharing) {
    return Scenario.builder(60).warmUp(20).seed(11).negativeOrders(true).demand(DemandProcesses.normal(100, 10))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5))).informationSharing(sharing).build();
  }

  @Test
  void writeExperimentValues_everyValueAndNameReadsBack() throws IOException {
    List<Csv.Row> rows = ResultTablesTest.table(out -> ResultTables.writeExperimentValues(RESULT, out));

    assertThat(rows.get(0).cells()).containsExactly("scenario", "replication", "measure", "value");
    assertThat(rows).hasSize(1 + 2 * 3 * 2);
    int row = 1;
    for (String scenario : List.of("plain", AWKWARD)) {
      for (int r = 0; r < 3; r++) {
        for (String measure : List.of("bullwhip S", "profit, B")) {
          List<String> cells = rows.get(row++).cells();
          assertThat(cells.subList(0, 3)).containsExactly(scenario, Integer.toString(r), measure);
          assertThat(Double.parseDouble(cells.get(3))).isEqualTo(RESULT.value(scenario, measure, r));
        }
      }
    }
  }

  @Test
  void writeExperimentSummary_everySummaryReadsBack() throws IOException {
    List<Csv.Row> rows = ResultTablesTest.table(out -> ResultTables.writeExperimentSummary(RESULT, 0.9, out));

    assertThat(rows.get(0).cells()).containsExactly("scenario", "measure", "n", "mean", "sd", "se", "ciLow",
        "ciHigh", "level");
    assertThat(rows).hasSize(1 + 2 * 2);
    List<String> awkward = rows.get(4).cells();
    Summary expected = RESULT.summary(AWKWARD, "profit, B", 0.9);
    assertThat(awkward.subList(0, 3)).containsExactly(AWKWARD, "profit, B", "3");
    assertThat(awkward.subList(3, 9).stream().mapToDouble(Double::parseDouble).toArray()).containsExactly(
        expected.mean(), expected.sd(), expected.se(), expected.low(), expected.high(), 0.9);
  }

  @Test
  void writeExperimentSummary_rejectsABadLevelBeforeWriting() {
    StringBuilder out = new StringBuilder();

    assertThatIllegalArgumentException().isThrownBy(() -> ResultTables.writeExperimentSummary(RESULT, 1.5, out))
        .withMessage("level must be in (0, 1) but was 1.5 (confidence interval)");
    assertThat(out).isEmpty();
  }
}
