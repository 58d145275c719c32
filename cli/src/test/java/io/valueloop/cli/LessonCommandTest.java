package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.examples.Lesson;
import io.valueloop.examples.Lessons;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCommandTest {
  @TempDir
  Path dir;

  @Test
  void list_namesEveryLessonAndWhatItTeaches() {
    Cli.Run run = Cli.run("lesson", "--list");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(Lessons.all().size());
    for (Lesson lesson : Lessons.all()) {
      assertThat(run.out()).containsPattern("(?m)^" + lesson.name() + " +\\Q" + lesson.teaches() + "\\E$");
    }
    assertThat(run.out()).startsWith("business-models ");
  }

  @Test
  void small_printsTheTableAndWritesTheReport() throws Exception {
    Cli.Run run = Cli.run("lesson", "bullwhip", "--small", "--out", dir.resolve("bullwhip"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path report = dir.resolve("bullwhip/report.html").toAbsolutePath().normalize();
    assertThat(run.out()).contains("Report written to " + report);
    assertThat(run.out().lines().count()).isGreaterThan(3);
    assertThat(report).isRegularFile();
    assertThat(Files.readString(report)).doesNotContainIgnoringCase("<script");
  }

  @Test
  void unknownName_isAUsageErrorListingTheNames() {
    Cli.Run run = Cli.run("lesson", "bullwhp", "--out", dir.resolve("x"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("lesson must be one of business-models, beer-game", "but was bullwhp");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void noName_isAUsageError() {
    Cli.Run run = Cli.run("lesson");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a lesson name is required", "bullwhip");
  }

  @Test
  void listWithAName_isAUsageError() {
    assertThat(Cli.run("lesson", "--list", "bullwhip").exitCode()).isEqualTo(2);
  }
}
