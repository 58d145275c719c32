package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps each format's writer byte for byte what the one-class diagram wrote before the formats were split into one
 * writer each: the expected texts in {@code src/test/resources/io/valueloop/io/diagram} were written by that class.
 */
class ChainDiagramFormatsTest {
  /** Every role's colour, every kind of flow, escapes in every format, a line break, a long price, both fees. */
  private static final ValueChain CHAIN = ValueChain.builder()
      .actor(Actor.builder().id("factory \"A\"").role(Role.M).unitCost(3).capacity(50).build())
      .actor(Actor.builder().id("platform").name("Plat & Co <1>\nline two").role(Role.S).build())
      .actor("shop\\1", Role.B)
      .actor(Actor.builder().id("families #1|2").role(Role.C).demand(40).build())
      .actor(Actor.builder().id("market").role(Role.P).build())
      .trade("factory \"A\"", "platform", GoodsTerms.builder().price(4.0).leadTime(2).orderDelay(1).build())
      .trade("platform", "shop\\1",
          GoodsTerms.builder().price(6.123456789).leadTime(1).orderDelay(0).capacity(12).input("kit").build())
      .trade("shop\\1", "families #1|2", GoodsTerms.builder().price(10.0).leadTime(1).orderDelay(0).build())
      .service("platform", "shop\\1", new ServiceTerms(20, 0.05, FeeBase.REVENUE))
      .service("market", "shop\\1", ServiceTerms.takeRate(0.15, FeeBase.CONSUMER_REVENUE))
      .data("families #1|2", "platform", 1)
      .build();

  private static final ChainDiagram ALL = ChainDiagram.of(CHAIN);
  private static final ChainDiagram GOODS_AND_DATA = ALL.withKinds(EnumSet.of(FlowKind.GOODS, FlowKind.DATA));

  @Test
  void toDot_isUnchangedByTheSplitIntoOneWriterPerFormat() throws IOException {
    assertThat(ALL.toDot()).isEqualTo(expected("all.dot"));
    assertThat(GOODS_AND_DATA.toDot()).isEqualTo(expected("goods-data.dot"));
  }

  @Test
  void toMermaid_isUnchangedByTheSplitIntoOneWriterPerFormat() throws IOException {
    assertThat(ALL.toMermaid()).isEqualTo(expected("all.mmd"));
    assertThat(GOODS_AND_DATA.toMermaid()).isEqualTo(expected("goods-data.mmd"));
  }

  @Test
  void toGraphMl_isUnchangedByTheSplitIntoOneWriterPerFormat() throws IOException {
    assertThat(ALL.toGraphMl()).isEqualTo(expected("all.graphml"));
    assertThat(GOODS_AND_DATA.toGraphMl()).isEqualTo(expected("goods-data.graphml"));
  }

  @Test
  void write_picksTheWriterOfTheExtension(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"all.dot", "all.mmd", "all.graphml"}) {
      Path file = dir.resolve(name);
      ALL.write(file);

      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name).isEqualTo(expected(name));
    }
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = ChainDiagramFormatsTest.class.getResourceAsStream("diagram/" + name)) {
      assertThat(in).as("resource diagram/%s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
