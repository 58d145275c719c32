package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChainDiagramTest {
  /** An S2B2C2S2B line whose ids need escaping in every format. */
  private static final ValueChain CHAIN = ValueChain.builder()
      .actor(Actor.builder().id("factory \"A\"").role(Role.M).unitCost(3).build())
      .actor(Actor.builder().id("platform").name("Plat & Co <1>").role(Role.S).build())
      .actor("shop\\1", Role.B)
      .actor(Actor.builder().id("families #1|2").role(Role.C).demand(40).build())
      .trade("factory \"A\"", "platform", GoodsTerms.builder().price(4.0).leadTime(2).orderDelay(1).build())
      .trade("platform", "shop\\1", GoodsTerms.builder().price(6.5).leadTime(1).orderDelay(0).build().withShare(1))
      .trade("shop\\1", "families #1|2", GoodsTerms.builder().price(10.0).leadTime(1).orderDelay(0).build())
      .service("platform", "shop\\1", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
      .data("families #1|2", "platform", 1)
      .build();

  private static final Pattern DOT_EDGE =
      Pattern.compile("^  (\"(?:[^\"\\\\]|\\\\.)*\") -> (\"(?:[^\"\\\\]|\\\\.)*\") \\[label=(\"(?:[^\"\\\\]|\\\\.)*\")");
  private static final Pattern MERMAID_EDGE = Pattern.compile("^  a(\\d+) (==>|-->|-\\.->)\\|\"([^\"]*)\"\\| a(\\d+)$");

  @Test
  void toDot_drawsEveryActorAndFlowWithEscapedIds() {
    String dot = ChainDiagram.of(CHAIN).toDot();

    assertThat(dot).startsWith("digraph \"value chain\" {\n").endsWith("}\n");
    assertThat(dot).contains("  \"factory \\\"A\\\"\" [label=\"factory \\\"A\\\" (M)\"");
    assertThat(dot).contains("  \"platform\" [label=\"Plat & Co <1> [platform] (S)\"");
    List<String[]> edges = new ArrayList<>();
    for (String line : dot.split("\n")) {
      Matcher m = DOT_EDGE.matcher(line);
      if (m.find()) {
        edges.add(new String[] {unDot(m.group(1)), unDot(m.group(2)), unDot(m.group(3))});
      }
    }
    assertThat(edges).hasSize(CHAIN.flowCount());
    for (int f = 0; f < CHAIN.flowCount(); f++) {
      assertThat(edges.get(f)[0]).isEqualTo(CHAIN.actor(CHAIN.source(f)).id());
      assertThat(edges.get(f)[1]).isEqualTo(CHAIN.actor(CHAIN.target(f)).id());
    }
    assertThat(edges).extracting(e -> e[2]).containsExactly(
        "goods @ 4", "payment", "goods @ 6.5", "payment", "goods @ 10", "payment",
        "service 5% of revenue", "data +1");
  }

  @Test
  void withKinds_drawsOnlyThoseFlowsButEveryActor() {
    ChainDiagram goodsAndData = ChainDiagram.of(CHAIN).withKinds(EnumSet.of(FlowKind.GOODS, FlowKind.DATA));

    String dot = goodsAndData.toDot();
    assertThat(dot.lines().filter(line -> line.contains(" -> "))).hasSize(4);
    assertThat(dot.lines().filter(line -> line.contains("fillcolor"))).hasSize(CHAIN.actorCount());
    assertThat(goodsAndData.kinds()).containsExactly(FlowKind.GOODS, FlowKind.DATA);
    assertThat(ChainDiagram.of(CHAIN).kinds()).containsExactlyInAnyOrder(FlowKind.values());
  }

  @Test
  void toMermaid_namesActorsByIndexAndStylesLinksByKind() {
    String mermaid = ChainDiagram.of(CHAIN).toMermaid();

    assertThat(mermaid).startsWith("flowchart LR\n");
    assertThat(mermaid).contains("  a0[\"factory #34;A#34; (M)\"]:::M\n");
    assertThat(mermaid).contains("  a1[\"Plat #38; Co #60;1#62; [platform] (S)\"]:::S\n");
    assertThat(mermaid).contains("  a3[\"families #35;1#124;2 (C)\"]:::C\n");
    List<Matcher> edges = mermaid.lines().map(MERMAID_EDGE::matcher).filter(Matcher::matches)
        .collect(Collectors.toList());
    assertThat(edges).hasSize(CHAIN.flowCount());
    Map<String, List<Integer>> linksByArrow = new HashMap<>();
    for (int f = 0; f < edges.size(); f++) {
      Matcher edge = edges.get(f);
      assertThat(Integer.parseInt(edge.group(1))).isEqualTo(CHAIN.source(f));
      assertThat(Integer.parseInt(edge.group(4))).isEqualTo(CHAIN.target(f));
      linksByArrow.computeIfAbsent(edge.group(2), k -> new ArrayList<>()).add(f);
    }
    assertThat(linksByArrow.get("==>")).containsExactly(0, 2, 4);
    assertThat(linksByArrow.get("-->")).containsExactly(1, 3, 5);
    assertThat(linksByArrow.get("-.->")).containsExactly(6, 7);
    assertThat(mermaid).contains("  linkStyle 0,2,4 stroke:").contains("  linkStyle 1,3,5 stroke:")
        .contains("  linkStyle 6 stroke:").contains("  linkStyle 7 stroke:");
  }

  @Test
  void toGraphMl_isWellFormedAndCarriesEveryValue() throws Exception {
    Document document = parse(ChainDiagram.of(CHAIN).toGraphMl());

    NodeList nodes = document.getElementsByTagName("node");
    assertThat(nodes.getLength()).isEqualTo(CHAIN.actorCount());
    for (int a = 0; a < nodes.getLength(); a++) {
      Element node = (Element) nodes.item(a);
      Actor actor = CHAIN.actor(a);
      assertThat(node.getAttribute("id")).isEqualTo(actor.id());
      Map<String, String> data = data(node);
      assertThat(data).containsEntry("name", actor.name()).containsEntry("role", actor.role().name());
      assertThat(Double.parseDouble(data.get("demand"))).isEqualTo(actor.demand());
      assertThat(Double.parseDouble(data.get("unitCost"))).isEqualTo(actor.unitCost());
    }
    NodeList edges = document.getElementsByTagName("edge");
    assertThat(edges.getLength()).isEqualTo(CHAIN.flowCount());
    Element secondTrade = (Element) edges.item(2);
    assertThat(secondTrade.getAttribute("source")).isEqualTo("platform");
    assertThat(secondTrade.getAttribute("target")).isEqualTo("shop\\1");
    assertThat(data(secondTrade)).containsEntry("kind", "GOODS").containsEntry("price", "6.5")
        .containsEntry("leadTime", "1").containsEntry("flowCapacity", "INF").containsEntry("input", "S");
    assertThat(data((Element) edges.item(6))).containsEntry("kind", "SERVICE").containsEntry("takeRate", "0.05")
        .containsEntry("feeBase", "REVENUE");
    assertThat(data((Element) edges.item(7))).containsEntry("kind", "DATA").containsEntry("delay", "1");
  }

  @Test
  void toGraphMl_declaresEveryKeyItUses() throws Exception {
    Document document = parse(ChainDiagram.of(CHAIN).toGraphMl());

    NodeList keys = document.getElementsByTagName("key");
    Set<String> declared = new HashSet<>();
    for (int k = 0; k < keys.getLength(); k++) {
      declared.add(((Element) keys.item(k)).getAttribute("id"));
    }
    NodeList data = document.getElementsByTagName("data");
    for (int d = 0; d < data.getLength(); d++) {
      assertThat(declared).contains(((Element) data.item(d)).getAttribute("key"));
    }
  }

  @Test
  void toGraphMl_keepsLineBreaksAndRejectsControlCharacters() throws Exception {
    ValueChain withLineBreak = ValueChain.builder().actor("two\nlines", Role.M).build();
    Document document = parse(ChainDiagram.of(withLineBreak).toGraphMl());
    assertThat(((Element) document.getElementsByTagName("node").item(0)).getAttribute("id"))
        .isEqualTo("two\nlines");

    ValueChain withBell = ValueChain.builder().actor("m", Role.M).actor("bell\u0007", Role.B).build();
    StringBuilder out = new StringBuilder();
    assertThatIllegalArgumentException().isThrownBy(() -> ChainDiagram.of(withBell).writeGraphMl(out))
        .withMessage("actor id must hold only characters XML 1.0 allows but was 'bell?' with U+0007 (bell\u0007)");
    assertThat(out).isEmpty();

    // A lone surrogate never reaches the diagram: the chain's builder refuses it, as no UTF-8 file could hold it.
    assertThatThrownBy(() -> ValueChain.builder().actor("half\uD83D", Role.M).build())
        .isInstanceOf(ChainValidationException.class);
    ValueChain withEmoji = ValueChain.builder().actor("box \uD83D\uDCE6", Role.M).build();
    assertThat(((Element) parse(ChainDiagram.of(withEmoji).toGraphMl()).getElementsByTagName("node").item(0))
        .getAttribute("id")).isEqualTo("box \uD83D\uDCE6");
  }

  @Test
  void write_choosesTheFormatByExtension(@TempDir Path folder) throws IOException {
    ChainDiagram diagram = ChainDiagram.of(CHAIN);

    diagram.write(folder.resolve("chain.dot"));
    diagram.write(folder.resolve("chain.GV"));
    diagram.write(folder.resolve("chain.mmd"));
    diagram.write(folder.resolve("chain.graphml"));

    assertThat(Files.readString(folder.resolve("chain.dot"))).isEqualTo(diagram.toDot());
    assertThat(Files.readString(folder.resolve("chain.GV"))).isEqualTo(diagram.toDot());
    assertThat(Files.readString(folder.resolve("chain.mmd"))).isEqualTo(diagram.toMermaid());
    assertThat(Files.readString(folder.resolve("chain.graphml"))).isEqualTo(diagram.toGraphMl());
  }

  @Test
  void write_rejectsAnUnknownExtension(@TempDir Path folder) {
    Path file = folder.resolve("chain.png");

    assertThatIllegalArgumentException().isThrownBy(() -> ChainDiagram.of(CHAIN).write(file))
        .withMessage("file extension must be one of .dot, .gv, .mmd, .mermaid, .graphml but was '.png' (" + file + ")");
    assertThat(file).doesNotExist();
  }

  @Test
  void arguments_areChecked() {
    ChainDiagram diagram = ChainDiagram.of(CHAIN);

    assertThatNullPointerException().isThrownBy(() -> ChainDiagram.of(null));
    assertThatNullPointerException().isThrownBy(() -> diagram.withKinds(null));
    assertThatNullPointerException().isThrownBy(() -> diagram.writeDot(null));
    assertThatNullPointerException().isThrownBy(() -> diagram.write(null));
    assertThatIllegalArgumentException().isThrownBy(() -> diagram.withKinds(EnumSet.noneOf(FlowKind.class)))
        .withMessage("kinds must be non-empty but was []");
  }

  /** Undoes DOT's string escapes: the surrounding quotes, {@code \"}, {@code \\} and {@code \n}. */
  private static String unDot(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\') {
        char next = quoted.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> data(Element owner) {
    Map<String, String> values = new HashMap<>();
    NodeList data = owner.getElementsByTagName("data");
    for (int d = 0; d < data.getLength(); d++) {
      Element element = (Element) data.item(d);
      values.put(element.getAttribute("key"), element.getTextContent());
    }
    return values;
  }
}
