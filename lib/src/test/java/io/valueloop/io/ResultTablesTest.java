package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.Statement;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.ValueCapture;
import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.ActorMetrics;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.RoleMetrics;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTablesTest {
  /** A line factory -> platform -> shop -> families with a take rate and the data loop; ids that need quoting. */
  static final CompiledChain CHAIN = CompiledChain.compile(ValueChain.builder()
      .actor(Actor.builder().id("factory").role(Role.M).unitCost(3).build())
      .actor(Actor.builder().id("platform").role(Role.S).holdingCost(0.1).build())
      .actor("shop, north", Role.B)
      .actor(Actor.builder().id("families").role(Role.C).demand(40).build())
      .trade("factory", "platform", GoodsTerms.builder().price(4.0).leadTime(2).orderDelay(1).build())
      .trade("platform", "shop, north", GoodsTerms.builder().price(6.0).leadTime(1).orderDelay(0).build())
      .trade("shop, north", "families", GoodsTerms.builder().price(10.0).leadTime(1).orderDelay(0).build())
      .service("platform", "shop, north", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
      .data("families", "platform", 1)
      .build());

  private static final SimulationResult RUN = Simulation.of(CHAIN).run(Scenario.builder(60).warmUp(10).seed(3)
      .demand(DemandProcesses.normal(40, 5)).policy(Policies.orderUpTo(Forecast.movingAverage(5)))
      .record(Series.ON_HAND, "platform").record(Series.ORDERS, Role.B).build());

  @Test
  void writeStatements_oneRowPerActorWithExactValues() throws IOException {
    SteadyState state = SteadyStateSolver.defaults().solve(CHAIN);
    ValueCapture capture = state.valueCapture().orElseThrow();

    List<Csv.Row> rows = table(out -> ResultTables.writeStatements(state, out));

    assertThat(rows.get(0).cells()).containsExactly("actor", "role", "output", "revenue", "purchases", "feesPaid",
        "feesReceived", "ownCost", "profit", "valueCaptureShare");
    assertThat(rows).hasSize(1 + CHAIN.actorCount());
    for (int a = 0; a < CHAIN.actorCount(); a++) {
      List<String> cells = rows.get(1 + a).cells();
      Statement s = state.statement(a);
      assertThat(cells.subList(0, 2)).containsExactly(s.actor(), s.role().name());
      assertThat(doubles(cells.subList(2, 9))).containsExactly(s.output(), s.revenue(), s.purchases(),
          s.feesPaid(), s.feesReceived(), s.ownCost(), s.profit());
      assertThat(cells.get(9)).isEqualTo(s.role() == Role.C ? "" : Double.toString(capture.share(a)));
    }
  }

  @Test
  void writeActorMetrics_oneRowPerActorWithEmptyCellsForMissingValues() throws IOException {
    List<Csv.Row> rows = table(out -> ResultTables.writeActorMetrics(RUN, out));

    assertThat(rows).hasSize(1 + CHAIN.actorCount());
    assertThat(rows.get(0).cells()).hasSize(12).startsWith("actor", "role", "bullwhip");
    for (int a = 0; a < CHAIN.actorCount(); a++) {
      List<String> cells = rows.get(1 + a).cells();
      ActorMetrics m = RUN.metrics(cells.get(0));
      assertThat(cells.get(1)).isEqualTo(m.role().name());
      assertThat(optional(cells.get(2))).isEqualTo(m.bullwhip());
      assertThat(Double.parseDouble(cells.get(3))).isEqualTo(m.orderVariance());
      assertThat(optional(cells.get(5))).isEqualTo(m.fillRate());
      assertThat(Double.parseDouble(cells.get(10))).isEqualTo(m.profit());
      assertThat(optional(cells.get(11))).isEqualTo(m.valueCaptureShare());
    }
    assertThat(rows.stream().filter(row -> row.cells().get(1).equals("C")).findFirst().orElseThrow().cells()
        .get(11)).isEmpty();
  }

  @Test
  void writeRoleMetrics_oneRowPerRoleOfTheChain() throws IOException {
    List<Csv.Row> rows = table(out -> ResultTables.writeRoleMetrics(RUN, out));

    assertThat(rows).extracting(row -> row.cells().get(0)).containsExactly("role", "S", "M", "B", "C");
    RoleMetrics platforms = RUN.metrics(Role.S);
    assertThat(rows.get(1).cells().get(1)).isEqualTo("1");
    assertThat(optional(rows.get(1).cells().get(2))).isEqualTo(platforms.bullwhip());
    assertThat(Double.parseDouble(rows.get(1).cells().get(8))).isEqualTo(platforms.profit());
  }

  @Test
  void writeSeries_longFormOfEveryRecordedValue() throws IOException {
    List<Csv.Row> rows = table(out -> ResultTables.writeSeries(RUN, out));

    assertThat(rows.get(0).cells()).containsExactly("tick", "actor", "series", "value");
    assertThat(rows).hasSize(1 + 2 * RUN.ticks());
    double[] onHand = RUN.series(Series.ON_HAND, "platform");
    double[] orders = RUN.series(Series.ORDERS, "shop, north");
    for (int tick = 0; tick < RUN.ticks(); tick++) {
      assertThat(rows.get(1 + tick).cells())
          .containsExactly(Integer.toString(tick), "platform", "ON_HAND", Double.toString(onHand[tick]));
      assertThat(rows.get(1 + RUN.ticks() + tick).cells())
          .containsExactly(Integer.toString(tick), "shop, north", "ORDERS", Double.toString(orders[tick]));
    }
  }

  @Test
  void write_toAFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("series.csv");

    ResultTables.write(file, out -> ResultTables.writeSeries(RUN, out));

    StringBuilder expected = new StringBuilder();
    ResultTables.writeSeries(RUN, expected);
    assertThat(Files.readString(file)).isEqualTo(expected.toString());
  }

  @Test
  void write_leavesTheOldFileAndNoTemporaryWhenTheTableFails(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("series.csv");
    ResultTables.write(file, out -> ResultTables.writeSeries(RUN, out));
    String old = Files.readString(file);

    assertThatThrownBy(() -> ResultTables.write(file, out -> {
      ResultTables.writeSeries(RUN, out);
      throw new IOException("the run was cancelled");
    })).hasMessage("the run was cancelled");

    assertThat(Files.readString(file)).isEqualTo(old);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void arguments_areChecked() {
    StringBuilder out = new StringBuilder();
    assertThatNullPointerException().isThrownBy(() -> ResultTables.writeSeries(null, out));
    assertThatNullPointerException().isThrownBy(() -> ResultTables.writeActorMetrics(RUN, null));
    assertThatNullPointerException().isThrownBy(() -> ResultTables.writeStatements(null, out));
    assertThatNullPointerException().isThrownBy(() -> ResultTables.write(null, o -> { }));
  }

  /** Writes a table and reads it back, checking that it is well-formed CSV. */
  static List<Csv.Row> table(ResultTables.Table table) throws IOException {
    StringBuilder out = new StringBuilder();
    table.writeTo(out);
    Problems problems = new Problems();
    List<Csv.Row> rows = CsvTest.readAll(new StringReader(out.toString()), "table", problems);
    assertThat(problems.isEmpty()).isTrue();
    return rows;
  }

  private static double[] doubles(List<String> cells) {
    return cells.stream().mapToDouble(Double::parseDouble).toArray();
  }

  private static OptionalDouble optional(String cell) {
    return cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
  }
}
