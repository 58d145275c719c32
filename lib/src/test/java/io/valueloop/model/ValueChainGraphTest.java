package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ValueChainGraphTest {

  private final ValueChain chain = ModelFixtures.closedLoop();

  @Test
  void graph_hasEveryActorAsVertexAndEveryFlowAsEdge() {
    Graph<String, Flow> graph = chain.graph();

    assertThat(graph.vertexSet()).containsExactly("s", "b1", "b2", "c");
    assertThat(graph.edgeSet()).containsExactlyInAnyOrderElementsOf(chain.flows());
  }

  @Test
  void graph_edgesRunFromSourceToTarget() {
    Graph<String, Flow> graph = chain.graph();

    for (Flow flow : graph.edgeSet()) {
      assertThat(graph.getEdgeSource(flow)).as("source of %s", flow).isEqualTo(flow.source());
      assertThat(graph.getEdgeTarget(flow)).as("target of %s", flow).isEqualTo(flow.target());
    }
    assertThat(graph.outgoingEdgesOf("c")).extracting(Flow::toString)
        .containsExactlyInAnyOrder("MONEY c->b1", "MONEY c->b2", "DATA c->s");
    assertThat(graph.incomingEdgesOf("c")).extracting(Flow::toString)
        .containsExactlyInAnyOrder("GOODS b1->c", "GOODS b2->c");
    assertThat(graph.outDegreeOf("s")).isEqualTo(4);
    assertThat(graph.inDegreeOf("s")).isEqualTo(3);
  }

  @Test
  void graph_isADirectedPseudograph() {
    Graph<String, Flow> graph = chain.graph();

    assertThat(graph.getType().isDirected()).isTrue();
    assertThat(graph.getType().isAllowingMultipleEdges()).isTrue();
    assertThat(graph.getType().isAllowingSelfLoops()).isTrue();
    assertThat(graph.getType().isWeighted()).isFalse();
    assertThat(graph.getType().isModifiable()).isFalse();
  }

  @Test
  void graph_holdsGoodsAndDataBetweenTheSameTwoActors() {
    ValueChain multi = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .goods("s", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .data("s", "b", 1)
        .service("s", "b", ServiceTerms.fee(3))
        .build();

    assertThat(multi.graph().getAllEdges("s", "b")).containsExactlyInAnyOrder(
        new Flow("s", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build()),
        new Flow("s", "b", DataTerms.of(1)),
        new Flow("s", "b", ServiceTerms.fee(3)));
    assertThat(multi.graph().getAllEdges("b", "s")).isEmpty();
    assertThat(multi.graph(FlowKind.GOODS).getAllEdges("s", "b"))
        .containsExactly(new Flow("s", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build()));
  }

  @Test
  void graph_holdsGoodsSelfFlowsAsLoops() {
    ValueChain own = ValueChain.builder().actor("m", Role.M)
        .goods("m", "m", GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInputCoefficient(0.2))
        .build();

    assertThat(own.graph().getAllEdges("m", "m"))
        .containsExactly(new Flow("m", "m", GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInputCoefficient(0.2)));
    assertThat(own.graph(FlowKind.GOODS).edgeSet()).hasSize(1);
  }

  @Test
  void graphOfKind_hasEveryActorAndOnlyThatKindsFlows() {
    assertThat(chain.graph(FlowKind.GOODS).vertexSet()).containsExactly("s", "b1", "b2", "c");
    assertThat(chain.graph(FlowKind.GOODS).edgeSet()).containsExactlyInAnyOrderElementsOf(chain.flows(FlowKind.GOODS));
    assertThat(chain.graph(FlowKind.MONEY).edgeSet()).containsExactlyInAnyOrderElementsOf(chain.flows(FlowKind.MONEY));
    assertThat(chain.graph(FlowKind.DATA).edgeSet()).containsExactly(new Flow("c", "s", DataTerms.of(2)));
    assertThat(chain.graph(FlowKind.SERVICE).edgeSet()).hasSize(2);
    assertThat(chain.graph(FlowKind.DATA).vertexSet()).hasSize(4);
    assertThat(chain.graph(FlowKind.DATA).degreeOf("b1")).isZero();
  }

  @Test
  void graph_ofAChainWithoutFlowsHasNoEdges() {
    ValueChain lone = ValueChain.builder().actor("s", Role.S).build();

    assertThat(lone.graph().vertexSet()).containsExactly("s");
    assertThat(lone.graph().edgeSet()).isEmpty();
    assertThat(lone.graph(FlowKind.GOODS).edgeSet()).isEmpty();
  }

  @Test
  void graph_isCachedAndSeparatePerKind() {
    assertThat(chain.graph()).isSameAs(chain.graph());
    for (FlowKind kind : FlowKind.values()) {
      assertThat(chain.graph(kind)).as("graph(%s)", kind).isSameAs(chain.graph(kind)).isNotSameAs(chain.graph());
    }
    assertThat(chain.graph(FlowKind.GOODS)).isNotSameAs(chain.graph(FlowKind.MONEY));
  }

  @Test
  void graph_isUnmodifiable() {
    assertUnmodifiable(chain.graph());
  }

  @ParameterizedTest
  @EnumSource(FlowKind.class)
  void graphOfKind_isUnmodifiable(FlowKind kind) {
    assertUnmodifiable(chain.graph(kind));
  }

  @Test
  void graph_attemptsToModifyLeaveItUnchanged() {
    Graph<String, Flow> graph = chain.graph();
    assertThatThrownBy(() -> graph.removeVertex("s")).isInstanceOf(UnsupportedOperationException.class);

    assertThat(graph.vertexSet()).hasSize(4);
    assertThat(graph.edgeSet()).hasSize(11);
  }

  @Test
  void graphOfKind_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> chain.graph(null)).withMessage("kind");
  }

  private static void assertUnmodifiable(Graph<String, Flow> graph) {
    Flow existing = graph.edgeSet().isEmpty() ? new Flow("s", "b1", MoneyTerms.PAYMENT)
        : graph.edgeSet().iterator().next();
    Flow fresh = new Flow("b1", "b2", DataTerms.of(9));
    List<Runnable> changes = List.of(
        () -> graph.addVertex("x"),
        () -> graph.addEdge("b1", "b2"),
        () -> graph.addEdge("b1", "b2", fresh),
        () -> graph.removeVertex("s"),
        () -> graph.removeEdge(existing),
        () -> graph.removeEdge("s", "b1"),
        () -> graph.removeAllVertices(List.of("s")),
        () -> graph.vertexSet().clear(),
        () -> graph.edgeSet().clear());
    for (Runnable change : changes) {
      assertThatThrownBy(change::run).isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
