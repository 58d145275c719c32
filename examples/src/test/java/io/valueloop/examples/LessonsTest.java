package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int main(Lesson lesson, String... args) {
    return Lessons.main(lesson, args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void all_listsEveryLessonOnceFlagshipFirst() {
    List<String> names = Lessons.all().stream().map(Lesson::name).toList();

    assertThat(names).first().isEqualTo("business-models");
    assertThat(names).doesNotHaveDuplicates().contains("beer-game", "disruption", "monte-carlo", "bullwhip",
        "value-capture", "pooling", "information-sharing", "closed-loop-tour",
        "role-dynamics");
    assertThat(Lessons.all()).allSatisfy(lesson -> {
      assertThat(lesson.name()).matches("[a-z]+(-[a-z]+)*");
      assertThat(lesson.teaches()).isNotBlank().doesNotContain("\n");
    });
  }

  @Test
  void named_findsALessonOrNothing() {
    assertThat(Lessons.named("beer-game")).containsInstanceOf(BeerGameLesson.class);
    assertThat(Lessons.named("no-such-lesson")).isEmpty();
    assertThat(Lessons.defaultOut("pooling")).isEqualTo(Path.of("target", "valueloop-output", "pooling"));
  }

  @Test
  void main_help_printsUsageAndRunsNothing() {
    assertThat(main(new ValueCaptureLesson(), "--help")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: value-capture [--out DIR] [--help]")
        .contains(Lessons.defaultOut("value-capture").toString());
  }

  @Test
  void main_unknownArgumentOrMissingFolder_isAUsageError() {
    assertThat(main(new ValueCaptureLesson(), "--verbose")).isEqualTo(2);
    assertThat(main(new ValueCaptureLesson(), "--out")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument: --verbose",
        "--out must be followed by a folder", "Usage:");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void main_out_writesIntoTheNamedFolder(@TempDir Path dir) throws Exception {
    assertThat(main(new ValueCaptureLesson(), "--out", dir.resolve("a").toString())).isZero();
    assertThat(main(new ValueCaptureLesson(), "--out=" + dir.resolve("b"))).isZero();

    assertThat(dir.resolve("a/report.html")).isNotEmptyFile();
    assertThat(dir.resolve("b/value-capture.svg")).isNotEmptyFile();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Who captures the consumer's money", "report.html");
  }

  @Test
  void main_unwritableFolder_exitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("file");
    Files.writeString(file, "not a folder");

    assertThat(main(new ValueCaptureLesson(), "--out", file.resolve("sub").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not write");
  }

  @Test
  void existingLessons_writeChartsAndReport(@TempDir Path dir) throws Exception {
    for (Lesson lesson : List.of(new BullwhipLesson(), new ValueCaptureLesson(), new PoolingLesson(),
        new InformationSharingExperiment(), new ClosedLoopTour())) {
      LessonFilesCheck.runSmall(lesson, dir.resolve(lesson.name()));
    }

    assertThat(dir.resolve("information-sharing/information-sharing-values.csv")).isNotEmptyFile();
    assertThat(dir.resolve("pooling/pooling.svg")).isNotEmptyFile();
  }
}
