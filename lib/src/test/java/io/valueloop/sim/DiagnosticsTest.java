package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.experiment.Measure;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The diagnostics a run lists on its result, and the measure on a role with no actors. */
class DiagnosticsTest {
  private static final GoodsTerms TERMS = GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build();

  private static CompiledChain serial() {
    return SimFixtures.serial(100, 10, 5, TERMS, TERMS);
  }

  @Test
  void run_ordinaryScenario_hasNoDiagnostics() {
    SimulationResult r = Simulation.of(serial()).run(Scenario.builder(10).record(Series.ORDERS, Role.B).build());

    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void run_sharingOnWithDataPathToNoOrderingActor_saysSo() {
    // The only DATA flow runs from the business to the source: no consumer segment's data reaches anyone.
    CompiledChain chain = CompiledChain.compile(SimFixtures.serialBuilder(100, 10, 5, TERMS, TERMS)
        .data("b", "s", 1).build());

    SimulationResult on = Simulation.of(chain).run(Scenario.of(10));
    SimulationResult off = Simulation.of(chain).run(Scenario.builder(10).informationSharing(false).build());

    assertThat(on.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Diagnostic.Code.SHARING_WITHOUT_DATA_PATH);
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.INFO);
      assertThat(d.actorId()).isEqualTo(Optional.of("s"));
      assertThat(d.message()).contains("no DATA path from a consumer segment reaches it");
    });
    assertThat(off.diagnostics()).isEmpty();
  }

  @Test
  void run_sharingOnWithDataOnlyToAnActorThatDoesNotOrder_saysSoOnce() {
    // The only DATA flow runs from the segment to a marketplace that trades no goods.
    CompiledChain chain = CompiledChain.compile(SimFixtures.serialBuilder(100, 10, 5, TERMS, TERMS)
        .actor("p", Role.P).data("c", "p", 1).build());

    SimulationResult r = Simulation.of(chain).run(Scenario.of(10));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Diagnostic.Code.SHARING_WITHOUT_DATA_PATH);
      assertThat(d.actorId()).isEmpty();
      assertThat(d.message()).contains("no DATA path from a consumer segment reaches an actor that orders");
    });
  }

  @Test
  void run_segmentWithDemandAndNoSeller_warnsNamingIt() {
    CompiledChain chain = CompiledChain.compile(SimFixtures.serialBuilder(100, 10, 5, TERMS, TERMS)
        .actor(Actor.builder().id("lonely").role(Role.C).demand(7).build()).build());

    SimulationResult r = Simulation.of(chain).run(Scenario.of(10));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Diagnostic.Code.SEGMENT_WITHOUT_SELLER);
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.actorId()).isEqualTo(Optional.of("lonely"));
      assertThat(d.message()).contains("lonely").contains("no seller");
    });
  }

  @Test
  void run_eventAfterTheEnd_warns() {
    SimulationResult r = Simulation.of(serial()).run(Scenario.builder(20)
        .event(Event.demandShock("c", 5, 8, 2)).event(Event.demandShock("c", 20, 30, 2)).build());

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Diagnostic.Code.EVENT_AFTER_END);
      assertThat(d.message()).contains("tick 20").contains("last tick 19").contains("never applies");
    });
  }

  @Test
  void run_recorderForRoleWithoutActors_saysNoActorsOfThatRole() {
    SimulationResult r = Simulation.of(serial()).run(Scenario.builder(10).record(Series.ORDERS, Role.P).build());

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Diagnostic.Code.RECORDER_WITHOUT_ACTORS);
      assertThat(d.message()).contains("no actors of role P");
    });
    assertThat(r.diagnostics()).isUnmodifiable();
  }

  @Test
  void run_steadyStartWithZeroNominalDemandAndAProcess_warnsOfTheTransient() {
    CompiledChain chain = SimFixtures.serial(100, 10, 0, TERMS, TERMS);

    SimulationResult r = Simulation.of(chain).run(Scenario.builder(10).demand(DemandProcesses.normal(5, 1)).build());
    SimulationResult warm = Simulation.of(chain).run(Scenario.builder(10).warmUp(5)
        .demand(DemandProcesses.normal(5, 1)).build());

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Diagnostic.Code.TRANSIENT_FROM_ZERO_NOMINAL_DEMAND);
      assertThat(d.actorId()).isEqualTo(Optional.of("c"));
    });
    assertThat(warm.diagnostics()).isEmpty();
  }

  @Test
  void measure_roleWithoutActors_saysNoActorsOfThatRole() {
    SimulationResult r = Simulation.of(serial()).run(Scenario.builder(10)
        .demand(DemandProcesses.normal(5, 1)).build());

    for (Measure m : new Measure[] {Measure.bullwhip(Role.P), Measure.fillRate(Role.P), Measure.profit(Role.P),
        Measure.valueCaptureShare(Role.P)}) {
      assertThatThrownBy(() -> m.function().applyAsDouble(r)).as(m.name())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no actors of role P")
          .hasMessageNotContaining("orders nothing");
    }
    assertThat(r.metrics(Role.P).actors()).isZero();
  }
}
