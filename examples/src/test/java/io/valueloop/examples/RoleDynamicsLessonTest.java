package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleDynamicsLessonTest {

  @Test
  void convertsAndAdopters_followTheBassCurvesAndMoveTheMoneyToTheirNewSuppliers() {
    RoleDynamicsLesson.Result result = RoleDynamicsLesson.run(Lesson.Size.SMALL);
    int last = result.ticks().length - 1;
    double[] early = result.earlyShare();
    double[] late = result.lateShare();

    // Small pools lag the deterministic recursions a little (their first change comes at a random tick).
    assertThat(result.converted()[49]).isCloseTo(result.bass()[49], within(0.2));
    assertThat(result.adopted()[49]).isCloseTo(result.adoptionBass()[49], within(0.25));
    assertThat(result.bShare()[last]).isGreaterThan(result.bShare()[10]);
    assertThat(result.platformShare()[last]).isGreaterThan(result.platformShare()[10] + 0.2);
    // The shop's and the wholesaler's shares of the consumers' money fall; the b's and the platform's rise.
    assertThat(late[0]).isLessThan(early[0]);
    assertThat(late[1]).isGreaterThan(early[1]);
    assertThat(late[3]).isLessThan(early[3]);
    assertThat(late[4]).isGreaterThan(early[4]);
    // Behind the stores' and the b's own order-up-to rules, the platform's bullwhip rises once adoption is over.
    assertThat(result.bullwhip()[1]).isGreaterThan(result.bullwhip()[0]);
    for (double x : result.bullwhip()) {
      assertThat(x).isPositive().isFinite();
    }
  }

  @Test
  void run_writesTheChartsAndTheReport(@TempDir Path dir) throws Exception {
    String printed = LessonFilesCheck.runSmall(new RoleDynamicsLesson(), dir);

    assertThat(printed).contains("Bass", "share of consumer money", "bullwhip");
    // The conclusion's words follow the numbers of the (seeded, so repeatable) run, not a script.
    RoleDynamicsLesson.Result result = RoleDynamicsLesson.run(Lesson.Size.SMALL);
    assertThat(printed).contains("the platform's bullwhip "
        + RoleDynamicsLesson.direction(result.bullwhip()[0], result.bullwhip()[1]), "the factory's "
        + RoleDynamicsLesson.direction(result.bullwhip()[2], result.bullwhip()[3]), "the wholesaler's "
        + RoleDynamicsLesson.direction(result.earlyShare()[3], result.lateShare()[3]));
    assertThat(dir.resolve("adoption.svg")).isNotEmptyFile();
    assertThat(dir.resolve("platform-share.svg")).isNotEmptyFile();
    assertThat(dir.resolve("bullwhip.svg")).isNotEmptyFile();
  }
}
