package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.experiment.ExperimentResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportTest {
  private static final Report SIMULATE = Reports.simulate(Samples.serial(), Samples.scenario(false),
      Samples.run(false));

  @Test
  void simulate_serialChain_hasEverySectionAndFigure() {
    String html = SIMULATE.html();

    assertThat(SIMULATE.sections()).containsExactly("Settings", "Chain", "Time series", "Bullwhip",
        "Value capture", "Roles", "Actors");
    assertThat(SIMULATE.figureCount()).isEqualTo(6);
    assertThat(html).contains("<a href=\"#time-series\">Time series</a>", "<h2>Time series</h2>");
    assertThat(html).contains("id=\"settings\"", "id=\"chain\"", "id=\"time-series\"",
        "id=\"bullwhip\"", "id=\"value-capture\"", "id=\"roles\"", "id=\"actors\"");
    assertThat(html).contains("ValueLoop " + Report.libraryVersion()).doesNotContain("${project.version}");
    assertThat(Report.libraryVersion()).isNotEqualTo("unknown");
    assertThat(html).contains("Orders placed per tick", "Bullwhip ratio per tier", "information sharing");
  }

  @Test
  void html_everyReport_isSelfContainedWithoutScript() {
    for (Report report : everyReport()) {
      String html = report.html();
      assertThat(html).as(report.title()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains("<meta charset=\"utf-8\"/>", "<style>")
          .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("http:")
          .doesNotContainIgnoringCase("https:").doesNotContain("src=").doesNotContain("<link")
          .doesNotContain("@import").doesNotContainPattern("url\\((?!#)").doesNotContainPattern("href=\"(?!#)")
          .doesNotContainPattern("\\son[a-z]+=");
    }
  }

  @Test
  void html_everyReport_isWellFormedWithUniqueIdsAndInlineSvg() {
    for (Report report : everyReport()) {
      Document doc = Pictures.parse(report.html().replaceFirst("<!DOCTYPE html>", ""));
      assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
      assertThat(doc.getElementsByTagName("svg").getLength()).as(report.title()).isEqualTo(report.figureCount());
      assertThat(doc.getElementsByTagName("figure").getLength()).isEqualTo(report.figureCount());
      NodeList svgs = doc.getElementsByTagName("svg");
      for (int i = 0; i < svgs.getLength(); i++) {
        assertThat(((Element) svgs.item(i)).getAttribute("aria-label")).as("figure %d's label", i + 1).isNotBlank();
      }
      Set<String> ids = new HashSet<>();
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        if (!id.isEmpty()) {
          assertThat(ids.add(id)).as("id %s unique in %s", id, report.title()).isTrue();
        }
      }
      assertThat(doc.getElementsByTagName("table").getLength()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void solve_largeChain_drawsAggregatedAndCutsTheActorTable() {
    Report report = Reports.solve(Samples.large(), Samples.steadyState(Samples.large()));
    String html = report.html();

    assertThat(report.sections()).containsExactly("Settings", "Chain", "Value capture", "Statements");
    assertThat(html).contains("aggregated by role and tier", "The first 200 of 224 actors");
    assertThat(report.figureCount()).isEqualTo(2);
  }

  @Test
  void experiment_sweepNames_drawsBandsAndScenarioNames_drawIntervals() {
    ExperimentResult sweep = Samples.sweep();
    Report swept = Reports.experiment(Samples.serial(), sweep, 0.95);
    Report compared = Reports.experiment(Samples.experiment(), 0.9);

    assertThat(swept.sections()).containsExactly("Settings", "Chain", "Measures", "Summaries");
    assertThat(swept.html()).contains("bullwhip S over window, with 95 % confidence band");
    assertThat(compared.sections()).containsExactly("Settings", "Measures", "Summaries");
    assertThat(compared.html()).contains("bullwhip S: mean and 90 % confidence interval", "sharing on");
    assertThat(compared.figureCount()).isEqualTo(2);
    assertThatThrownBy(() -> Reports.experiment(sweep, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in (0, 1) but was 1.0");
  }

  @Test
  void experiment_oneReplication_showsValuesWithoutIntervals() {
    Report report = Reports.experiment(Samples.experiment(1), 0.95);

    assertThat(report.figureCount()).isZero();
    assertThat(report.html()).contains("With one replication there are no confidence intervals");
    Pictures.parse(report.html().replaceFirst("<!DOCTYPE html>", ""));
  }

  @Test
  void sweep_namesNotAllNumbered_isEmpty() {
    assertThat(Reports.sweep(List.of("a=1", "a=2", "a=3"))).containsEntry("a=2", 2.0);
    assertThat(Reports.sweepLabel(List.of("delay = 1", "delay = 2.5"))).isEqualTo("delay");
    assertThat(Reports.sweepLabel(List.of("a=1", "b=2"))).isEqualTo("swept value");
    assertThat(Reports.sweepLabel(List.of("1", "2"))).isEqualTo("swept value");
    assertThat(Reports.sweep(List.of("a=1", "a=2"))).isEmpty();
    assertThat(Reports.sweep(List.of("a=1", "b=1", "c=2"))).isEmpty();
    assertThat(Reports.sweep(List.of("a=1", "b", "c=2"))).isEmpty();
  }

  @Test
  void builder_textAndSettings_areEscaped() {
    String html = Report.builder("A <b> & \"c\"").setting("x<y", "1 & 2").section("S & T").text("<i>")
        .build().html();

    assertThat(html).contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>", "x&lt;y", "1 &amp; 2",
        "<h2>S &amp; T</h2>", "<p>&lt;i&gt;</p>", "id=\"s-t\"");
    Pictures.parse(html.replaceFirst("<!DOCTYPE html>", ""));
  }

  @Test
  void toBuilder_addsToAReport() {
    Report more = SIMULATE.toBuilder().setting("model file", "chain.json").section("Notes").text("n").build();

    assertThat(more.sections()).endsWith("Notes");
    assertThat(more.settings()).containsEntry("model file", "chain.json").containsEntry("ticks", "120");
    assertThat(SIMULATE.sections()).doesNotContain("Notes");
  }

  @Test
  void write_existingFile_replacesItWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out/report.html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old");
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    SIMULATE.write(file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SIMULATE.html());
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_newFile_isReadableByOthers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");

    SIMULATE.write(file);

    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
  }

  @Test
  void table_rowOfWrongLength_throws() {
    assertThatThrownBy(() -> Table.builder("t", "a", "b").row(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row must have 2 cells but had 1 (t, row 0)");
  }

  private static List<Report> everyReport() {
    return List.of(SIMULATE, Reports.solve(Samples.serial(), Samples.steadyState(Samples.serial())),
        Reports.experiment(Samples.serial(), Samples.sweep(), 0.95), Reports.experiment(Samples.experiment(), 0.95));
  }
}
