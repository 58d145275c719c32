package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChainDrawingTest {

  @Test
  void svg_smallChain_drawsEveryActorAndEveryFlowKindWithALegend() {
    ValueChain chain = Samples.serial();
    ChainDrawing drawing = ChainDrawing.of(chain);
    Document svg = Pictures.parse(drawing.svg());

    assertThat(drawing.aggregated()).isFalse();
    assertThat(attributes(svg, "g", "actor", "data-id")).containsExactlyInAnyOrderElementsOf(
        chain.actors().stream().map(Actor::id).toList());
    assertThat(new HashSet<>(attributes(svg, "path", "flow", "data-kind")))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(FlowKind.values()).map(Enum::name).toList());
    assertThat(attributes(svg, "path", "flow", "data-kind")).hasSize(chain.flowCount());
    assertThat(attributes(svg, "g", "legend", "data-kind")).containsExactly("GOODS", "MONEY", "DATA", "SERVICE");
    assertThat(drawing.svg()).contains("carrier &lt;L&amp;co&gt;");
  }

  @Test
  void svg_flowKinds_differInColourAndDash() {
    Document svg = Pictures.parse(ChainDrawing.of(Samples.serial()).svg());
    Map<String, String> styles = new HashMap<>();
    NodeList paths = svg.getElementsByTagName("path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (p.getAttribute("class").equals("flow")) {
        styles.put(p.getAttribute("data-kind"), p.getAttribute("stroke") + " " + p.getAttribute("stroke-dasharray"));
      }
    }

    assertThat(new HashSet<>(styles.values())).hasSize(FlowKind.values().length);
    assertThat(styles.values().stream().map(s -> s.split(" ")[0]).distinct()).hasSize(4);
  }

  @Test
  void svg_tiers_layProducersLeftAndConsumersRight() {
    Document svg = Pictures.parse(ChainDrawing.of(Samples.serial()).svg());
    Map<String, Double> x = boxX(svg);

    assertThat(x.get("factory")).isLessThan(x.get("platform"));
    assertThat(x.get("platform")).isLessThan(x.get("shop"));
    assertThat(x.get("shop")).isLessThan(x.get("families"));
    assertTiersLeftToRight(svg);
  }

  @Test
  void svg_largeChain_aggregatesByRoleAndTierWithCountsThatAddUp() {
    ValueChain chain = Samples.large();
    ChainDrawing drawing = ChainDrawing.of(chain);
    Document svg = Pictures.parse(drawing.svg());

    assertThat(chain.actorCount()).isGreaterThan(ChainDrawing.DEFAULT_AGGREGATE_ABOVE);
    assertThat(drawing.aggregated()).isTrue();
    List<String> ids = attributes(svg, "g", "actor", "data-id");
    assertThat(ids).contains("S/2", "B/1", "C/0").hasSize(drawing.boxCount()).doesNotHaveDuplicates();
    assertThat(attributes(svg, "g", "actor", "data-count").stream().mapToInt(Integer::parseInt).sum())
        .isEqualTo(chain.actorCount());
    assertThat(attributes(svg, "path", "flow", "data-count").stream().mapToInt(Integer::parseInt).sum())
        .isEqualTo(chain.flowCount());
    Set<String> roles = new HashSet<>(attributes(svg, "g", "actor", "data-role"));
    assertThat(roles).containsExactlyInAnyOrderElementsOf(chain.actors().stream()
        .map(a -> String.valueOf(a.role().letter())).distinct().toList());
    assertTiersLeftToRight(svg);
  }

  @Test
  void of_limitGiven_aggregatesAboveIt() {
    assertThat(ChainDrawing.of(Samples.serial(), 3).aggregated()).isTrue();
    assertThat(ChainDrawing.of(Samples.large(), 1_000).aggregated()).isFalse();
    assertThatThrownBy(() -> ChainDrawing.of(Samples.serial(), -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aggregateAbove must be at least 0 but was -1");
  }

  @Test
  void svg_goodsLoop_isStillDrawn() {
    ValueChain loop = ValueChain.builder()
        .actor("a", Role.M).actor("b", Role.M).actor("shop", Role.B).actor("c", Role.C)
        .trade("a", "b", Samples.terms(1, 1)).trade("b", "a", Samples.terms(1, 1))
        .trade("b", "shop", Samples.terms(2, 1)).trade("shop", "c", Samples.terms(3, 1))
        .build();

    Document svg = Pictures.parse(ChainDrawing.of(loop).svg());

    assertThat(attributes(svg, "g", "actor", "data-id")).containsExactlyInAnyOrder("a", "b", "shop", "c");
  }

  /** Every box of a higher tier lies left of every box of a lower tier. */
  private static void assertTiersLeftToRight(Document svg) {
    NodeList groups = svg.getElementsByTagName("g");
    List<double[]> boxes = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("actor") && !g.getAttribute("data-tier").equals("-1")) {
        Element rect = (Element) g.getElementsByTagName("rect").item(0);
        boxes.add(new double[] {Integer.parseInt(g.getAttribute("data-tier")),
            Double.parseDouble(rect.getAttribute("x"))});
      }
    }
    assertThat(boxes).isNotEmpty();
    for (double[] a : boxes) {
      for (double[] b : boxes) {
        if (a[0] > b[0]) {
          assertThat(a[1]).as("tier %s left of tier %s", a[0], b[0]).isLessThan(b[1]);
        }
      }
    }
  }

  private static Map<String, Double> boxX(Document svg) {
    Map<String, Double> x = new HashMap<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("actor")) {
        Element rect = (Element) g.getElementsByTagName("rect").item(0);
        x.put(g.getAttribute("data-id"), Double.parseDouble(rect.getAttribute("x")));
      }
    }
    return x;
  }

  static List<String> attributes(Document svg, String tag, String cls, String attribute) {
    List<String> values = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("class").equals(cls)) {
        values.add(e.getAttribute(attribute));
      }
    }
    return values;
  }
}
