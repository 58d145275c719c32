package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueChainTest {

  private final ValueChain chain = ModelFixtures.closedLoop();

  @Test
  void trade_addsGoodsAndReciprocalMoney() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .trade("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())
        .build();

    assertThat(chain.flows()).containsExactly(
        new Flow("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()),
        new Flow("b", "s", MoneyTerms.PAYMENT));
  }

  @Test
  void builder_shortcutsAddFlowsOfTheirKind() {
    ValueChain chain = ValueChain.builder()
        .actors(List.of(Actor.of("s", Role.S), Actor.of("b", Role.B)))
        .goods("s", "b", GoodsTerms.defaults())
        .data("b", "s", 3)
        .service("s", "b", ServiceTerms.fee(2))
        .flow(new Flow("b", "s", MoneyTerms.PAYMENT))
        .build();

    assertThat(chain.flows()).containsExactly(
        new Flow("s", "b", GoodsTerms.defaults()),
        new Flow("b", "s", DataTerms.of(3)),
        new Flow("s", "b", ServiceTerms.fee(2)),
        new Flow("b", "s", MoneyTerms.PAYMENT));
  }

  @Test
  void counts_ofActorsAndFlows() {
    assertThat(chain.actorCount()).isEqualTo(4);
    assertThat(chain.flowCount()).isEqualTo(11);
  }

  @Test
  void actors_inTheOrderAdded() {
    assertThat(chain.actors()).extracting(Actor::id).containsExactly("s", "b1", "b2", "c");
  }

  @Test
  void actors_areUnmodifiable() {
    assertThatThrownBy(() -> chain.actors().add(Actor.of("x", Role.B)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> chain.actors().set(0, Actor.of("x", Role.B)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void actorsOfRole_selectInIndexOrder() {
    assertThat(chain.actors(Role.B)).extracting(Actor::id).containsExactly("b1", "b2");
    assertThat(chain.actors(Role.S)).extracting(Actor::id).containsExactly("s");
    assertThat(chain.actors(Role.C)).extracting(Actor::id).containsExactly("c");
    assertThat(chain.actors(Role.M)).isEmpty();
    assertThatThrownBy(() -> chain.actors(Role.B).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void actorByIndex_returnsTheActor() {
    assertThat(chain.actor(0)).isEqualTo(Actor.of("s", Role.S));
    assertThat(chain.actor(3)).isEqualTo(Actor.of("c", Role.C));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 4, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void actorByIndex_rejectsIndexOutOfRange(int index) {
    assertThatThrownBy(() -> chain.actor(index)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void actorById_findsKnownAndIsEmptyForUnknown() {
    assertThat(chain.actor("b2")).contains(Actor.of("b2", Role.B));
    assertThat(chain.actor("nobody")).isEmpty();
    assertThat(chain.actor("B2")).isEmpty();
  }

  @Test
  void indexOf_isTheOrderAdded() {
    assertThat(chain.indexOf("s")).hasValue(0);
    assertThat(chain.indexOf("b1")).hasValue(1);
    assertThat(chain.indexOf("b2")).hasValue(2);
    assertThat(chain.indexOf("c")).hasValue(3);
    assertThat(chain.indexOf("nobody")).isEmpty();
  }

  @Test
  void sourceAndTarget_ofEveryFlow() {
    int[] sources = new int[chain.flowCount()];
    int[] targets = new int[chain.flowCount()];
    for (int f = 0; f < chain.flowCount(); f++) {
      sources[f] = chain.source(f);
      targets[f] = chain.target(f);
    }

    assertThat(sources).containsExactly(0, 1, 0, 2, 1, 3, 2, 3, 3, 0, 0);
    assertThat(targets).containsExactly(1, 0, 2, 0, 3, 1, 3, 2, 0, 1, 2);
  }

  @Test
  void kindAndTerms_ofEveryFlow() {
    FlowKind[] kinds = new FlowKind[chain.flowCount()];
    for (int f = 0; f < chain.flowCount(); f++) {
      kinds[f] = chain.kind(f);
    }

    assertThat(kinds).containsExactly(FlowKind.GOODS, FlowKind.MONEY, FlowKind.GOODS, FlowKind.MONEY,
        FlowKind.GOODS, FlowKind.MONEY, FlowKind.GOODS, FlowKind.MONEY, FlowKind.DATA, FlowKind.SERVICE,
        FlowKind.SERVICE);
    assertThat(chain.terms(0)).isSameAs(ModelFixtures.SUPPLY);
    assertThat(chain.terms(2)).isSameAs(ModelFixtures.SUPPLY);
    assertThat(chain.terms(1)).isEqualTo(MoneyTerms.PAYMENT);
    assertThat(chain.terms(6)).isEqualTo(GoodsTerms.builder().price(9).leadTime(0).orderDelay(0).build().withShare(0.4));
    assertThat(chain.terms(8)).isEqualTo(DataTerms.of(2));
    assertThat(chain.terms(10)).isEqualTo(ServiceTerms.takeRate(0.05, FeeBase.REVENUE));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, Integer.MAX_VALUE})
  void flowAccessors_rejectIndexOutOfRange(int flow) {
    assertThatThrownBy(() -> chain.source(flow)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.target(flow)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.terms(flow)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.kind(flow)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.flow(flow)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.flows().get(flow)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void outgoing_listsFlowsLeavingEachActorByIndex() {
    assertThat(chain.outgoing(0)).containsExactly(0, 2, 9, 10);
    assertThat(chain.outgoing(1)).containsExactly(1, 4);
    assertThat(chain.outgoing(2)).containsExactly(3, 6);
    assertThat(chain.outgoing(3)).containsExactly(5, 7, 8);
  }

  @Test
  void incoming_listsFlowsEnteringEachActorByIndex() {
    assertThat(chain.incoming(0)).containsExactly(1, 3, 8);
    assertThat(chain.incoming(1)).containsExactly(0, 5, 9);
    assertThat(chain.incoming(2)).containsExactly(2, 7, 10);
    assertThat(chain.incoming(3)).containsExactly(4, 6);
  }

  @Test
  void degrees_countTheFlows() {
    int[] out = new int[4];
    int[] in = new int[4];
    for (int a = 0; a < 4; a++) {
      out[a] = chain.outDegree(a);
      in[a] = chain.inDegree(a);
    }

    assertThat(out).containsExactly(4, 2, 2, 3);
    assertThat(in).containsExactly(3, 3, 3, 2);
  }

  @Test
  void outgoingAt_walksTheFlowsWithoutAnArray() {
    int[] out = new int[chain.outDegree(3)];
    int[] in = new int[chain.inDegree(1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = chain.outgoing(3, i);
    }
    for (int i = 0; i < in.length; i++) {
      in[i] = chain.incoming(1, i);
    }

    assertThat(out).containsExactly(5, 7, 8);
    assertThat(in).containsExactly(0, 5, 9);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 3})
  void outgoingAt_rejectsPositionOutOfRange(int i) {
    assertThatThrownBy(() -> chain.outgoing(3, i)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.incoming(1, i)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.outgoing(4, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.incoming(-1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void outgoing_returnsACopy() {
    chain.outgoing(0)[0] = 7;
    chain.incoming(0)[0] = 7;

    assertThat(chain.outgoing(0)).containsExactly(0, 2, 9, 10);
    assertThat(chain.incoming(0)).containsExactly(1, 3, 8);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 4})
  void adjacency_rejectsActorOutOfRange(int actor) {
    assertThatThrownBy(() -> chain.outgoing(actor)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.incoming(actor)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.outDegree(actor)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> chain.inDegree(actor)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void adjacency_ofAnActorWithoutFlowsIsEmpty() {
    ValueChain lonely = ValueChain.builder().actor("s", Role.S).actor("p", Role.P).build();

    assertThat(lonely.outgoing(1)).isEmpty();
    assertThat(lonely.incoming(1)).isEmpty();
    assertThat(lonely.outDegree(1)).isZero();
    assertThat(lonely.inDegree(1)).isZero();
  }

  @Test
  void flowByIndex_isTheValue() {
    assertThat(chain.flow(0)).isEqualTo(new Flow("s", "b1", ModelFixtures.SUPPLY));
    assertThat(chain.flow(5)).isEqualTo(new Flow("c", "b1", MoneyTerms.PAYMENT));
    assertThat(chain.flow(8)).isEqualTo(new Flow("c", "s", DataTerms.of(2)));
    assertThat(chain.flow(9)).isEqualTo(new Flow("s", "b1", ServiceTerms.fee(10)));
  }

  @Test
  void flowByEnds_findsTheFlowOfTheKind() {
    assertThat(chain.flow("s", "b1", FlowKind.GOODS)).contains(new Flow("s", "b1", ModelFixtures.SUPPLY));
    assertThat(chain.flow("s", "b1", FlowKind.SERVICE)).contains(new Flow("s", "b1", ServiceTerms.fee(10)));
    assertThat(chain.flow("c", "b2", FlowKind.MONEY)).contains(new Flow("c", "b2", MoneyTerms.PAYMENT));
  }

  @Test
  void flowByEnds_isEmptyWhenAbsent() {
    assertThat(chain.flow("s", "b1", FlowKind.DATA)).isEmpty();
    assertThat(chain.flow("b1", "s", FlowKind.GOODS)).isEmpty();
    assertThat(chain.flow("s", "c", FlowKind.GOODS)).isEmpty();
    assertThat(chain.flow("ghost", "b1", FlowKind.GOODS)).isEmpty();
    assertThat(chain.flow("s", "ghost", FlowKind.GOODS)).isEmpty();
  }

  @Test
  void flows_isAListOfAllFlowsInIndexOrder() {
    List<Flow> flows = chain.flows();

    assertThat(flows).hasSize(11);
    assertThat(flows).containsExactly(
        new Flow("s", "b1", ModelFixtures.SUPPLY),
        new Flow("b1", "s", MoneyTerms.PAYMENT),
        new Flow("s", "b2", ModelFixtures.SUPPLY),
        new Flow("b2", "s", MoneyTerms.PAYMENT),
        new Flow("b1", "c", GoodsTerms.builder().price(8).leadTime(0).orderDelay(0).build().withShare(0.6)),
        new Flow("c", "b1", MoneyTerms.PAYMENT),
        new Flow("b2", "c", GoodsTerms.builder().price(9).leadTime(0).orderDelay(0).build().withShare(0.4)),
        new Flow("c", "b2", MoneyTerms.PAYMENT),
        new Flow("c", "s", DataTerms.of(2)),
        new Flow("s", "b1", ServiceTerms.fee(10)),
        new Flow("s", "b2", ServiceTerms.takeRate(0.05, FeeBase.REVENUE)));
  }

  @Test
  void flows_isAnUnmodifiableView() {
    List<Flow> flows = chain.flows();
    Flow any = chain.flow(0);

    assertThatThrownBy(() -> flows.add(any)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> flows.set(0, any)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> flows.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(flows::clear).isInstanceOf(UnsupportedOperationException.class);
    Iterator<Flow> iterator = flows.iterator();
    iterator.next();
    assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(chain.flowCount()).isEqualTo(11);
  }

  @Test
  void flowsOfKind_selectInIndexOrder() {
    assertThat(chain.flows(FlowKind.GOODS)).extracting(Flow::toString)
        .containsExactly("GOODS s->b1", "GOODS s->b2", "GOODS b1->c", "GOODS b2->c");
    assertThat(chain.flows(FlowKind.MONEY)).extracting(Flow::toString)
        .containsExactly("MONEY b1->s", "MONEY b2->s", "MONEY c->b1", "MONEY c->b2");
    assertThat(chain.flows(FlowKind.DATA)).containsExactly(new Flow("c", "s", DataTerms.of(2)));
    assertThat(chain.flows(FlowKind.SERVICE)).extracting(Flow::toString)
        .containsExactly("SERVICE s->b1", "SERVICE s->b2");
    assertThatThrownBy(() -> chain.flows(FlowKind.DATA).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void flowsOfKind_isEmptyWithoutSuchFlows() {
    assertThat(ValueChain.builder().actor("s", Role.S).build().flows(FlowKind.GOODS)).isEmpty();
  }

  @Test
  void equals_byActorsAndFlowsInOrder() {
    ValueChain.Builder reused = ModelFixtures.closedLoopBuilder();
    new EqualsTester()
        .addEqualityGroup(chain, ModelFixtures.closedLoop(), reused.build(), reused.build())
        .addEqualityGroup(ModelFixtures.closedLoopBuilder().actor("p", Role.P).build())
        .addEqualityGroup(ModelFixtures.closedLoopBuilder().data("b1", "s", 0).build())
        .addEqualityGroup(ValueChain.builder()
            .actor("s", Role.S).actor("b", Role.B).trade("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()).build())
        .addEqualityGroup(ValueChain.builder()
            .actor("s", Role.S).actor("b", Role.B).trade("s", "b", GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build()).build())
        .addEqualityGroup(ValueChain.builder()
            .actor("s", Role.S).actor("b", Role.B).goods("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())
            .flow("b", "s", MoneyTerms.PAYMENT).data("b", "s", 1).build())
        .addEqualityGroup(ValueChain.builder()
            .actor("s", Role.S).actor("b", Role.B).data("b", "s", 1).goods("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())
            .flow("b", "s", MoneyTerms.PAYMENT).build())
        .addEqualityGroup(ValueChain.builder().actor("b", Role.B).actor("s", Role.S)
            .trade("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()).build())
        .addEqualityGroup(ValueChain.builder()
            .actor(Actor.builder().id("s").name("Platform").role(Role.S).build()).actor("b", Role.B)
            .trade("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()).build())
        .addEqualityGroup(ValueChain.builder().actor("s", Role.S).build(), ValueChain.builder().actor("s", Role.S).build())
        .testEquals();
  }

  @Test
  void hashCode_isStableAcrossCalls() {
    int first = chain.hashCode();

    assertThat(chain.hashCode()).isEqualTo(first).isEqualTo(ModelFixtures.closedLoop().hashCode());
  }

  @Test
  void build_laterChangesToTheBuilderDoNotReachTheChain() {
    ValueChain.Builder builder = ModelFixtures.closedLoopBuilder();
    ValueChain first = builder.build();

    builder.actor("p", Role.P).service("p", "b1", ServiceTerms.fee(1));
    ValueChain second = builder.build();

    assertThat(first).isEqualTo(chain);
    assertThat(first.actorCount()).isEqualTo(4);
    assertThat(first.flowCount()).isEqualTo(11);
    assertThat(second.actorCount()).isEqualTo(5);
    assertThat(second.flowCount()).isEqualTo(12);
  }

  @Test
  void toString_summarisesRolesAndKinds() {
    assertThat(chain).hasToString("ValueChain{actors={S=1, B=2, C=1}, flows={GOODS=4, MONEY=4, DATA=1, SERVICE=2}}");
    assertThat(ValueChain.builder().actor("s", Role.S).build()).hasToString("ValueChain{actors={S=1}, flows={}}");
  }

  @Test
  void expectedSize_reservesWithoutChangingTheChain() {
    ValueChain sized = ModelFixtures.closedLoopBuilder().expectedSize(1000, 0).expectedSize(0, 5000).build();

    assertThat(sized).isEqualTo(chain);
  }

  @Test
  void expectedSize_rejectsNegativeSizes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ValueChain.builder().expectedSize(-1, 0))
        .withMessage("actorCount must be non-negative but was -1 (expected size)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ValueChain.builder().expectedSize(3, -2))
        .withMessage("flowCount must be non-negative but was -2 (expected size)");
  }

  @Test
  void builder_growsPastItsInitialFlowCapacity() {
    ValueChain.Builder builder = ValueChain.builder().actor("c", Role.C);
    for (int i = 0; i < 100; i++) {
      builder.actor("s" + i, Role.S).data("c", "s" + i, i);
    }
    ValueChain big = builder.build();

    assertThat(big.flowCount()).isEqualTo(100);
    assertThat(big.flow(99)).isEqualTo(new Flow("c", "s99", DataTerms.of(99)));
    assertThat(big.outDegree(0)).isEqualTo(100);
  }

  @Test
  void accessors_rejectNullArguments() {
    assertThatNullPointerException().isThrownBy(() -> chain.actor((String) null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> chain.indexOf(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> chain.actors(null)).withMessage("role");
    assertThatNullPointerException().isThrownBy(() -> chain.flows(null)).withMessage("kind");
    assertThatNullPointerException().isThrownBy(() -> chain.flow(null, "b1", FlowKind.GOODS)).withMessage("sourceId");
    assertThatNullPointerException().isThrownBy(() -> chain.flow("s", null, FlowKind.GOODS)).withMessage("targetId");
    assertThatNullPointerException().isThrownBy(() -> chain.flow("s", "b1", null)).withMessage("kind");
  }

  @Test
  void builder_rejectsNullArguments() {
    ValueChain.Builder builder = ValueChain.builder();

    assertThatNullPointerException().isThrownBy(() -> builder.actor((Actor) null)).withMessage("actor");
    assertThatNullPointerException().isThrownBy(() -> builder.actors(null)).withMessage("actors");
    assertThatNullPointerException().isThrownBy(() -> builder.actors(Arrays.asList(Actor.of("a", Role.S), null)))
        .withMessage("actor");
    assertThatNullPointerException().isThrownBy(() -> builder.flow(null)).withMessage("flow");
    assertThatNullPointerException().isThrownBy(() -> builder.flow(null, "b", MoneyTerms.PAYMENT))
        .withMessage("sourceId");
    assertThatNullPointerException().isThrownBy(() -> builder.flow("s", null, MoneyTerms.PAYMENT))
        .withMessage("targetId");
    assertThatNullPointerException().isThrownBy(() -> builder.flow("s", "b", null)).withMessage("terms");
    assertThatNullPointerException().isThrownBy(() -> builder.trade("s", "b", null)).withMessage("terms");
    assertThatNullPointerException().isThrownBy(() -> builder.service("s", "b", null)).withMessage("terms");
  }

  @Test
  void builder_leavesNoTraceOfARejectedCall() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S);
    assertThatThrownBy(() -> builder.trade("s", null, GoodsTerms.defaults())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.data("s", null, 0)).isInstanceOf(NullPointerException.class);

    assertThat(builder.build().flowCount()).isZero();
  }

  @Test
  void publicEntries_passNullPointerTester() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Actor.class, Actor.of("x", Role.B))
        .setDefault(FlowTerms.class, MoneyTerms.PAYMENT)
        .setDefault(GoodsTerms.class, GoodsTerms.defaults())
        .setDefault(ServiceTerms.class, ServiceTerms.fee(1));
    tester.testAllPublicInstanceMethods(chain);
    tester.testAllPublicInstanceMethods(ValueChain.builder());
    tester.testAllPublicStaticMethods(ValueChain.class);
  }
}
