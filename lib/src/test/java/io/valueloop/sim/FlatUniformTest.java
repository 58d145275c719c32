package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The flat draws ({@link FlatUniform}) are the JDK's {@code SplittableRandom} draws: the formula against {@code
 * nextDouble()} of generators made from many seeds, and whole tick passes, split into slot ranges as threads split
 * them, against the uniform process's own streams.
 */
class FlatUniformTest {
  private static final long[] EDGE_SEEDS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, FlatUniform.GOLDEN_GAMMA,
      -FlatUniform.GOLDEN_GAMMA};

  @Test
  void unit_equalsSplittableRandomNextDouble_manySeedsManyDraws() {
    SplittableRandom seeds = new SplittableRandom(0xF1A7L);
    for (int i = 0; i < 2_000; i++) {
      long seed = i < EDGE_SEEDS.length ? EDGE_SEEDS[i] : seeds.nextLong();
      RandomGenerator jdk = new SplittableRandom(seed);
      RandomGenerator run = RandomStreams.generator(seed);
      long state = seed;
      double[] flat = new double[500];
      double[] expected = new double[flat.length];
      double[] fromRun = new double[flat.length];
      for (int d = 0; d < flat.length; d++) {
        state += FlatUniform.GOLDEN_GAMMA;
        flat[d] = FlatUniform.unit(state);
        expected[d] = jdk.nextDouble();
        fromRun[d] = run.nextDouble();
      }

      assertThat(flat).as("seed %d", seed).containsExactly(expected);
      assertThat(fromRun).as("seed %d, the run's generator", seed).containsExactly(expected);
    }
  }

  @Test
  void draw_slotRangesInAnyPieces_giveTheUniformStreamsDrawsAndLeaveOtherSlots() {
    SplittableRandom random = new SplittableRandom(42);
    for (int round = 0; round < 200; round++) {
      int segments = random.nextInt(40);
      DemandProcesses.Uniform[] uniform = new DemandProcesses.Uniform[segments];
      long[] starts = new long[segments];
      DemandStream[] expected = new DemandStream[segments];
      List<Integer> others = new ArrayList<>();
      for (int s = 0; s < segments; s++) {
        starts[s] = random.nextLong();
        if (random.nextInt(3) == 0) {
          others.add(s);
          continue;
        }
        double min = random.nextInt(4) == 0 ? 0 : 50 * random.nextDouble();
        uniform[s] = (DemandProcesses.Uniform) DemandProcesses.uniform(min, min + 20 * random.nextDouble());
        expected[s] = uniform[s].start(RandomStreams.generator(starts[s]));
      }
      FlatUniform flat = new FlatUniform(uniform, starts);
      assertThat(flat.others).as("round %d", round).containsExactly(others.stream().mapToInt(s -> s).toArray());

      double[] drawn = new double[segments];
      for (int tick = 0; tick < 30; tick++) {
        Arrays.fill(drawn, Double.NaN);
        int[] asked = new int[segments];
        for (int from = 0; from < segments; ) {
          int to = Math.min(segments, from + random.nextInt(6));
          flat.draw(drawn, from, to);
          for (int k = flat.firstOther(from); k < flat.firstOther(to); k++) {
            assertThat(flat.others[k]).isBetween(from, to - 1);
            asked[flat.others[k]]++;
          }
          from = to;
        }
        for (int s = 0; s < segments; s++) {
          if (uniform[s] == null) {
            assertThat(drawn[s]).as("round %d, slot %d untouched", round, s).isNaN();
            assertThat(asked[s]).as("round %d, slot %d to its stream once", round, s).isOne();
          } else {
            assertThat(drawn[s]).as("round %d, slot %d, tick %d", round, s, tick).isEqualTo(expected[s].next(tick));
          }
        }
      }
    }
  }

  @Test
  void inArrays_isNeverToBeAsked() {
    assertThatThrownBy(() -> FlatUniform.IN_ARRAYS.next(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("flat uniform segment");
  }
}
