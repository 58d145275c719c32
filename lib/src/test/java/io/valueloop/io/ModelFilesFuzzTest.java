package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the readers: mutated sample files (byte flips, deletions, duplications, number and string swaps,
 * odd numbers, truncations) read as a valid model that writes and reads back equal, or fail with a
 * {@link ModelFileException}; never another exception, never a hang.
 */
class ModelFilesFuzzTest {
  private static final long SEED = 20_261_206L;
  private static final byte[] INTERESTING = "{}[],:\"\\-+.eE0123456789 \ntfn/~".getBytes(StandardCharsets.UTF_8);
  private static final String[] NUMBERS = {"0", "-0", "-1", "1e308", "1e999", "-1e999", "4.9e-324", "1e-400",
      "2147483647", "2147483648", "-2147483649", "9223372036854775808", "0.5", "1.0", "2.00000000000000001",
      "123456789012345678901234567890", "1E+2", "true", "null", "\"inf\"", "\"NaN\"", "[]", "{}"};

  @TempDir
  Path folder;

  @Test
  @Timeout(120)
  void mutatedSamples_readValidOrFailWithModelFileException() throws Exception {
    ModelFilesSamplesTest.writeSamples(folder);
    byte[][] samples = new byte[3][];
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      samples[kind.ordinal()] = ModelFiles.sample(kind).getBytes(StandardCharsets.UTF_8);
    }
    int[] runs = {10_000, 8_000, 2_500};
    int[] accepted = new int[3];
    SplittableRandom random = new SplittableRandom(SEED);
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      for (int i = 0; i < runs[kind.ordinal()]; i++) {
        byte[] input = samples[kind.ordinal()];
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
          input = mutate(input, random);
        }
        if (read(kind, input, i)) {
          accepted[kind.ordinal()]++;
        }
      }
    }
    // Some mutations keep the file valid (a digit for a digit); most do not.
    for (int k = 0; k < 3; k++) {
      assertThat(accepted[k]).isPositive().isLessThan(runs[k]);
    }
  }

  /** Reads one input; returns whether it was accepted, after checking that it writes and reads back equal. */
  private boolean read(ModelFiles.Kind kind, byte[] input, int index) {
    try {
      switch (kind) {
        case CHAIN: {
          ValueChain chain = ModelFiles.readChain(new ByteArrayInputStream(input), "chain.json");
          StringWriter out = new StringWriter();
          ModelFiles.writeChain(chain, out);
          assertThat(ModelFiles.readChain(new StringReader(out.toString()), "again.json")).isEqualTo(chain);
          return true;
        }
        case SCENARIO: {
          Scenario scenario = ModelFiles.readScenario(new ByteArrayInputStream(input), "scenario.json");
          StringWriter out = new StringWriter();
          ModelFiles.writeScenario(scenario, out);
          StringWriter again = new StringWriter();
          ModelFiles.writeScenario(ModelFiles.readScenario(new StringReader(out.toString()), "again.json"), again);
          assertThat(again.toString()).isEqualTo(out.toString());
          return true;
        }
        default: {
          ExperimentFile experiment = ModelFiles.readExperiment(new ByteArrayInputStream(input), "experiment.json",
              folder);
          StringWriter out = new StringWriter();
          ModelFiles.writeExperiment(experiment, out);
          assertThat(ModelFiles.readExperiment(new StringReader(out.toString()), "again.json", folder))
              .isEqualTo(experiment);
          return true;
        }
      }
    } catch (ModelFileException e) {
      assertThat(e.problems()).isNotEmpty();
      return false;
    } catch (Exception | Error e) {
      if (e instanceof AssertionError) {
        throw (AssertionError) e;
      }
      return fail("mutation " + index + " of the " + kind + " sample (seed " + SEED + ") threw " + e + " on:\n"
          + new String(input, StandardCharsets.UTF_8), e);
    }
  }

  static byte[] mutate(byte[] input, SplittableRandom random) {
    if (input.length == 0) {
      return input;
    }
    int at = random.nextInt(input.length);
    switch (random.nextInt(7)) {
      case 0: {
        byte[] copy = input.clone();
        copy[at] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
        return copy;
      }
      case 1: {
        int length = Math.min(input.length - at, 1 + random.nextInt(20));
        return splice(input, at, length, new byte[0]);
      }
      case 2: {
        int length = Math.min(input.length - at, 1 + random.nextInt(40));
        return splice(input, at, 0, Arrays.copyOfRange(input, at, at + length));
      }
      case 3:
        return Arrays.copyOf(input, at);
      case 4:
      case 5: {
        // A number (or a string) at or after the position, replaced by an odd value.
        int start = at;
        while (start < input.length && !isTokenStart(input[start])) {
          start++;
        }
        if (start == input.length) {
          return input;
        }
        int end = tokenEnd(input, start);
        String replacement = NUMBERS[random.nextInt(NUMBERS.length)];
        if (input[start] != '"' && random.nextBoolean()) {
          replacement = "\"" + new String(input, start, end - start, StandardCharsets.UTF_8) + "\"";
        }
        return splice(input, start, end - start, replacement.getBytes(StandardCharsets.UTF_8));
      }
      default: {
        int length = Math.min(input.length - at, 1 + random.nextInt(8));
        int to = random.nextInt(input.length);
        byte[] moved = Arrays.copyOfRange(input, at, at + length);
        byte[] cut = splice(input, at, length, new byte[0]);
        return splice(cut, Math.min(to, cut.length), 0, moved);
      }
    }
  }

  private static boolean isTokenStart(byte b) {
    return b == '"' || b == '-' || b >= '0' && b <= '9';
  }

  private static int tokenEnd(byte[] input, int start) {
    int end = start + 1;
    if (input[start] == '"') {
      while (end < input.length && input[end] != '"') {
        end++;
      }
      return Math.min(input.length, end + 1);
    }
    while (end < input.length && (input[end] >= '0' && input[end] <= '9' || input[end] == '.' || input[end] == 'e'
        || input[end] == 'E' || input[end] == '-' || input[end] == '+')) {
      end++;
    }
    return end;
  }

  private static byte[] splice(byte[] input, int at, int remove, byte[] insert) {
    byte[] out = new byte[input.length - remove + insert.length];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(input, at + remove, out, at + insert.length, input.length - at - remove);
    return out;
  }
}
