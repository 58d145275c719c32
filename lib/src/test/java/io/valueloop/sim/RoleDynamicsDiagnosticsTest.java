package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Role dynamics report what the run cannot follow exactly in {@link SimulationResult#diagnostics()}; the DATA weights
 * of information sharing follow every change ({@link RoleDynamicsDataWeightsTest}), so they are not reported.
 */
class RoleDynamicsDiagnosticsTest {

  /** m supplies a wholesaler w (to the incumbent B0) and a platform s (to the seats b0, b1); both see c's demand. */
  static CompiledChain twoRoutes() {
    GoodsTerms up = GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build();
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).build())
        .actor(Actor.builder().id("w").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(50).build())
        .actor(Actor.builder().id("B0").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("m", "w", up).trade("m", "s", up).trade("w", "B0", up)
        .trade("B0", "c", GoodsTerms.builder().price(3).leadTime(1).share(0.6).build())
        .data("c", "w", 0).data("c", "s", 0);
    for (int j = 0; j < 2; j++) {
      b.actor(Actor.builder().id("b" + j).role(Role.B).build()).trade("s", "b" + j, up)
          .trade("b" + j, "c", GoodsTerms.builder().price(3).leadTime(1).share(0.2).build());
    }
    return CompiledChain.compile(b.build());
  }

  private static List<Diagnostic.Code> codes(SimulationResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void conversion_withSharedDataOverTwoRoutes_hasNoWeightWarning() {
    Scenario scenario = Scenario.builder(5).conversion(Conversion.constant("c", 0.1, 2)
        .withCandidates(List.of("b0", "b1")).withTakeover(0.2)).build();

    SimulationResult result = Simulation.of(twoRoutes()).run(scenario);

    // w's weight of c follows B0's active share (1 until a b converts), not its chain share 0.6.
    assertThat(codes(result)).doesNotContain(Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS);
    assertThat(Simulation.of(twoRoutes()).diagnostics(scenario)).extracting(Diagnostic::code)
        .doesNotContain(Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS);
  }

  @Test
  void conversion_withSharedDataOverOneRoute_hasNoWeightWarning() {
    // s supplies the incumbent and both seats: its weight of c is 1 whoever sells.
    GoodsTerms up = GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build();
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(50).build())
        .actor(Actor.builder().id("B0").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("s", "B0", up).trade("B0", "c", GoodsTerms.builder().leadTime(1).share(0.6).build())
        .data("c", "s", 0);
    for (int j = 0; j < 2; j++) {
      b.actor(Actor.builder().id("b" + j).role(Role.B).build()).trade("s", "b" + j, up)
          .trade("b" + j, "c", GoodsTerms.builder().leadTime(1).share(0.2).build());
    }
    CompiledChain chain = CompiledChain.compile(b.build());
    SimulationResult result = Simulation.of(chain).run(Scenario.builder(5).conversion(Conversion.constant("c", 0.1,
        2).withCandidates(RoleDynamicsTest.candidates(2)).withTakeover(0.2)).build());

    assertThat(codes(result)).doesNotContain(Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS);
  }

  @Test
  void adoption_withBusinessesDownstreamOfBothSuppliers_hasNoWeightWarning() {
    ValueChain.Builder chain = RoleDynamicsBusinessTest.wholesaleChain(2).data("c0", "w", 0).data("c0", "s", 0)
        .data("c1", "w", 0).data("c1", "s", 0);
    SimulationResult result = Simulation.of(CompiledChain.compile(chain.build())).run(Scenario.builder(5)
        .adoption(Adoption.constant("w", "s", 0.5).withBusinesses(RoleDynamicsBusinessTest.shops(2))).build());

    assertThat(codes(result)).doesNotContain(Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS);
  }

  @Test
  void churn_upstreamOfASharedSegment_hasNoWeightWarning() {
    SimulationResult result = Simulation.of(twoRoutes()).run(Scenario.builder(5).churn(Churn.of(List.of("B0"))
        .withHazard(0.1)).build());

    assertThat(codes(result)).doesNotContain(Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS);
  }

  @Test
  void conversion_drawingMoreConvertsThanSeats_warnsWithTheResult() {
    Simulation simulation = Simulation.of(RoleDynamicsTest.platform(2, 10));
    SimulationResult capped = simulation.run(Scenario.builder(20).steadyStart(false)
        .conversion(Conversion.constant("c", 0.5, 100).withCandidates(RoleDynamicsTest.candidates(2))
            .withTakeover(0.1)).build());
    SimulationResult free = simulation.run(Scenario.builder(20).steadyStart(false)
        .conversion(Conversion.constant("c", 0.5, 2).withCandidates(RoleDynamicsTest.candidates(2))
            .withTakeover(0.1)).build());

    assertThat(capped.diagnostics()).filteredOn(d -> d.code() == Diagnostic.Code.CONVERTS_WITHOUT_SEAT)
        .singleElement().satisfies(d -> assertThat(d.message()).contains("segment c", "2 candidates"));
    assertThat(codes(free)).doesNotContain(Diagnostic.Code.CONVERTS_WITHOUT_SEAT);
  }
}
