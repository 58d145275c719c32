package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompiledChainTest {

  /** m -> s -> {b1, b2} -> c, with b2 also buying straight from m; data c -> s. */
  private static ValueChain diamond() {
    return ValueChain.builder()
        .actor("c", Role.C)
        .actor("b1", Role.B)
        .actor("m", Role.M)
        .actor("s", Role.S)
        .actor("b2", Role.B)
        .trade("m", "s", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .trade("s", "b1", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("s", "b2", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build().withShare(0.5))
        .trade("m", "b2", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build().withShare(0.5).withInput("S"))
        .trade("b1", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build().withShare(0.25))
        .trade("b2", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build().withShare(0.75))
        .data("c", "s", 1)
        .build();
  }

  @Test
  void compile_ordersActorsDownstreamFirstByHeight() {
    CompiledChain compiled = CompiledChain.compile(diamond());

    // Heights: c 0; b1, b2 1; s 2; m 3 (m -> s -> b -> c).
    assertThat(compiled.levelCount()).isEqualTo(4);
    assertThat(compiled.id(0)).isEqualTo("c");
    assertThat(compiled.id(1)).isEqualTo("b1");
    assertThat(compiled.id(2)).isEqualTo("b2");
    assertThat(compiled.id(3)).isEqualTo("s");
    assertThat(compiled.id(4)).isEqualTo("m");
    assertThat(compiled.levelStart(1)).isEqualTo(1);
    assertThat(compiled.levelEnd(1)).isEqualTo(3);
  }

  @Test
  void compile_mapsIndicesBothWays() {
    ValueChain chain = diamond();
    CompiledChain compiled = CompiledChain.compile(chain);

    for (int a = 0; a < compiled.actorCount(); a++) {
      assertThat(compiled.compiledIndex(compiled.chainIndex(a))).isEqualTo(a);
      assertThat(compiled.indexOf(compiled.id(a))).hasValue(a);
      assertThat(chain.actor(compiled.chainIndex(a))).isEqualTo(compiled.actor(a));
    }
    assertThat(compiled.indexOf("nobody")).isEmpty();
  }

  @Test
  void goods_areSortedBySourceThenTargetWithConsistentAdjacency() {
    CompiledChain compiled = CompiledChain.compile(diamond());
    FlowTable goods = compiled.goods();

    assertThat(goods.count()).isEqualTo(6);
    for (int g = 1; g < goods.count(); g++) {
      long previous = (long) goods.source(g - 1) * 100 + goods.target(g - 1);
      assertThat((long) goods.source(g) * 100 + goods.target(g)).isGreaterThan(previous);
    }
    for (int a = 0; a < compiled.actorCount(); a++) {
      for (int p = goods.out().start(a); p < goods.out().end(a); p++) {
        assertThat(goods.out().flow(p)).isEqualTo(p);
        assertThat(goods.source(p)).isEqualTo(a);
        assertThat(goods.out().neighbor(p)).isEqualTo(goods.target(p));
      }
      for (int p = goods.in().start(a); p < goods.in().end(a); p++) {
        assertThat(goods.target(goods.in().flow(p))).isEqualTo(a);
        assertThat(goods.in().neighbor(p)).isEqualTo(goods.source(goods.in().flow(p)));
      }
    }
  }

  /** The coefficients of the diamond's goods flows, input coefficient 1 times the share. */
  private static final Map<String, Double> COEFFICIENTS = Map.of(
      "m->s", 1.0, "s->b1", 1.0, "s->b2", 0.5, "m->b2", 0.5, "b1->c", 0.25, "b2->c", 0.75);

  @Test
  void goods_carryCoefficientTermsAndPayment() {
    ValueChain chain = diamond();
    CompiledChain compiled = CompiledChain.compile(chain);
    FlowTable goods = compiled.goods();
    FlowTable money = compiled.flows(FlowKind.MONEY);

    for (int g = 0; g < goods.count(); g++) {
      GoodsTerms terms = compiled.goodsTerms(g);
      assertThat(terms).isEqualTo(chain.terms(goods.chainFlow(g)));
      assertThat(compiled.coefficient(g)).isEqualTo(COEFFICIENTS.get(
          compiled.id(goods.source(g)) + "->" + compiled.id(goods.target(g))));
      int m = compiled.payment(g).getAsInt();
      assertThat(money.terms(m)).isEqualTo(MoneyTerms.PAYMENT);
      assertThat(money.source(m)).isEqualTo(goods.target(g));
      assertThat(money.target(m)).isEqualTo(goods.source(g));
    }
    assertThat(compiled.flows(FlowKind.DATA).count()).isEqualTo(1);
    assertThat(compiled.flows(FlowKind.SERVICE).count()).isZero();
  }

  @Test
  void goods_withoutTradeHaveNoPayment() {
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M).actor("b", Role.B)
        .goods("m", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .build();

    assertThat(CompiledChain.compile(chain).payment(0)).isEmpty();
  }

  @Test
  void compile_keepsGoodsCycleContiguousAsOneComponent() {
    ValueChain chain = ValueChain.builder()
        .actor("x", Role.M).actor("c", Role.C).actor("y", Role.M).actor("z", Role.M)
        .goods("x", "y", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("x"))
        .goods("y", "x", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("y"))
        .goods("x", "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .goods("z", "x", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("z"))
        .goods("z", "z", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("self"))
        .build();
    CompiledChain compiled = CompiledChain.compile(chain);

    int x = compiled.indexOf("x").getAsInt();
    int y = compiled.indexOf("y").getAsInt();
    int z = compiled.indexOf("z").getAsInt();
    assertThat(compiled.component(x)).isEqualTo(compiled.component(y));
    assertThat(Math.abs(x - y)).isEqualTo(1);
    assertThat(compiled.isCyclic(compiled.component(x))).isTrue();
    assertThat(compiled.isCyclic(compiled.component(z))).isTrue();
    assertThat(compiled.isCyclic(compiled.component(compiled.indexOf("c").getAsInt()))).isFalse();
    assertThat(compiled.componentCount()).isEqualTo(3);
    assertThat(z).isGreaterThan(Math.max(x, y));
  }

  @Test
  void inputGroup_numbersEachBuyersInputsByTheirFirstFlow() {
    // b buys "packaging" from m first, then input S from s1 and s2 and from itself; c buys input B from b.
    ValueChain chain = ValueChain.builder()
        .actor("s1", Role.S).actor("b", Role.B).actor("m", Role.M).actor("s2", Role.S).actor("c", Role.C)
        .trade("m", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("packaging"))
        .trade("s2", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.5))
        .trade("s1", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.25))
        .goods("b", "b", GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withShare(0.25).withInput("S"))
        .trade("b", "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .build();
    CompiledChain compiled = CompiledChain.compile(chain);
    FlowTable goods = compiled.goods();

    Map<String, Integer> groups = new HashMap<>();
    for (int g = 0; g < goods.count(); g++) {
      groups.put(compiled.id(goods.source(g)) + "->" + compiled.id(goods.target(g)), compiled.inputGroup(g));
    }
    assertThat(groups).containsOnly(entry("m->b", 0), entry("s2->b", 1), entry("s1->b", 1), entry("b->b", 1),
        entry("b->c", 0));
    assertThat(compiled.inputGroupCount(compiled.indexOf("b").getAsInt())).isEqualTo(2);
    assertThat(compiled.inputGroupCount(compiled.indexOf("c").getAsInt())).isEqualTo(1);
    assertThat(compiled.inputGroupCount(compiled.indexOf("m").getAsInt())).isZero();
  }

  @Test
  void compile_randomChainsWithLoops_keepComponentsContiguousAndLevelsIndependent() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int n = 2 + random.nextInt(30);
      int[] shuffled = shuffled(n, random);
      ValueChain.Builder builder = ValueChain.builder();
      for (int i = 0; i < n; i++) {
        builder.actor("a" + shuffled[i], Role.M);
      }
      for (int j = 1; j < n; j++) {
        int suppliers = 1 + random.nextInt(Math.min(j, 3));
        for (int k = 0; k < suppliers; k++) {
          int i = j - 1 - k;
          builder.trade("a" + i, "a" + j, GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("in" + k));
        }
        if (random.nextInt(5) == 0) {
          // A flow back upstream closes a goods cycle through a_i .. a_j.
          int i = random.nextInt(j);
          builder.trade("a" + j, "a" + i, GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("back" + j));
        }
      }
      CompiledChain compiled = CompiledChain.compile(builder.build());
      FlowTable goods = compiled.goods();
      for (int g = 0; g < goods.count(); g++) {
        int from = goods.source(g);
        int to = goods.target(g);
        if (compiled.component(from) != compiled.component(to)) {
          assertThat(from).as("seed %d", seed).isGreaterThan(to);
          assertThat(level(compiled, from)).as("seed %d", seed).isGreaterThan(level(compiled, to));
        }
      }
      for (int a = 0; a < n; a++) {
        int c = compiled.component(a);
        assertThat(a).isBetween(compiled.componentStart(c), compiled.componentEnd(c) - 1);
        assertThat(compiled.compiledIndex(compiled.chainIndex(a))).isEqualTo(a);
      }
      for (int level = 0; level < compiled.levelCount(); level++) {
        assertThat(compiled.levelEnd(level)).isGreaterThan(compiled.levelStart(level));
      }
      assertThat(compiled.levelEnd(compiled.levelCount() - 1)).isEqualTo(n);
    }
  }

  private static int level(CompiledChain compiled, int actor) {
    int level = 0;
    while (compiled.levelEnd(level) <= actor) {
      level++;
    }
    return level;
  }

  /** Returns a random permutation of {@code 0..n-1} (Fisher–Yates). */
  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  @Test
  void compile_randomAcyclicChains_goodsRunFromHigherToLowerIndex() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int n = 2 + random.nextInt(30);
      ValueChain.Builder builder = ValueChain.builder();
      for (int i = 0; i < n; i++) {
        builder.actor("a" + i, Role.M);
      }
      for (int j = 1; j < n; j++) {
        int suppliers = 1 + random.nextInt(Math.min(j, 3));
        for (int k = 0; k < suppliers; k++) {
          int i = j - 1 - k;
          builder.trade("a" + i, "a" + j, GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("in" + k));
        }
      }
      CompiledChain compiled = CompiledChain.compile(builder.build());
      FlowTable goods = compiled.goods();
      for (int g = 0; g < goods.count(); g++) {
        assertThat(goods.source(g)).as("seed %d", seed).isGreaterThan(goods.target(g));
        assertThat(compiled.role(goods.source(g))).isEqualTo(Role.M);
      }
      for (int level = 0; level < compiled.levelCount(); level++) {
        assertThat(compiled.levelEnd(level)).isGreaterThan(compiled.levelStart(level));
      }
      assertThat(compiled.levelEnd(compiled.levelCount() - 1)).isEqualTo(n);
    }
  }
}
