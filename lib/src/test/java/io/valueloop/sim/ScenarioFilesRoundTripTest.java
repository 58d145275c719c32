package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.io.ModelFiles;
import io.valueloop.io.SchemaCheck;
import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing then reading gives an equal chain and an equal scenario, on random chains and random scenarios. */
class ScenarioFilesRoundTripTest {
  @TempDir
  Path folder;

  @Test
  void writeChainThenRead_randomChains_giveEqualChains() throws Exception {
    SplittableRandom random = new SplittableRandom(2026);
    for (int i = 0; i < 300; i++) {
      ValueChain chain = RandomScenarios.chain(random);
      String text = text(chain);

      assertThat(ModelFiles.readChain(new StringReader(text), "chain.json")).isEqualTo(chain);
      assertThat(SchemaCheck.problems(ModelFiles.Kind.CHAIN, text)).isEmpty();
    }
  }

  @Test
  void writeChainThenRead_oddIdsAttributesAndDoubles_giveAnEqualChain() throws Exception {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("b \"1\"/\\ü").role(Role.B).name("Zoë's — shop\n2").capacity(Double.MIN_VALUE)
            .unitCost(0.1 + 0.2).holdingCost(1e-300).backlogCost(1e12).initialInventory(-0.0)
            .putAttributes("empty", "").putAttributes("emoji", "\uD83D\uDE00").build())
        .actor(Actor.builder().id("c").role(Role.C).demand(123456789.123456789).build())
        .trade("b \"1\"/\\ü", "c", io.valueloop.model.GoodsTerms.defaults().withPrice(Math.PI).withLeadTime(3)
            .withCapacity(4.9e-324))
        .build();

    assertThat(ModelFiles.readChain(new StringReader(text(chain)), "chain.json")).isEqualTo(chain);
  }

  @Test
  void writeScenarioThenRead_randomScenarios_giveEqualScenarios() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 300; i++) {
      ValueChain chain = RandomScenarios.chain(random);
      Scenario scenario = RandomFileScenarios.scenario(random, chain);
      StringWriter out = new StringWriter();
      ModelFiles.writeScenario(scenario, out);

      assertSameScenario(ModelFiles.readScenario(new StringReader(out.toString()), "scenario.json"), scenario);
      assertThat(SchemaCheck.problems(ModelFiles.Kind.SCENARIO, out.toString())).isEmpty();
    }
  }

  @Test
  void writeScenarioToAFileThenRead_givesAnEqualScenario() throws Exception {
    Scenario scenario = RandomFileScenarios.scenario(new SplittableRandom(3),
        RandomScenarios.chain(new SplittableRandom(3)));
    Path file = folder.resolve("scenario.json");
    ModelFiles.writeScenario(scenario, file);

    assertSameScenario(ModelFiles.readScenario(file), scenario);
    assertThat(folder.toFile().list()).containsExactly("scenario.json");
  }

  @Test
  void writeScenario_customPolicy_isRefusedNamingIt() {
    Scenario scenario = Scenario.builder(10).policy(OrderingPolicy.of(v -> 1)).build();

    assertThatThrownBy(() -> ModelFiles.writeScenario(scenario, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy must be made by Policies");
  }

  static void assertSameScenario(Scenario actual, Scenario expected) {
    assertThat(actual.ticks()).isEqualTo(expected.ticks());
    assertThat(actual.warmUp()).isEqualTo(expected.warmUp());
    assertThat(actual.seed()).isEqualTo(expected.seed());
    assertThat(actual.replication()).isEqualTo(expected.replication());
    assertThat(actual.defaultPolicy()).isEqualTo(expected.defaultPolicy());
    assertThat(actual.rolePolicies()).isEqualTo(expected.rolePolicies());
    assertThat(actual.actorPolicies()).containsExactlyEntriesOf(expected.actorPolicies());
    assertThat(actual.defaultDemand()).isEqualTo(expected.defaultDemand());
    assertThat(actual.segmentDemand()).containsExactlyEntriesOf(expected.segmentDemand());
    assertThat(actual.informationSharing()).isEqualTo(expected.informationSharing());
    assertThat(actual.negativeOrders()).isEqualTo(expected.negativeOrders());
    assertThat(actual.productionLeadTime()).isEqualTo(expected.productionLeadTime());
    assertThat(actual.steadyStart()).isEqualTo(expected.steadyStart());
    assertThat(actual.events()).isEqualTo(expected.events());
    assertThat(actual.recordedActors()).isEqualTo(expected.recordedActors());
    assertThat(actual.recordedRoles()).isEqualTo(expected.recordedRoles());
    assertThat(actual.recordedForAll()).isEqualTo(expected.recordedForAll());
    assertThat(actual.conservationCheck()).isEqualTo(expected.conservationCheck());
  }

  private static String text(ValueChain chain) throws Exception {
    StringWriter out = new StringWriter();
    ModelFiles.writeChain(chain, out);
    return out.toString();
  }

  /** Random scenarios of the library's own policies, demand processes and events: what a file can hold. */
  static final class RandomFileScenarios {
    private RandomFileScenarios() {}

    static Scenario scenario(SplittableRandom r, ValueChain chain) {
      int ticks = 1 + r.nextInt(400);
      Scenario.Builder s = Scenario.builder(ticks).warmUp(r.nextInt(ticks)).seed(r.nextLong())
          .replication(r.nextInt(1000)).negativeOrders(r.nextBoolean()).steadyStart(r.nextBoolean())
          .informationSharing(r.nextBoolean()).productionLeadTime(1 + r.nextInt(5))
          .conservationCheck(r.nextBoolean());
      if (r.nextBoolean()) {
        s.policy(policy(r));
      }
      for (Role role : Role.values()) {
        if (r.nextInt(4) == 0) {
          s.policy(role, policy(r));
        }
      }
      List<Actor> actors = chain.actors();
      for (Actor actor : actors) {
        if (r.nextInt(3) == 0) {
          s.policy(actor.id(), policy(r));
        }
        if (actor.role() == Role.C && r.nextBoolean()) {
          s.demand(actor.id(), demand(r));
        }
      }
      if (r.nextBoolean()) {
        s.demand(demand(r));
      }
      int events = r.nextInt(6);
      for (int e = 0; e < events; e++) {
        String a = actors.get(r.nextInt(actors.size())).id();
        String b = actors.get(r.nextInt(actors.size())).id();
        int from = r.nextInt(ticks + 5);
        int to = from + 1 + r.nextInt(9);
        switch (r.nextInt(6)) {
          case 0 -> s.event(Event.actorOutage(a, from, to));
          case 1 -> s.event(Event.linkOutage(a, b, from, to));
          case 2 -> s.event(Event.capacityShock(a, from, to, 3 * r.nextDouble()));
          case 3 -> s.event(Event.demandShock(a, from, to, 3 * r.nextDouble()));
          case 4 -> s.event(Event.priceChange(a, b, from, 9 * r.nextDouble()));
          default -> s.event(Event.policyChange(a, from, policy(r)));
        }
      }
      Series[] series = Series.values();
      if (r.nextBoolean()) {
        s.recordAll(series[r.nextInt(series.length)]);
      }
      if (r.nextBoolean()) {
        s.record(series[r.nextInt(series.length)], Role.values()[r.nextInt(Role.values().length)]);
      }
      if (r.nextBoolean()) {
        s.record(series[r.nextInt(series.length)], actors.get(0).id(), actors.get(actors.size() - 1).id());
      }
      return s.build();
    }

    static OrderingPolicy policy(SplittableRandom r) {
      Forecast forecast = r.nextBoolean() ? Forecast.movingAverage(1 + r.nextInt(12))
          : Forecast.exponentialSmoothing(Math.max(Double.MIN_VALUE, r.nextDouble()));
      return switch (r.nextInt(7)) {
        case 0 -> Policies.lotForLot();
        case 1 -> Policies.orderUpTo(forecast, 3 * r.nextDouble());
        case 2 -> Policies.orderUpTo(forecast, -r.nextDouble(), 1 + r.nextInt(40));
        case 3 -> {
          double s = 50 * r.nextDouble();
          yield Policies.reorderPoint(s, s + 50 * r.nextDouble());
        }
        case 4 -> Policies.fixedQuantity(20 * r.nextDouble());
        case 5 -> Policies.beerGameAnchoring();
        default -> Policies.anchoring(r.nextDouble(), r.nextDouble(), r.nextDouble(), 30 * r.nextDouble());
      };
    }

    static DemandProcess demand(SplittableRandom r) {
      return switch (r.nextInt(9)) {
        case 0 -> DemandProcesses.constant(20 * r.nextDouble());
        case 7 -> {
          double min = r.nextInt(4) == 0 ? 0 : 30 * r.nextDouble();
          yield DemandProcesses.uniform(min, r.nextInt(5) == 0 ? min : min + 30 * r.nextDouble());
        }
        case 1 -> DemandProcesses.step(10 * r.nextDouble(), 10 * r.nextDouble(), r.nextInt(50));
        case 2 -> DemandProcesses.normal(100 * r.nextDouble(), 10 * r.nextDouble());
        case 3 -> DemandProcesses.truncatedNormal(100 * r.nextDouble(), 1 + 10 * r.nextDouble());
        case 4 -> DemandProcesses.poisson(50 * r.nextDouble());
        case 5 -> DemandProcesses.ar1(100 * r.nextDouble(), 1.8 * r.nextDouble() - 0.9, 10 * r.nextDouble());
        case 6 -> DemandProcesses.seasonal(50 + 50 * r.nextDouble(), 20 * r.nextDouble(), 1 + 30 * r.nextDouble(),
            5 * r.nextDouble());
        default -> DemandProcesses.replay(r.doubles(1 + r.nextInt(20), 0, 40).toArray());
      };
    }
  }
}
