package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.sim.ChannelPlan;
import io.valueloop.sim.ChannelSetup;
import io.valueloop.sim.Fault;
import io.valueloop.sim.Policies;
import io.valueloop.sim.RandomLeadTime;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Shortage;
import io.valueloop.sim.SourcingRule;
import io.valueloop.sim.Switching;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Scenario files carry the mechanics of issue 11 and the new policies, round trip exact and valid by the schema. */
class MechanicsFilesTest {

  private static Scenario scenario() {
    return Scenario.builder(50).seed(3)
        .policy("b", Policies.reorderLot(4, 10)).policy("s", Policies.echelonBaseStock(30))
        .policy("m", Policies.periodicReview(3, 1, 40))
        .shortage(Shortage.lost()).shortage("c2", Shortage.patience(3)).shortage("s", "b", Shortage.backorder())
        .fault(Fault.actor("m", Fault.Duration.geometric(0.05), Fault.Duration.fixed(4)).destroying(0.5))
        .fault(Fault.link("s", "b", Fault.Duration.fixed(10), Fault.Duration.geometric(0.5)))
        .leadTime("m", "s", RandomLeadTime.of(new int[] {1, 3}, new double[] {0.25, 0.75}))
        .sourcing(SourcingRule.SHARES_OF_UP).sourcing("b", SourcingRule.CHEAPEST_AVAILABLE)
        .sourcing("s", SourcingRule.PRIMARY_BACKUP).switching("s", Switching.of(0.8, 4, 6))
        .channels(ChannelPlan.builder().onlineShare(0.25).onlineShare("c2", 0.6).shareChange(20, "c2", 0.9)
            .business("b", ChannelSetup.dropShip("s", 0.5, 2).withOnlineTerms(1.1, 0.2))
            .business("b2", ChannelSetup.shipFromStore(3).withIntegrated(false).withLostSales(false, true)).build())
        .build();
  }

  private static String text(Scenario scenario) throws Exception {
    StringWriter out = new StringWriter();
    ModelFiles.writeScenario(scenario, out);
    return out.toString();
  }

  @Test
  void scenario_withMechanicsAndNewPolicies_roundTripsExactly() throws Exception {
    Scenario scenario = scenario();

    Scenario read = ModelFiles.readScenario(new StringReader(text(scenario)), "scenario.json");

    assertThat(read.mechanics()).isEqualTo(scenario.mechanics());
    assertThat(read.actorPolicies()).isEqualTo(scenario.actorPolicies());
    assertThat(text(read)).isEqualTo(text(scenario));
  }

  @Test
  void scenario_withMechanics_isValidByTheSchema() throws Exception {
    assertThat(SchemaCheck.problems(ModelFiles.Kind.SCENARIO, text(scenario()))).isEmpty();
  }

  @Test
  void scenario_withoutMechanics_writesNoMechanicsFields() throws Exception {
    assertThat(text(Scenario.of(5))).doesNotContain("shortage", "faults", "leadTimes", "channels", "switching");
  }

  @Test
  void badMechanics_areProblemsWithTheirJsonPointers() {
    String text = "{\"format\": \"valueloop/1\", \"kind\": \"scenario\", \"ticks\": 10,"
        + " \"shortage\": {\"default\": {\"type\": \"lose\"}},"
        + " \"faults\": [{\"actorId\": \"m\", \"timeToFailure\": {\"type\": \"geometric\", \"probability\": 2},"
        + " \"timeToRepair\": {\"type\": \"fixed\", \"ticks\": 1}}],"
        + " \"leadTimes\": [{\"sellerId\": \"m\", \"buyerId\": \"s\", \"ticks\": [1, 2], \"probabilities\": [0.5]}],"
        + " \"sourcing\": {\"switching\": {\"s\": {\"threshold\": 1.5}}},"
        + " \"channels\": {\"onlineShare\": 0.5, \"businesses\": {\"b\": {\"onlineLeadTime\": 0}}}}";

    assertThatThrownBy(() -> ModelFiles.readScenario(new StringReader(text), "bad.json"))
        .isInstanceOf(ModelFileException.class)
        .hasMessageContaining("/shortage/default/type")
        .hasMessageContaining("lost")
        .hasMessageContaining("/faults/0/timeToFailure")
        .hasMessageContaining("spell-ending probability must be in (0, 1] but was 2.0")
        .hasMessageContaining("/leadTimes/0")
        .hasMessageContaining("lead times and probabilities must be non-empty and of equal length")
        .hasMessageContaining("/sourcing/switching/s")
        .hasMessageContaining("switching threshold must be in [0, 1] but was 1.5")
        .hasMessageContaining("/channels/businesses/b")
        .hasMessageContaining("online lead time must be in [1, 2^20] ticks but was 0");
  }
}
