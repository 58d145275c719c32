package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built jar as a user would, with {@code java -jar}, in the integration-test phase. */
class RunnableJarIT {
  private static final Path JAR = Path.of(System.getProperty("valueloop.jar", "target/valueloop.jar"));

  @TempDir
  Path dir;

  /** What a run of the jar printed and its exit code. */
  record Run(int exitCode, String out, String err) {}

  @Test
  void version_printsTheVersionFromTheJar() throws Exception {
    Run run = java("--version");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("valueloop ").doesNotContain("unknown");
  }

  @Test
  void jar_holdsNoPdfOrGifLibrary() throws Exception {
    // Charts are written as SVG and PNG only: XChart's PDF and GIF dependencies (about 4 MB) stay out of the jar.
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      assertThat(jar.stream().map(ZipEntry::getName))
          .noneMatch(name -> name.startsWith("org/apache/pdfbox/") || name.startsWith("org/apache/fontbox/")
              || name.startsWith("de/rototor/") || name.startsWith("com/madgag/"))
          .contains("org/knowm/xchart/VectorGraphicsEncoder.class",
              "de/erichseifert/vectorgraphics2d/svg/SVGProcessor.class");
    }
  }

  @Test
  void usageError_exitsWithTwo() throws Exception {
    Run run = java("simulate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Try 'valueloop simulate --help'");
  }

  @Test
  void initThenSimulate_writesTheTablesFromTheSampleFiles() throws Exception {
    Run init = java("init", "study");
    Run simulate = java("simulate", "study/chain.json", "study/scenario.json", "--out", "study/run");

    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(simulate.exitCode()).as(simulate.err()).isZero();
    assertThat(simulate.out()).startsWith("role  actors");
    assertThat(dir.resolve("study/run/metrics.csv")).content().startsWith("level,actor,role,actors,bullwhip,");
    assertThat(dir.resolve("study/run/series.csv")).content().startsWith("tick,actor,series,value\n");
    assertThat(dir.resolve("study/run/report.html")).content().startsWith("<!DOCTYPE html>")
        .contains("<h2>Bullwhip</h2>");
  }

  @Test
  void lessonList_namesTheLessons() throws Exception {
    Run run = java("lesson", "--list");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("business-models ").contains("\nbullwhip ", "\nbeer-game ");
  }

  @Test
  void lesson_drawsItsPngChartsWithoutADisplay() throws Exception {
    Run run = java("lesson", "bullwhip", "--small", "--out", "lesson");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("lesson/report.html")).isRegularFile();
    try (Stream<Path> files = Files.list(dir.resolve("lesson"))) {
      assertThat(files.map(file -> file.getFileName().toString())).anyMatch(name -> name.endsWith(".png"));
    }
  }

  @Test
  void badFile_exitsWithOneAndPointsAtTheProblem() throws Exception {
    Files.writeString(dir.resolve("chain.json"), "{\"format\": \"valueloop/1\", \"kind\": \"chain\", \"actors\": [");

    Run run = java("validate", "chain.json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("chain.json:1:");
  }

  @Test
  void newThenSolve_writesTheTables() throws Exception {
    Run created = java("new", "S2B2C2S2B", "--count", "C=30", "-o", dir.resolve("chain").toString());
    Run solved = java("solve", dir.resolve("chain").toString(), "--out", dir.resolve("steady").toString());

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(solved.exitCode()).as(solved.err()).isZero();
    assertThat(dir.resolve("steady/statements.csv")).content().startsWith("actor,role,output,");
  }

  private Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = dir.resolve(".out");
    Path err = dir.resolve(".err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("DISPLAY"); // as on a server: the jar must not need one
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
