package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompiledChainLayoutTest {

  /** A hub selling to 100 shops and shops selling to consumers, every flow added in a shuffled order. */
  private static ValueChain shuffledChain(long seed) {
    Random random = new Random(seed);
    ValueChain.Builder builder = ValueChain.builder().actor("hub", Role.S);
    List<Runnable> flows = new ArrayList<>();
    for (int b = 0; b < 100; b++) {
      String shop = "b" + b;
      builder.actor(shop, Role.B);
      double price = 1 + b;
      flows.add(() -> builder.trade("hub", shop, GoodsTerms.builder().price(price).leadTime(1).orderDelay(0).build().withInputCoefficient(1 + price / 100)));
    }
    for (int c = 0; c < 60; c++) {
      String consumer = "c" + c;
      builder.actor(consumer, Role.C);
      int sellers = 1 + random.nextInt(40);
      for (int k = 0; k < sellers; k++) {
        String shop = "b" + ((c + 7 * k) % 100);
        double share = 1.0 / sellers;
        flows.add(() -> builder.trade(shop, consumer, GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build().withShare(share)));
      }
      flows.add(() -> builder.data(consumer, "hub", 1));
    }
    Collections.shuffle(flows, random);
    flows.forEach(Runnable::run);
    return builder.build();
  }

  @Test
  void compile_shuffledFlows_sortsEveryKindBySourceThenTarget() {
    for (long seed = 0; seed < 5; seed++) {
      ValueChain chain = shuffledChain(seed);
      CompiledChain compiled = CompiledChain.compile(chain);
      int total = 0;
      for (FlowKind kind : FlowKind.values()) {
        FlowTable table = compiled.flows(kind);
        total += table.count();
        for (int f = 0; f < table.count(); f++) {
          int chainFlow = table.chainFlow(f);
          assertThat(compiled.compiledIndex(chain.source(chainFlow))).isEqualTo(table.source(f));
          assertThat(compiled.compiledIndex(chain.target(chainFlow))).isEqualTo(table.target(f));
          assertThat(table.terms(f)).isSameAs(chain.terms(chainFlow));
          assertThat(table.out().flow(f)).isEqualTo(f);
          if (f > 0) {
            long previous = (long) table.source(f - 1) << 32 | table.target(f - 1);
            assertThat((long) table.source(f) << 32 | table.target(f)).as("%s flow %d", kind, f)
                .isGreaterThan(previous);
          }
        }
        for (int a = 0; a < compiled.actorCount(); a++) {
          Adjacency in = table.in();
          for (int p = in.start(a); p < in.end(a); p++) {
            assertThat(table.target(in.flow(p))).isEqualTo(a);
            assertThat(in.neighbor(p)).isEqualTo(table.source(in.flow(p)));
            if (p > in.start(a)) {
              assertThat(in.neighbor(p)).isGreaterThan(in.neighbor(p - 1));
            }
          }
        }
      }
      assertThat(total).isEqualTo(chain.flowCount());
    }
  }

  @Test
  void compile_shuffledTrades_pairsPaymentsAndCoefficients() {
    ValueChain chain = shuffledChain(9);
    CompiledChain compiled = CompiledChain.compile(chain);
    FlowTable goods = compiled.goods();
    FlowTable money = compiled.flows(FlowKind.MONEY);

    for (int g = 0; g < goods.count(); g++) {
      GoodsTerms terms = compiled.goodsTerms(g);
      int m = compiled.payment(g).getAsInt();
      assertThat(money.source(m)).isEqualTo(goods.target(g));
      assertThat(money.target(m)).isEqualTo(goods.source(g));
      assertThat(compiled.coefficient(g)).isEqualTo(terms.inputCoefficient() * terms.share());
      assertThat(compiled.goodsPrice[g]).isEqualTo(terms.price());
    }
    assertThat(money.count()).isEqualTo(goods.count());
  }
}
