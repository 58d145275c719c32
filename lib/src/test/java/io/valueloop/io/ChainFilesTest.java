package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainFilesTest {
  /** A chain whose ids, names and attributes need quoting and whose numbers need every digit. */
  private static final ValueChain CHAIN = ValueChain.builder()
      .actor(Actor.builder().id("factory, \"north\"").role(Role.M).unitCost(0.1 + 0.2).capacity(120)
          .putAttributes("region", "north").build())
      .actor(Actor.builder().id("platform").name("Plat\nform").role(Role.S).holdingCost(1e-7).build())
      .actor(Actor.builder().id("shop").role(Role.B).backlogCost(2.5).initialInventory(12)
          .putAttributes("channel", "online").build())
      .actor(Actor.builder().id("families").role(Role.C).demand(40).build())
      .trade("factory, \"north\"", "platform",
          GoodsTerms.builder().price(4.0).leadTime(2).orderDelay(1).capacity(1e6).build())
      .trade("platform", "shop",
          GoodsTerms.builder().price(6.0).leadTime(1).inputCoefficient(1.0 / 3).input("stock").build())
      .trade("shop", "families", GoodsTerms.builder().price(10.0).leadTime(1).orderDelay(0).build())
      .service("platform", "shop", new ServiceTerms(0.5, 0.05, FeeBase.CONSUMER_REVENUE))
      .data("families", "platform", 1)
      .build();

  @Test
  void writeThenRead_givesTheSameChain() throws Exception {
    assertThat(roundTrip(CHAIN)).isEqualTo(CHAIN);
  }

  @Test
  void writeThenRead_givesTheSameTemplateChain() throws Exception {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.parse("S2B2C2S2B"))
        .withCount(Role.M, 3).withCount(Role.S, 2).withCount(Role.B, 100).withCount(Role.C, 5_000).withSeed(7).build();

    assertThat(roundTrip(chain)).isEqualTo(chain);
  }

  @Test
  void read_sharesEqualTerms() throws Exception {
    ValueChain read = roundTrip(ChainTemplate.of(BusinessModelCode.parse("S2B2C"))
        .withCount(Role.S, 1).withCount(Role.B, 20).withCount(Role.C, 200).withSeed(3).build());

    Set<FlowTerms> instances = Collections.newSetFromMap(new IdentityHashMap<>());
    read.flows().forEach(flow -> instances.add(flow.terms()));
    assertThat(instances).hasSize((int) read.flows().stream().map(flow -> flow.terms()).distinct().count());
  }

  @Test
  void write_putsOneRowPerActorAndFlowUnderAHeader() throws IOException {
    StringBuilder actors = new StringBuilder();
    StringBuilder flows = new StringBuilder();

    ChainFiles.write(CHAIN, actors, flows);

    List<String> actorLines = actors.toString().lines().toList();
    assertThat(actorLines.get(0)).isEqualTo("id,role,name,capacity,unitCost,holdingCost,backlogCost,"
        + "initialInventory,demand,attr.region,attr.channel");
    assertThat(actorLines.get(1)).isEqualTo("\"factory, \"\"north\"\"\",M,\"factory, \"\"north\"\"\",120.0,"
        + "0.30000000000000004,0.0,0.0,0.0,0.0,north,");
    assertThat(flows.toString().lines()).hasSize(1 + CHAIN.flowCount());
    assertThat(flows.toString().lines().skip(1)).last().isEqualTo("families,platform,DATA,,,,,,,,1,,,");
  }

  @Test
  void read_takesDefaultsForEmptyCellsColumnsInAnyOrderAndCrLfWithABom() throws Exception {
    String actors = "\uFEFFrole,id,demand\r\nM,factory,\r\n\r\nB,shop,\r\nC,families,40\r\n";
    String flows = "kind,target,source,price,leadTime,delay,takeRate\r\n"
        + "GOODS,shop,factory,4,1,,\r\n"
        + "MONEY,factory,shop,,,,\r\n"
        + "GOODS,families,shop,10,1,,\r\n"
        + "MONEY,shop,families,,,,\r\n"
        + "DATA,factory,families,,,2,\r\n"
        + "SERVICE,shop,factory,,,,0.1\r\n";

    ValueChain read = read(actors, flows);

    ValueChain expected = ValueChain.builder()
        .actor("factory", Role.M)
        .actor("shop", Role.B)
        .actor(Actor.builder().id("families").role(Role.C).demand(40).build())
        .trade("factory", "shop", GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build())
        .trade("shop", "families", GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build())
        .data("families", "factory", 2)
        .service("factory", "shop", ServiceTerms.takeRate(0.1, FeeBase.REVENUE))
        .build();
    assertThat(read).isEqualTo(expected);
    assertThat(read.terms(4)).isEqualTo(DataTerms.of(2));
    assertThat(read.terms(1)).isEqualTo(MoneyTerms.PAYMENT);
  }

  @Test
  void read_acceptsInfinityForUnlimitedCapacity() throws Exception {
    ValueChain read = read("id,role,capacity\nm,M,inf\nb,B,Infinity\n",
        "source,target,kind,capacity\nm,b,GOODS,+INF\nb,m,MONEY,\n");

    assertThat(read.actor(0).capacity()).isInfinite();
    assertThat(read.actor(1).capacity()).isInfinite();
    assertThat(((GoodsTerms) read.terms(0)).capacity()).isInfinite();
  }

  @Test
  void read_reportsEveryProblemWithFileLineAndField() {
    String actors = "id,role,demand,name\n"
        + "m,M,,\n"
        + "b,X,,\n"
        + ",C,forty,\"two\nlines\"\n"
        + "c,C,0x10,ok,extra\n"
        + "d,C,NaN,\"unclosed\n";
    String flows = "source,target,kind,price,delay\n"
        + "m,b,GOODS,1.5.2,\n"
        + "b,m,MONEY,3,\n"
        + "b,c,DATA,,soon\n"
        + "b,c,GIFT,,\n"
        + "b,\"c\"x,DATA,,1\n";

    assertThatThrownBy(() -> read(actors, flows))
        .isInstanceOfSatisfying(ModelFileException.class, e -> {
          assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
              "actors.csv:3: role: the value must be one of [S, M, B, C, P, L, F] but was 'X'",
              "actors.csv:4: id: the value must be given but was empty",
              "actors.csv:4: demand: the value must be a decimal number within the range of a double (or inf) but"
                  + " was 'forty'",
              "actors.csv:6: the record must have 4 fields, as the header, but had 5",
              "actors.csv:7: a quoted field must be closed but the file ended inside it",
              "flows.csv:2: price: the value must be a decimal number within the range of a double (or inf) but was"
                  + " '1.5.2'",
              "flows.csv:3: price: the cell must be empty for a MONEY flow but was '3'",
              "flows.csv:4: delay: the value must be a whole number of ticks within the range of an int but was"
                  + " 'soon'",
              "flows.csv:5: kind: the value must be one of [GOODS, MONEY, DATA, SERVICE] but was 'GIFT'",
              "flows.csv:6: a closing quote must end its field but was followed by 'x'");
          assertThat(e.problemCount()).isEqualTo(10);
          assertThat(e.getMessage()).startsWith("cannot read the model: 10 problems")
              .contains("  - actors.csv:3: role: ");
          ModelFileException.Problem first = e.problems().get(0);
          assertThat(first.file()).isEqualTo("actors.csv");
          assertThat(first.line()).isEqualTo(3);
          assertThat(first.field()).isEqualTo("role");
        });
  }

  @Test
  void read_reportsHeaderProblems() {
    assertThatThrownBy(() -> read("id,rol,id,attr.\n", ""))
        .isInstanceOfSatisfying(ModelFileException.class, e ->
            assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
                "actors.csv:1: rol: the column must be one of id, role, name, capacity, unitCost, holdingCost,"
                    + " backlogCost, initialInventory, demand or attr.<key> but was 'rol'",
                "actors.csv:1: id: the column must appear once but 'id' appeared again",
                "actors.csv:1: attr.: the column must be one of id, role, name, capacity, unitCost, holdingCost,"
                    + " backlogCost, initialInventory, demand or attr.<key> but was 'attr.'",
                "actors.csv:1: role: the column must be present but was missing",
                "flows.csv:1: the file must start with a header row but was empty"));
  }

  @Test
  void read_reportsTheChainsRulesAtTheLinesOfTheActorsAndFlowsAtFault() {
    String actors = "id,role,demand\nm,M,\nb,B,-3\nc,C,\n";
    String flows = "source,target,kind,price,share,leadTime\n"
        + "m,b,GOODS,-1,,\n"
        + "b,m,MONEY,,,\n"
        + "b,c,GOODS,2,0.5,\n"
        + "c,b,MONEY,,,\n"
        + "c,m,MONEY,,,\n"
        + "m,m,GOODS,1,0.5,0\n";

    assertThatThrownBy(() -> read(actors, flows)).isInstanceOfSatisfying(ModelFileException.class, e -> {
      assertThat(e.getCause()).isInstanceOf(ChainValidationException.class);
      assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
          "actors.csv:2: shares of input 'M' of buyer m must add to 1 but was 0.5 (from m)",
          "actors.csv:2: goods cycle total delay must be positive but was 0 (self-flow of m)",
          "actors.csv:3: demand: demand must be finite and non-negative but was -3.0 (actor b)",
          "actors.csv:4: shares of input 'B' of buyer c must add to 1 but was 0.5 (from b)",
          "flows.csv:2: price: price must be finite and non-negative but was -1.0 (GOODS m->b)",
          "flows.csv:6: money flow must be a payment for a goods flow m->c but was unpaired (MONEY c->m)");
    });
  }

  @Test
  void read_reportsDuplicateIdsAndUnknownFlowEndsWithTheirLines() {
    assertThatThrownBy(() -> read("id,role\nm,M\nb,B\nm,S\n", "source,target,kind\nm,b,GOODS\nb, m,MONEY\n"))
        .isInstanceOfSatisfying(ModelFileException.class, e ->
            assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
                "actors.csv:4: id: the value must be unique but 'm' is on line 2 too",
                "flows.csv:3: target: the value must be an actor id of actors.csv but was ' m' (actor 'm' differs"
                    + " only in spaces around it)"));
  }

  @Test
  void read_takesWholeDecimalsForTicksAndAnyCaseForNames() throws Exception {
    ValueChain read = read("id,role\nm,m\nb,b\n",
        "source,target,kind,leadTime,orderDelay,delay,feeBase\n"
            + "m,b,goods,2.0,1e0,,\nb,m,Money,,,,\nb,m,data,,,3.0,\nm,b,SERVICE,,,,consumer_revenue\n");

    assertThat(read.actor(0).role()).isEqualTo(Role.M);
    assertThat(read.terms(0)).isEqualTo(GoodsTerms.builder().price(0).leadTime(2).orderDelay(1).build());
    assertThat(read.terms(2)).isEqualTo(DataTerms.of(3));
    assertThat(((ServiceTerms) read.terms(3)).base()).isEqualTo(FeeBase.CONSUMER_REVENUE);
  }

  @Test
  void read_rejectsNumbersOutOfRange() {
    assertThatThrownBy(() -> read("id,role,capacity\nm,M,1e400\nb,B,\n",
        "source,target,kind,leadTime\nm,b,GOODS,2.5\nb,m,MONEY,\nm,b,GOODS,3000000000\n"))
        .isInstanceOfSatisfying(ModelFileException.class, e ->
            assertThat(e.problems()).extracting(ModelFileException.Problem::toString).containsExactly(
                "actors.csv:2: capacity: the value must be a decimal number within the range of a double (or inf)"
                    + " but was '1e400'",
                "flows.csv:2: leadTime: the value must be a whole number of ticks within the range of an int but"
                    + " was '2.5'",
                "flows.csv:4: leadTime: the value must be a whole number of ticks within the range of an int but"
                    + " was '3000000000'"));
  }

  @Test
  void read_reportsAFileThatIsNotUtf8(@TempDir Path folder) throws IOException {
    Path actors = folder.resolve("actors.csv");
    Path flows = folder.resolve("flows.csv");
    Files.writeString(flows, "source,target,kind\n");
    // "café" in windows-1252, as a spreadsheet may save it: byte 0xE9 alone is not UTF-8.
    Files.write(actors, new byte[] {'i', 'd', ',', 'r', 'o', 'l', 'e', '\n', 'm', ',', 'M', '\n', 'c', 'a', 'f',
        (byte) 0xE9, ',', 'B', '\n'});

    assertThatThrownBy(() -> ChainFiles.read(actors, flows))
        .isInstanceOfSatisfying(ModelFileException.class, e ->
            assertThat(e.problems()).containsExactly(new ModelFileException.Problem(actors.toString(), 3, "",
                "the text must be UTF-8 but this line holds bytes that are not")));
  }

  @Test
  void readAndWrite_files(@TempDir Path folder) throws Exception {
    Path actors = folder.resolve("actors.csv");
    Path flows = folder.resolve("flows.csv");

    ChainFiles.write(CHAIN, actors, flows);

    assertThat(ChainFiles.read(actors, flows)).isEqualTo(CHAIN);
    Files.writeString(flows, "source,target,kind\nfactory,platform,WIRE\n");
    assertThatThrownBy(() -> ChainFiles.read(actors, flows))
        .isInstanceOfSatisfying(ModelFileException.class, e ->
            assertThat(e.problems().get(0).file()).isEqualTo(flows.toString()));
  }

  @Test
  void modelFileException_keepsItsProblemsWhenSerialized() throws Exception {
    ModelFileException thrown = null;
    try {
      read("id,role\nm,Q\n", "source,target,kind\n");
    } catch (ModelFileException e) {
      thrown = e;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ModelFileException copy = (ModelFileException) in.readObject();
      assertThat(copy.problems()).isEqualTo(thrown.problems()).hasSize(1);
      assertThat(copy.problemCount()).isEqualTo(1);
    }
  }

  @Test
  void isDecimal_acceptsPlainDecimalsOnly() {
    for (String decimal : List.of("1", "-1.5", "+.5", "5.", "1e3", "1E-3", "2.0", "007", "-0.0e+10")) {
      assertThat(CsvTable.isDecimal(decimal)).as(decimal).isTrue();
    }
    for (String other : List.of("", "+", ".", "-.", "e3", "1e", "1e+", "0x10", "NaN", "1d", "1.5.2", "\u0661",
        " 1", "1 ", "Infinity", "1,5")) {
      assertThat(CsvTable.isDecimal(other)).as(other).isFalse();
    }
  }

  @Test
  void arguments_areChecked() {
    StringBuilder out = new StringBuilder();
    assertThatNullPointerException().isThrownBy(() -> ChainFiles.write(null, out, out));
    assertThatNullPointerException().isThrownBy(() -> ChainFiles.write(CHAIN, null, out));
    assertThatNullPointerException().isThrownBy(() -> ChainFiles.read(null, Path.of("f")));
    assertThatNullPointerException()
        .isThrownBy(() -> ChainFiles.read(new StringReader(""), null, new StringReader(""), "f"));
  }

  private static ValueChain roundTrip(ValueChain chain) throws Exception {
    StringBuilder actors = new StringBuilder();
    StringBuilder flows = new StringBuilder();
    ChainFiles.write(chain, actors, flows);
    return read(actors.toString(), flows.toString());
  }

  private static ValueChain read(String actors, String flows) throws Exception {
    return ChainFiles.read(new StringReader(actors), "actors.csv", new StringReader(flows), "flows.csv");
  }
}
