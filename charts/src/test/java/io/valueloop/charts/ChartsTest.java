package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.experiment.Summary;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class ChartsTest {
  private static final SimulationResult OFF = Samples.run(false);
  private static final SimulationResult ON = Samples.run(true);

  static Stream<Arguments> everyKind() {
    Map<String, SimulationResult> runs = new LinkedHashMap<>();
    runs.put("loop off", OFF);
    runs.put("loop on", ON);
    return Stream.of(
        Arguments.of("time series", ResultCharts.timeSeries(OFF, Series.ORDERS)),
        Arguments.of("bullwhip per tier", ResultCharts.bullwhipByTier(Samples.serial(), runs)),
        Arguments.of("value capture, steady state", ResultCharts.valueCapture(
            Map.of("S2B2C2S2B", Samples.steadyState(Samples.serial()).valueCapture().orElseThrow()))),
        Arguments.of("value capture, runs", ResultCharts.valueCaptureOfRuns(runs)),
        Arguments.of("experiment summaries", ResultCharts.summaries(Samples.experiment(), "bullwhip S", 0.95)),
        Arguments.of("sweep with bands", ResultCharts.sweep(Samples.sweep(), "bullwhip S", 0.95, "window",
            s -> ResultCharts.sweepValue(s).getAsDouble())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKind")
  void svg_everyKind_isWellFormedSvgOfTheChartsSize(String kind, Chart chart) {
    Document svg = Pictures.parse(chart.svg());

    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 800 420");
    assertThat(svg.getElementsByTagName("path").getLength()).as(kind).isGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKind")
  void png_everyKind_hasTheChartsSizeAndDrawnPixels(String kind, Chart chart) {
    BufferedImage image = Pictures.png(chart.png());

    assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
    assertThat(Pictures.drawnFraction(image, 0, 0, image.getWidth(), image.getHeight())).as(kind)
        .isGreaterThan(0.01);
  }

  @Test
  void timeSeries_recordedActors_drawsEveryActorThatMoved() {
    Chart chart = ResultCharts.timeSeries(OFF, Series.ORDERS);

    assertThat(chart.title()).isEqualTo("Orders placed per tick");
    assertThat(ResultCharts.echelons(OFF)).extracting(Chart::title)
        .containsExactly("Orders placed per tick", "On-hand inventory per tick", "Backlog per tick");
  }

  @Test
  void bullwhipByTier_differentChains_usesEachChainsTiers() {
    ValueChain shorter = ValueChain.builder()
        .actor(Actor.builder().id("families").role(Role.C).demand(100).build())
        .actor(Actor.builder().id("shop").role(Role.B).initialInventory(200).build())
        .actor(Actor.builder().id("platform").role(Role.S).initialInventory(200).build())
        .trade("platform", "shop", Samples.terms(6, 2))
        .trade("shop", "families", Samples.terms(10, 1))
        .build();
    SimulationResult run = Simulation.of(CompiledChain.compile(shorter)).run(Samples.scenario(false));
    Map<String, ChainRun> runs = new LinkedHashMap<>();
    runs.put("serial", new ChainRun(Samples.serial(), OFF));
    runs.put("shorter", new ChainRun(shorter, run));

    Chart chart = ResultCharts.bullwhipByTier(runs);

    assertThat(Pictures.parse(chart.svg()).getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(Pictures.drawnFraction(Pictures.png(chart.png()), 0, 0, Charts.WIDTH, Charts.HEIGHT))
        .isGreaterThan(0.01);
  }

  @Test
  void timeSeries_longRun_isDrawnEveryKthTick() {
    int ticks = 2 * ResultCharts.MAX_POINTS + 10;
    SimulationResult longRun = Simulation.of(CompiledChain.compile(Samples.serial())).run(
        Scenario.builder(ticks).recordAll(Series.ORDERS).demand(DemandProcesses.normal(100, 10)).build());

    assertThat(ResultCharts.timeSeries(OFF, Series.ORDERS).title()).isEqualTo("Orders placed per tick");
    assertThat(ResultCharts.timeSeries(longRun, Series.ORDERS).title())
        .isEqualTo("Orders placed per tick, every 3 ticks");
  }

  @Test
  void groupedBars_manyCategories_drawsEveryOne() {
    List<String> names = IntStream.range(0, 12).mapToObj(i -> "scenario " + i).toList();
    Chart chart = Charts.groupedBars("t", "y", names, Map.of("s", new double[12]));

    assertThat(Pictures.png(chart.png()).getWidth()).isEqualTo(Charts.WIDTH);
  }

  @Test
  void timeSeries_seriesNotRecorded_throwsNamingTheSeries() {
    assertThatThrownBy(() -> ResultCharts.timeSeries(OFF, Series.PROFIT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROFIT");
  }

  @Test
  void inlineSvg_twoCharts_prefixesEveryIdAndDropsNamespaces() {
    String svg = ResultCharts.timeSeries(OFF, Series.ORDERS).inlineSvg("f7-");

    assertThat(svg).startsWith("<svg").doesNotContain("xmlns").doesNotContain("<!DOCTYPE")
        .doesNotContain("http:");
    assertThat(svg).containsPattern("id=\"f7-clip");
    assertThat(svg).doesNotContainPattern("id=\"(?!f7-)");
    assertThat(svg).doesNotContainPattern("url\\(#(?!f7-)");
  }

  @Test
  void lines_lengthsDiffer_throws() {
    assertThatThrownBy(() -> Charts.lines("t", "x", "y", new double[] {1, 2}, Map.of("a", new double[] {1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values of 'a' must be 2 long but were 1 (t)");
  }

  @Test
  void groupedBars_notFinite_throws() {
    assertThatThrownBy(() -> Charts.groupedBars("t", "y", List.of("a"), Map.of("s", new double[] {Double.NaN})))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value of 's' must be finite but was NaN (t)");
  }

  @Test
  void stackedBars_duplicateCategories_throws() {
    assertThatThrownBy(() -> Charts.stackedBars("t", "y", List.of("a", "a"), Map.of("s", new double[] {1, 2})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be distinct");
  }

  @Test
  void intervalBars_summaryPerCategory_drawsErrorBars() {
    Summary s = Summary.of(new double[] {1, 2, 3}, 0.9);
    Chart chart = Charts.intervalBars("t", "y", List.of("a", "b"), List.of(s, s));

    assertThat(Pictures.parse(chart.svg()).getDocumentElement().getTagName()).isEqualTo("svg");
    assertThatThrownBy(() -> Charts.intervalBars("t", "y", List.of("a"), List.of(s, s)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one per category (1) but were 2");
  }

  @Test
  void sweepValue_trailingNumber_isParsed() {
    assertThat(ResultCharts.sweepValue("delay=3").getAsDouble()).isEqualTo(3);
    assertThat(ResultCharts.sweepValue("rate 0.25").getAsDouble()).isEqualTo(0.25);
    assertThat(ResultCharts.sweepValue("-1e-2").getAsDouble()).isEqualTo(-0.01);
    assertThat(ResultCharts.sweepValue("sharing on")).isEmpty();
  }

  @Test
  void writePngAndSvg_folderMissing_writesBothAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Chart chart = ResultCharts.timeSeries(OFF, Series.BACKLOG);
    chart.writePng(dir.resolve("out/backlog.png"));
    chart.writeSvg(dir.resolve("out/backlog.svg"));

    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("backlog.png",
          "backlog.svg");
    }
    assertThat(Pictures.png(Files.readAllBytes(dir.resolve("out/backlog.png"))).getWidth()).isEqualTo(800);
  }
}
