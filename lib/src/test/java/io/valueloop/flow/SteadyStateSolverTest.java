package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomChains;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SteadyStateSolverTest {
  private static final double TIGHT = 1e-9;

  private static SteadyState solve(ValueChain chain) {
    return SteadyStateSolver.defaults().solve(CompiledChain.compile(chain));
  }

  @Test
  void solve_millerBlairFinalDemand_matchesPublishedOutput() {
    SteadyState state = solve(MillerBlair.chain(600, 1500));

    // Miller & Blair (2009) §2.3: final demand (600, 1500) gives x = (1247.5248, 1841.5842).
    assertThat(state.output("1")).isCloseTo(1247.5248, within(1e-4));
    assertThat(state.output("2")).isCloseTo(1841.5842, within(1e-4));
    assertThat(state.iterations()).isPositive();
  }

  @Test
  void solve_millerBlairBaseYear_reproducesTransactionsTable() {
    SteadyState state = solve(MillerBlair.chain(350, 1700));
    FlowTable goods = state.chain().goods();
    Map<String, Double> transactions = new HashMap<>();
    for (int g = 0; g < goods.count(); g++) {
      transactions.put(state.chain().id(goods.source(g)) + state.chain().id(goods.target(g)), state.quantity(g));
    }

    // Miller & Blair (2009) Table 2.3: x = (1000, 2000), Z = [[150, 500], [200, 100]].
    assertThat(state.output("1")).isCloseTo(1000, within(1e-6));
    assertThat(state.output("2")).isCloseTo(2000, within(1e-6));
    assertThat(transactions).hasSize(4);
    assertThat(transactions.get("11")).isCloseTo(150, within(1e-6));
    assertThat(transactions.get("12")).isCloseTo(500, within(1e-6));
    assertThat(transactions.get("21")).isCloseTo(200, within(1e-6));
    assertThat(transactions.get("22")).isCloseTo(100, within(1e-6));
  }

  /**
   * An S2B2C chain worked by hand. Consumers c want 100 units, buying 60% from shop b1 and 40% from shop b2 at 10;
   * both shops buy from platform s at 6; s buys from factory m at 4. s takes 5% of b1's revenue and a fee of 20 from
   * b2; marketplace p takes 10% of b2's consumer revenue. Unit costs: m 2, s 0.5, b1 and b2 1.
   */
  private static ValueChain s2b2c() {
    return ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).unitCost(2).build())
        .actor(Actor.builder().id("s").role(Role.S).unitCost(0.5).build())
        .actor(Actor.builder().id("b1").role(Role.B).unitCost(1).build())
        .actor(Actor.builder().id("b2").role(Role.B).unitCost(1).build())
        .actor(Actor.builder().id("p").role(Role.P).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(100).build())
        .trade("m", "s", GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build())
        .trade("s", "b1", GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build())
        .trade("s", "b2", GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build())
        .trade("b1", "c", GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build().withShare(0.6))
        .trade("b2", "c", GoodsTerms.builder().price(10).leadTime(1).orderDelay(0).build().withShare(0.4))
        .service("s", "b1", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
        .service("s", "b2", ServiceTerms.fee(20))
        .service("p", "b2", ServiceTerms.takeRate(0.1, FeeBase.CONSUMER_REVENUE))
        .build();
  }

  @Test
  void solve_s2b2c_statementsMatchHandWorkedNumbers() {
    SteadyState state = solve(s2b2c());

    // Outputs: c 100; b1 60, b2 40 (shares); s 60 + 40 = 100; m 100.
    // Money: c pays b1 600 and b2 400 (spend 1000); b1 pays s 360, b2 pays s 240; s pays m 400.
    // Fees: s from b1 0.05 × 600 = 30; s from b2 20; p from b2 0.1 × 400 = 40.
    // Own cost: m 2 × 100 = 200; s 0.5 × 100 = 50; b1 60; b2 40.
    assertThat(state.statement("m")).isEqualTo(new Statement("m", Role.M, 100, 400, 0, 0, 0, 200));
    assertThat(state.statement("s")).isEqualTo(new Statement("s", Role.S, 100, 600, 400, 0, 50, 50));
    assertThat(state.statement("b1")).isEqualTo(new Statement("b1", Role.B, 60, 600, 360, 30, 0, 60));
    assertThat(state.statement("b2")).isEqualTo(new Statement("b2", Role.B, 40, 400, 240, 60, 0, 40));
    assertThat(state.statement("p")).isEqualTo(new Statement("p", Role.P, 0, 0, 0, 0, 40, 0));
    assertThat(state.statement("c")).isEqualTo(new Statement("c", Role.C, 100, 0, 1000, 0, 0, 0));
    // Profits: m 400 − 200 = 200; s 600 − 400 + 50 − 50 = 200; b1 600 − 360 − 30 − 60 = 150;
    // b2 400 − 240 − 60 − 40 = 60; p 40; c −1000.
    assertThat(state.statement("m").profit()).isEqualTo(200);
    assertThat(state.statement("s").profit()).isEqualTo(200);
    assertThat(state.statement("b1").profit()).isEqualTo(150);
    assertThat(state.statement("b2").profit()).isEqualTo(60);
    assertThat(state.statement("p").profit()).isEqualTo(40);
    assertThat(state.statements()).hasSize(6);
    assertThat(state.consumerSpend()).isEqualTo(1000);
  }

  @Test
  void valueCapture_s2b2c_sharesMatchHandWorkedNumbers() {
    ValueCapture capture = solve(s2b2c()).valueCapture().orElseThrow();

    // Shares of the spend 1000: m 0.20, s 0.20, b1 0.15, b2 0.06, p 0.04; own costs 350 / 1000 = 0.35.
    assertThat(capture.consumerSpend()).isEqualTo(1000);
    assertThat(capture.share("m")).isCloseTo(0.20, within(TIGHT));
    assertThat(capture.share("s")).isCloseTo(0.20, within(TIGHT));
    assertThat(capture.share("b1")).isCloseTo(0.15, within(TIGHT));
    assertThat(capture.share("b2")).isCloseTo(0.06, within(TIGHT));
    assertThat(capture.share("p")).isCloseTo(0.04, within(TIGHT));
    assertThat(capture.share("c")).isZero();
    assertThat(capture.costShare("m")).isCloseTo(0.20, within(TIGHT));
    assertThat(capture.totalCostShare()).isCloseTo(0.35, within(TIGHT));
    assertThat(capture.shareByRole()).containsOnlyKeys(Role.M, Role.S, Role.B, Role.P);
    assertThat(capture.shareByRole().get(Role.B)).isCloseTo(0.21, within(TIGHT));
    assertThat(capture.costShareByRole().get(Role.B)).isCloseTo(0.10, within(TIGHT));
    assertThat(capture.shares()).containsOnlyKeys("m", "s", "b1", "b2", "p");
  }

  @Test
  void solve_s2b2c_flowsCarryGoodsMoneyAndFees() {
    SteadyState state = solve(s2b2c());
    CompiledChain chain = state.chain();
    FlowTable goods = chain.goods();
    FlowTable services = chain.flows(FlowKind.SERVICE);

    for (int g = 0; g < goods.count(); g++) {
      String route = chain.id(goods.source(g)) + ">" + chain.id(goods.target(g));
      double expectedQuantity = Map.of("m>s", 100.0, "s>b1", 60.0, "s>b2", 40.0, "b1>c", 60.0, "b2>c", 40.0)
          .get(route);
      assertThat(state.quantity(g)).as(route).isCloseTo(expectedQuantity, within(TIGHT));
      assertThat(state.paid(g)).as(route).isCloseTo(expectedQuantity * chain.goodsTerms(g).price(), within(TIGHT));
      assertThat(state.money(chain.payment(g).getAsInt())).isEqualTo(state.paid(g));
    }
    for (int s = 0; s < services.count(); s++) {
      String route = chain.id(services.source(s)) + ">" + chain.id(services.target(s));
      assertThat(state.fee(s)).as(route).isCloseTo(Map.of("s>b1", 30.0, "s>b2", 20.0, "p>b2", 40.0).get(route),
          within(TIGHT));
    }
  }

  @Test
  void solve_purchasesBase_chargesOnSpendingOnGoods() {
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M).actor("b", Role.B).actor("f", Role.F)
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("m", "b", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build().withInputCoefficient(2))
        .trade("b", "c", GoodsTerms.builder().price(8).leadTime(1).orderDelay(0).build())
        .service("f", "b", new ServiceTerms(1, 0.02, FeeBase.PURCHASES))
        .build();

    // b sells 10 and needs 2 × 10 = 20 units from m at 3 = 60 of purchases: fee 1 + 0.02 × 60 = 2.2.
    SteadyState state = solve(chain);
    assertThat(state.output("m")).isEqualTo(20);
    assertThat(state.statement("b").feesPaid()).isCloseTo(2.2, within(TIGHT));
    assertThat(state.statement("f").feesReceived()).isCloseTo(2.2, within(TIGHT));
  }

  @Test
  void solve_randomAcyclicChains_matchDenseLeontiefSolve() {
    for (long seed = 0; seed < 40; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 20 + (int) seed * 3, false));
      SteadyState state = SteadyStateSolver.defaults().solve(chain);
      double[] expected = LeontiefInverse.of(chain).output(chain.demand());

      assertThat(state.iterations()).isZero();
      for (int i = 0; i < chain.actorCount(); i++) {
        assertThat(state.output(i)).as("seed %d actor %s", seed, chain.id(i))
            .isCloseTo(expected[i], within(TIGHT * Math.max(1, expected[i])));
      }
    }
  }

  @Test
  void solve_productiveLoops_convergeToDenseSolve() {
    for (long seed = 0; seed < 20; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 30 + (int) seed * 5, true));
      SteadyState state = SteadyStateSolver.defaults().solve(chain);
      double[] expected = LeontiefInverse.of(chain).output(chain.demand());

      assertThat(state.iterations()).as("seed %d", seed).isPositive();
      for (int i = 0; i < chain.actorCount(); i++) {
        assertThat(state.output(i)).as("seed %d actor %s", seed, chain.id(i))
            .isCloseTo(expected[i], within(1e-8 * Math.max(1, expected[i])));
      }
    }
  }

  @Test
  void solve_unproductiveLoop_throwsNamingTheLoop() {
    // a and b need 0.9 and 1.5 of each other's product: the loop's spectral radius is √1.35 ≈ 1.1619.
    ValueChain chain = ValueChain.builder()
        .actor("c", Role.C)
        .actor("a", Role.M)
        .actor("b", Role.M)
        .actor("z", Role.M)
        .goods("a", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("a").withInputCoefficient(0.9))
        .goods("b", "a", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("b").withInputCoefficient(1.5))
        .goods("a", "c", GoodsTerms.defaults())
        .goods("z", "a", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("z"))
        .build();

    assertThatThrownBy(() -> solve(chain))
        .isInstanceOfSatisfying(UnproductiveChainException.class, e -> {
          assertThat(e.loop()).containsExactly("a", "b");
          assertThat(e.loopSize()).isEqualTo(2);
          assertThat(e.spectralRadiusLowerBound()).isBetween(1.0, Math.sqrt(1.35) + 1e-12);
          assertThat(e.spectralRadiusUpperBound()).isGreaterThanOrEqualTo(Math.sqrt(1.35) - 1e-12);
        })
        .hasMessageStartingWith("spectral radius of a goods loop must be below 1 but was at least")
        .hasMessageContaining("(loop a -> b -> a)");
  }

  @Test
  void solve_unproductiveSelfUse_throwsNamingTheActor() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).demand(1).build())
        .goods("m", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInputCoefficient(1.0))
        .build();

    assertThatThrownBy(() -> solve(chain))
        .isInstanceOf(UnproductiveChainException.class)
        .hasMessageContaining("at least 1.0 (loop m -> m)");
  }

  @Test
  void solve_iterationCapTooLow_throwsNamingTheLoop() {
    SteadyStateSolver solver = SteadyStateSolver.builder().maxIterations(2).build();

    assertThatThrownBy(() -> solver.solve(CompiledChain.compile(MillerBlair.chain(600, 1500))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must converge within 2")
        .hasMessageContaining("(loop 1 -> 2 -> 1, spectral radius at most");
  }

  @Test
  void solve_randomChains_conserveGoodsAtEveryActor() {
    for (long seed = 0; seed < 20; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 200, seed % 2 == 0));
      SteadyState state = SteadyStateSolver.defaults().solve(chain);
      FlowTable goods = chain.goods();
      for (int i = 0; i < chain.actorCount(); i++) {
        // Output = own final demand + what buyers take.
        double shipped = chain.actor(i).demand();
        for (int p = goods.out().start(i); p < goods.out().end(i); p++) {
          shipped += state.quantity(p);
        }
        assertThat(shipped).as("seed %d actor %s", seed, chain.id(i))
            .isCloseTo(state.output(i), within(TIGHT * Math.max(1, state.output(i))));
        // Each input received = its input coefficient × output.
        Map<String, Double> received = new HashMap<>();
        Map<String, Double> coefficient = new HashMap<>();
        for (int p = goods.in().start(i); p < goods.in().end(i); p++) {
          int g = goods.in().flow(p);
          GoodsTerms terms = chain.goodsTerms(g);
          String input = terms.inputName(chain.role(goods.source(g)));
          received.merge(input, state.quantity(g), Double::sum);
          coefficient.put(input, terms.inputCoefficient());
        }
        for (Map.Entry<String, Double> entry : received.entrySet()) {
          double used = coefficient.get(entry.getKey()) * state.output(i);
          assertThat(entry.getValue()).as("seed %d actor %s input %s", seed, chain.id(i), entry.getKey())
              .isCloseTo(used, within(TIGHT * Math.max(1, used)));
        }
      }
    }
  }

  @Test
  void solve_randomChains_conserveMoney() {
    for (long seed = 0; seed < 20; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 150, seed % 2 == 1));
      SteadyState state = SteadyStateSolver.defaults().solve(chain);
      double revenue = 0;
      double purchases = 0;
      double feesPaid = 0;
      double feesReceived = 0;
      double profit = 0;
      double ownCost = 0;
      for (int i = 0; i < chain.actorCount(); i++) {
        Statement statement = state.statement(i);
        revenue += statement.revenue();
        purchases += statement.purchases();
        feesPaid += statement.feesPaid();
        feesReceived += statement.feesReceived();
        profit += statement.profit();
        ownCost += statement.ownCost();
      }
      double money = 0;
      for (int m = 0; m < chain.flows(FlowKind.MONEY).count(); m++) {
        money += state.money(m);
      }
      double scale = Math.max(1, revenue + feesPaid);
      assertThat(revenue).as("seed %d", seed).isCloseTo(purchases, within(TIGHT * scale));
      assertThat(money).as("seed %d", seed).isCloseTo(revenue, within(TIGHT * scale));
      assertThat(feesPaid).as("seed %d", seed).isCloseTo(feesReceived, within(TIGHT * scale));
      assertThat(profit).as("seed %d", seed).isCloseTo(-ownCost, within(TIGHT * scale));
    }
  }

  @Test
  void valueCapture_randomChains_sharesPlusCostsAddToOne() {
    for (long seed = 0; seed < 30; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 40 + (int) seed * 7, seed % 3 == 0));
      ValueCapture capture = SteadyStateSolver.defaults().solve(chain).valueCapture().orElseThrow();
      double total = 0;
      for (int i = 0; i < chain.actorCount(); i++) {
        total += capture.share(i) + capture.costShare(i);
      }
      double byRole = capture.totalCostShare();
      for (double share : capture.shareByRole().values()) {
        byRole += share;
      }
      assertThat(total).as("seed %d", seed).isCloseTo(1.0, within(1e-9));
      assertThat(byRole).as("seed %d", seed).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void valueCapture_noConsumerSpend_isEmpty() {
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M)
        .actor(Actor.builder().id("c").role(Role.C).demand(5).build())
        .goods("m", "c", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .build();

    SteadyState state = solve(chain);
    assertThat(state.output("m")).isEqualTo(5);
    assertThat(state.consumerSpend()).isZero();
    assertThat(state.valueCapture()).isEmpty();
  }

  @Test
  void solve_finalDemandAtProducer_costsWithoutRevenue() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).unitCost(1).demand(5).build())
        .actor("b", Role.B)
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("m", "b", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build())
        .trade("b", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
        .build();

    // m makes 10 for b and 5 exported: cost 15, revenue 20; b earns 30 − 20 = 10; spend 30.
    ValueCapture capture = solve(chain).valueCapture().orElseThrow();
    assertThat(capture.share("m")).isCloseTo(5.0 / 30, within(TIGHT));
    assertThat(capture.share("b")).isCloseTo(10.0 / 30, within(TIGHT));
    assertThat(capture.costShare("m")).isCloseTo(15.0 / 30, within(TIGHT));
    assertThat(capture.share("m") + capture.share("b") + capture.totalCostShare()).isCloseTo(1, within(TIGHT));
  }

  @Test
  void solve_threadCounts_giveBitIdenticalResults() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(7, 60_000, true));
    // Level 0 (consumers) and level 1 (businesses) are big enough to be split among threads.
    assertThat((long) PropagationKernel.ROW_WORK * chain.levelEnd(1) + chain.goods().out().end(chain.levelEnd(1) - 1))
        .isGreaterThan(2L * LevelSolver.PARALLEL_GRAIN);

    long[] one = outputBits(SteadyStateSolver.builder().threads(1).build().solve(chain));
    assertThat(outputBits(SteadyStateSolver.builder().threads(2).build().solve(chain))).isEqualTo(one);
    assertThat(outputBits(SteadyStateSolver.builder().threads(4).build().solve(chain))).isEqualTo(one);
  }

  private static long[] outputBits(SteadyState state) {
    long[] bits = new long[state.chain().actorCount()];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = Double.doubleToRawLongBits(state.output(i));
    }
    return bits;
  }

  @Test
  void builder_rejectsNonPositiveSettings() {
    assertThatThrownBy(() -> SteadyStateSolver.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1 but was 0");
    assertThatThrownBy(() -> SteadyStateSolver.builder().maxIterations(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxIterations must be at least 1 but was -3");
    assertThatThrownBy(() -> SteadyStateSolver.defaults().solve(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void accessors_rejectUnknownIdsAndIndices() {
    SteadyState state = solve(s2b2c());

    assertThatThrownBy(() -> state.output("nobody"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor id must be an actor of the chain but was 'nobody'");
    assertThatThrownBy(() -> state.output(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> state.quantity(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> state.valueCapture().orElseThrow().share("nobody"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statement_rejectsNonFiniteAmounts() {
    assertThatThrownBy(() -> new Statement("x", Role.B, 1, Double.NaN, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue must be finite but was NaN (actor x)");
  }
}
