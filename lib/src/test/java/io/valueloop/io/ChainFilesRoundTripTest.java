package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the builder accepts, the two files give back equal; what no file could hold, the builder refuses. */
class ChainFilesRoundTripTest {
  private static final ValueChain REPLACEMENT_CHARACTERS = ValueChain.builder()
      .actor(Actor.builder().id("m\uFFFD").name("Fabrik \uFFFD").role(Role.M).putAttributes("note", "\uFFFD")
          .putAttributes("empty", "").build())
      .actor(Actor.builder().id("c").role(Role.C).demand(1).putAttributes("\uFFFD", "x").build())
      .trade("m\uFFFD", "c", GoodsTerms.builder().price(1).input("\uFFFD").build())
      .build();

  @Test
  void writeThenRead_keepsTheReplacementCharacterAndEmptyAttributes(@TempDir Path folder) throws Exception {
    Path actors = folder.resolve("actors.csv");
    Path flows = folder.resolve("flows.csv");

    ChainFiles.write(REPLACEMENT_CHARACTERS, actors, flows);

    assertThat(ChainFiles.read(actors, flows)).isEqualTo(REPLACEMENT_CHARACTERS);
    assertThat(ChainFiles.read(actors, flows).actor(0).attributes()).containsEntry("empty", "");
    assertThat(ChainFiles.read(actors, flows).actor(1).attributes()).doesNotContainKey("empty");
  }

  @Test
  void writeThenRead_givesBackEveryRandomValidChain() throws Exception {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 1_000; i++) {
      ValueChain chain = FileChains.chain(random);
      String[] tables = FileChains.tables(chain);

      ValueChain read = ChainFiles.read(new StringReader(tables[0]), "actors.csv", new StringReader(tables[1]),
          "flows.csv");

      assertThat(read).as("chain %d:%n%s%n%s", i, tables[0], tables[1]).isEqualTo(chain);
    }
  }

  @Test
  void writeThenRead_givesBackRandomValidChainsThroughFiles(@TempDir Path folder) throws Exception {
    SplittableRandom random = new SplittableRandom(13);
    Path actors = folder.resolve("actors.csv");
    Path flows = folder.resolve("flows.csv");
    for (int i = 0; i < 100; i++) {
      ValueChain chain = FileChains.chain(random);

      ChainFiles.write(chain, actors, flows);

      assertThat(ChainFiles.read(actors, flows)).as("chain %d", i).isEqualTo(chain);
    }
  }

  @Test
  void build_refusesAnEmptyAttributeKey() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).putAttributes("", "x").build());

    assertThatThrownBy(builder::build).isInstanceOf(ChainValidationException.class)
        .hasMessageContaining("actor attribute key must be non-empty but was '' (actor m)");
  }

  @Test
  void build_refusesUnpairedSurrogatesInEveryText() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("m\uD800").role(Role.M).build())
        .actor(Actor.builder().id("b").name("\uDC00b").role(Role.B).putAttributes("k\uD83D", "v")
            .putAttributes("k", "v\uDE00").build())
        .trade("m\uD800", "b", GoodsTerms.defaults().withInput("x\uD800"));

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(ChainValidationException.class, e ->
        assertThat(e.problems()).filteredOn(p -> p.contains("valid Unicode text")).containsExactly(
            "actor id must be valid Unicode text but was an unpaired surrogate at index 1 (actor m\uD800)",
            "actor name must be valid Unicode text but was an unpaired surrogate at index 0 (actor b)",
            "actor attribute key must be valid Unicode text but was an unpaired surrogate at index 1 (actor b)",
            "actor attribute k must be valid Unicode text but was an unpaired surrogate at index 1 (actor b)",
            "input must be valid Unicode text but was an unpaired surrogate at index 1 (GOODS m\uD800->b)"));
  }
}
