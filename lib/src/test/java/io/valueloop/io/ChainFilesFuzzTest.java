package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.model.Actor;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the two-table files: mutated valid files give a valid chain that round-trips or the documented
 * {@link ModelFileException}, never another exception, a non-finite number or a hang; and a failed save never loses
 * the previous one. The seed is fixed, so that a failure replays; the message names the mutation.
 */
class ChainFilesFuzzTest {
  private static final long SEED = 20_261_206L;
  private static final int MUTATIONS = 20_000;
  private static final Set<String> NAMES = Set.of("actors.csv", "flows.csv");
  private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
  private static final String[] CELLS = {"", " ", "NaN", "nan", "1e400", "-1e400", "1e-400", "-1", "-0", "Infinity",
      "-Infinity", "inf", "2147483648", "-2147483649", "0x1p3", "1d", "1,5", "\"", "\"\"", "M", "C", "GOODS", "money",
      "data", "SERVICE", "REVENUE", "x", " m", "attr.", "4.9e-324", "1.7976931348623157E308", "2.0", "1e9",
      "\uFFFD", "\uD83D\uDE00"};
  private static final String[] HEADER_CELLS = {"id", "role", "name", "capacity", "source", "target", "kind",
      "price", "share", "leadTime", "delay", "fee", "takeRate", "feeBase", "attr.k", "attr.", "unknown", "id "};

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void read_givesAValidChainOrAModelFileExceptionForEveryMutation(@TempDir Path folder) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    List<byte[][]> bases = new ArrayList<>();
    List<ValueChain> baseChains = new ArrayList<>();
    while (bases.size() < 50) {
      // Small chains, to fit many mutations in a few seconds; each still has every kind of row.
      ValueChain chain = FileChains.chain(random);
      if (chain.flowCount() > 10) {
        continue;
      }
      String[] tables = FileChains.tables(chain);
      bases.add(new byte[][] {utf8(tables[0]), utf8(tables[1])});
      baseChains.add(chain);
    }
    int chains = 0;
    int refused = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      int b = random.nextInt(bases.size());
      byte[][] base = bases.get(b);
      byte[][] files = {base[0], base[1]};
      StringBuilder what = new StringBuilder("mutation ").append(i).append(':');
      int count = 1 + random.nextInt(3);
      for (int m = 0; m < count; m++) {
        int which = random.nextInt(2);
        files[which] = mutate(files[which], random, what.append(which == 0 ? " actors " : " flows "));
      }
      ValueChain chain = check(files, what, baseChains.get(b));
      if (chain == null) {
        refused++;
      } else {
        chains++;
      }
      if (i % 200 == 0) {
        Path actors = folder.resolve("actors.csv");
        Path flows = folder.resolve("flows.csv");
        Files.write(actors, files[0]);
        Files.write(flows, files[1]);
        assertThat(readFiles(actors, flows, what)).as("%s read from files", what).isEqualTo(chain);
      }
    }
    assertThat(chains).isPositive();
    assertThat(refused).isPositive();
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void writeThenRead_givesBackRandomChainsWithExtremeValues() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 300; i++) {
      ValueChain chain = FileChains.chain(random);
      String[] tables = FileChains.tables(chain);

      assertThat(check(new byte[][] {utf8(tables[0]), utf8(tables[1])}, "chain " + i, null)).isEqualTo(chain);
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void write_thatFailsNeverLosesTheLastGoodSave(@TempDir Path folder) throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    Path actors = folder.resolve("actors.csv");
    Path flows = folder.resolve("flows.csv");
    Path aFolder = Files.createDirectory(folder.resolve("a folder"));
    ValueChain saved = FileChains.chain(random);
    ChainFiles.write(saved, actors, flows);
    for (int i = 0; i < 60; i++) {
      ValueChain next = FileChains.chain(random);
      int mode = random.nextInt(4);
      try {
        switch (mode) {
          case 0:
            ChainFiles.write(next, actors, aFolder);
            break;
          case 1:
            ChainFiles.write(next, aFolder, flows);
            break;
          case 2:
            ChainFiles.write(next, folder.resolve("missing/actors.csv"), flows);
            break;
          default:
            ChainFiles.write(next, actors, flows);
            saved = next;
            break;
        }
      } catch (IOException e) {
        assertThat(mode).as("save %d", i).isNotEqualTo(3);
      }

      assertThat(ChainFiles.read(actors, flows)).as("save %d, mode %d", i, mode).isEqualTo(saved);
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(path -> path.getFileName().toString()))
            .containsExactlyInAnyOrder("actors.csv", "flows.csv", "a folder");
      }
    }
  }

  /**
   * Reads the files; returns the chain, after checking that its numbers are finite (but unlimited capacities) and
   * that it round-trips (unless it equals {@code known}, known to), or null after checking that the exception is the
   * documented one.
   */
  private static ValueChain check(byte[][] files, CharSequence what, ValueChain known) {
    try {
      ValueChain chain = ChainFiles.read(Csv.Records.utf8(new ByteArrayInputStream(files[0])), "actors.csv",
          Csv.Records.utf8(new ByteArrayInputStream(files[1])), "flows.csv");
      if (chain.equals(known)) {
        return chain;
      }
      assertFinite(chain, what);
      String[] tables = FileChains.tables(chain);
      ValueChain again = ChainFiles.read(new StringReader(tables[0]), "actors.csv", new StringReader(tables[1]),
          "flows.csv");
      assertThat(again).as("%s round trip", what).isEqualTo(chain);
      return chain;
    } catch (ModelFileException e) {
      assertThat(e.problems()).as(what.toString()).isNotEmpty();
      assertThat(e.problemCount()).as(what.toString()).isGreaterThanOrEqualTo(e.problems().size());
      for (ModelFileException.Problem problem : e.problems()) {
        assertThat(problem.file()).as(what.toString()).isIn(NAMES);
        assertThat(problem.line()).as(what.toString()).isNotNegative();
        assertThat(problem.message()).as(what.toString()).isNotBlank().doesNotContain("null");
      }
      assertThat(e.getMessage()).as(what.toString()).startsWith("cannot read the model");
      return null;
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(what + ": " + e, e);
    }
  }

  private static ValueChain readFiles(Path actors, Path flows, CharSequence what) throws IOException {
    try {
      return ChainFiles.read(actors, flows);
    } catch (ModelFileException e) {
      return null;
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": " + e, e);
    }
  }

  private static void assertFinite(ValueChain chain, CharSequence what) {
    List<Double> numbers = new ArrayList<>();
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      numbers.addAll(List.of(actor.unitCost(), actor.holdingCost(), actor.backlogCost(), actor.initialInventory(),
          actor.demand(), actor.capacity() == Double.POSITIVE_INFINITY ? 0 : actor.capacity()));
    }
    for (int f = 0; f < chain.flowCount(); f++) {
      FlowTerms terms = chain.terms(f);
      if (terms instanceof GoodsTerms goods) {
        numbers.addAll(List.of(goods.price(), goods.share(), goods.inputCoefficient(),
            goods.capacity() == Double.POSITIVE_INFINITY ? 0 : goods.capacity()));
      } else if (terms instanceof ServiceTerms service) {
        numbers.addAll(List.of(service.fee(), service.takeRate()));
      }
    }
    assertThat(numbers).as(what.toString()).allMatch(Double::isFinite);
  }

  /** Applies one random mutation, and says which in {@code what}. */
  private static byte[] mutate(byte[] file, SplittableRandom random, StringBuilder what) {
    int kind = random.nextInt(12);
    what.append(kind);
    List<String> lines = new ArrayList<>(Arrays.asList(new String(file, StandardCharsets.UTF_8).split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (kind) {
      case 0: {
        byte[] copy = file.clone();
        if (copy.length > 0) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
      }
      case 1: {
        byte[] copy = file.clone();
        if (copy.length > 0) {
          int at = random.nextInt(copy.length);
          copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
      }
      case 2:
        lines.remove(line);
        break;
      case 3:
        lines.add(line, lines.get(line));
        break;
      case 4: {
        int other = random.nextInt(lines.size());
        String swapped = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, swapped);
        break;
      }
      case 5: {
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(line).split(",", -1)));
        if (random.nextBoolean() || cells.size() < 2) {
          cells.set(random.nextInt(cells.size()), line == 0 ? HEADER_CELLS[random.nextInt(HEADER_CELLS.length)]
              : CELLS[random.nextInt(CELLS.length)]);
        } else {
          int a = random.nextInt(cells.size());
          int b = random.nextInt(cells.size());
          String swapped = cells.get(a);
          cells.set(a, cells.get(b));
          cells.set(b, swapped);
        }
        lines.set(line, String.join(",", cells));
        break;
      }
      case 6:
        return Arrays.copyOf(file, random.nextInt(file.length + 1));
      case 7: {
        String delimiter = random.nextBoolean() ? ";" : "\t";
        return utf8(random.nextBoolean() ? String.join("\n", lines).replace(",", delimiter)
            : replaceLine(lines, line, lines.get(line).replace(",", delimiter)));
      }
      case 8:
        return insert(file, NOT_UTF8[random.nextInt(NOT_UTF8.length)], random);
      case 9:
        return insert(file, utf8(String.valueOf("\",\n\r ;\uFEFF".charAt(random.nextInt(7)))), random);
      case 10: {
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(line).split(",", -1)));
        cells.remove(random.nextInt(cells.size()));
        lines.set(line, String.join(",", cells));
        break;
      }
      default: {
        String text = lines.get(line);
        int at = random.nextInt(text.length() + 1);
        lines.set(line, text.substring(0, at) + (random.nextBoolean() ? "\r\n" : "\r") + text.substring(at));
        break;
      }
    }
    return utf8(String.join("\n", lines));
  }

  private static String replaceLine(List<String> lines, int line, String text) {
    lines.set(line, text);
    return String.join("\n", lines);
  }

  private static byte[] insert(byte[] file, byte[] inserted, SplittableRandom random) {
    int at = random.nextInt(file.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + inserted.length);
    out.write(file, 0, at);
    out.write(inserted, 0, inserted.length);
    out.write(file, at, file.length - at);
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
