package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.valueloop.sim.Adoption;
import io.valueloop.sim.Churn;
import io.valueloop.sim.Conversion;
import io.valueloop.sim.Leaving;
import io.valueloop.sim.Scenario;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario files carry role dynamics — conversions, adoptions, churn — round trip exact and valid by the schema. */
class RolesFilesTest {

  private static Scenario scenario() {
    return Scenario.builder(60).seed(7).steadyStart(false)
        .conversion(Conversion.bass("c1", 0.01, 0.2, 40).withCandidates(List.of("b-0", "b-1")).withTakeover(0.1)
            .withChurn(0.02).withNeighbours(0.05, List.of("c2")).withOffer(2.5).withLeaving(Leaving.sellOff(0.4)))
        .conversion(Conversion.constant("c2", 0.05, 1_000_000_000_000L).withCandidates(List.of("d-0"))
            .withTakeover(0.2))
        .adoption(Adoption.bass("w", "s", 0.03, 0.4).withBusinesses(List.of("B0", "B1")))
        .adoption(Adoption.constant("w2", "s", 0.1).withBusinesses(List.of("B2")))
        .churn(Churn.of(List.of("B0", "B1")).withHazard(0.01).withProfitFloor(6, -1.5)
            .withLeaving(Leaving.returnToSupplier()))
        .churn(Churn.of(List.of("B2")).withProfitFloor(3, 0).withLeaving(Leaving.lose()))
        .build();
  }

  private static String text(Scenario scenario) throws Exception {
    StringWriter out = new StringWriter();
    ModelFiles.writeScenario(scenario, out);
    return out.toString();
  }

  @Test
  void scenario_withRoleDynamics_roundTripsExactly() throws Exception {
    Scenario scenario = scenario();

    Scenario read = ModelFiles.readScenario(new StringReader(text(scenario)), "scenario.json");

    assertThat(read.conversions()).isEqualTo(scenario.conversions());
    assertThat(read.mechanics()).isEqualTo(scenario.mechanics());
    assertThat(read.steadyStart()).isFalse();
    assertThat(text(read)).isEqualTo(text(scenario));
  }

  @Test
  void scenario_withRoleDynamics_isValidByTheSchema() throws Exception {
    assertThat(SchemaCheck.problems(ModelFiles.Kind.SCENARIO, text(scenario()))).isEmpty();
  }

  @Test
  void scenario_withoutRoleDynamics_writesNoRoleFields() throws Exception {
    assertThat(text(Scenario.of(5))).doesNotContain("conversions", "adoptions", "churn");
  }

  @Test
  void badRoleDynamics_areProblemsWithFileLineColumnAndPointer() {
    String text = "{\"format\": \"valueloop/1\", \"kind\": \"scenario\", \"ticks\": 10,\n"
        + " \"conversions\": [{\"segmentId\": \"c\", \"type\": \"bas\", \"pool\": 5, \"candidates\": [\"b\"]},\n"
        + "   {\"segmentId\": \"c\", \"type\": \"bass\", \"p\": 2, \"q\": 0.1, \"pool\": 5, \"candidates\": [\"b\"]}],\n"
        + " \"adoptions\": [{\"wholesalerId\": \"w\", \"platformId\": \"w\", \"type\": \"constant\", \"hazard\": 0.1,"
        + " \"businesses\": [\"B\"]}],\n"
        + " \"churn\": [{\"actorIds\": [\"B\"], \"hazard\": 0.1, \"leaving\": {\"type\": \"sellOff\"},"
        + " \"profitFlor\": 3}]}";

    ModelFileException e = catchThrowableOfType(ModelFileException.class,
        () -> ModelFiles.readScenario(new StringReader(text), "roles.json"));

    assertThat(e.problems()).extracting(ModelFileException.Problem::field).containsExactly(
        "/conversions/0/type", "/conversions/1", "/adoptions/0", "/churn/0/leaving", "/churn/0/profitFlor");
    assertThat(e.problems()).extracting(ModelFileException.Problem::file).containsOnly("roles.json");
    assertThat(e.problems()).extracting(ModelFileException.Problem::line).containsExactly(2, 3, 4, 5, 5);
    assertThat(e.problems().get(0).message()).contains("type must be one of bass, constant", "did you mean bass?");
    assertThat(e.problems().get(1).message()).contains("innovation p must be in [0, 1] but was 2");
    assertThat(e.problems().get(2).message()).contains("platform id must differ from the wholesaler id");
    assertThat(e.problems().get(3).message()).contains("field 'priceFactor' must be present but was missing");
    assertThat(e.problems().get(4).message()).contains("did you mean profitFloor?");
    assertThat(e.problems().get(0).column()).isPositive();
  }
}
