package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recorders keep only the series asked for; observers see every tick. */
class SimulationRecordingTest {

  private static CompiledChain chain() {
    return CompiledChain.compile(ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(100).build())
        .actor(Actor.builder().id("b1").role(Role.B).initialInventory(10).build())
        .actor(Actor.builder().id("b2").role(Role.B).initialInventory(10).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(3).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(4).build())
        .trade("s", "b1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .trade("s", "b2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .trade("b1", "c1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .trade("b2", "c2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .build());
  }

  @Test
  void recording_byDefault_keepsNothing() {
    Scenario scenario = Scenario.builder(50).steadyStart(false).build();

    Recording recording = new Recording(new Topology(chain()), scenario);
    SimulationResult r = Simulation.of(chain()).run(scenario);

    assertThat(recording.data).isEmpty();
    for (Series s : Series.values()) {
      for (String id : List.of("s", "b1", "b2", "c1", "c2")) {
        assertThat(r.hasSeries(s, id)).isFalse();
      }
    }
  }

  @Test
  void recording_keepsOnlyTheActorsAndSeriesAskedFor() {
    Scenario scenario = Scenario.builder(5).steadyStart(false)
            .record(Series.ON_HAND, "b1").record(Series.ORDERS, Role.C).build();

    Recording recording = new Recording(new Topology(chain()), scenario);
    SimulationResult r = Simulation.of(chain()).run(scenario);

    // One row of 5 for b1's on-hand, two for the segments' orders: 15 doubles in all.
    assertThat(recording.data).hasNumberOfRows(2);
    assertThat(recording.data[0].length + recording.data[1].length).isEqualTo(15);
    assertThat(r.series(Series.ON_HAND, "b1")).containsExactly(7, 7, 7, 7, 7);
    assertThat(r.series(Series.ORDERS, "c2")).containsExactly(4, 4, 4, 4, 4);
    assertThat(r.hasSeries(Series.ON_HAND, "b2")).isFalse();
    assertThat(r.hasSeries(Series.ORDERS, "b1")).isFalse();
    assertThat(r.recordedActors(Series.ON_HAND)).containsExactly("b1");
    CompiledChain compiled = chain();
    assertThat(r.recordedActors(Series.ORDERS)).containsExactly(
        compiled.id(Math.min(compiled.indexOf("c1").getAsInt(), compiled.indexOf("c2").getAsInt())),
        compiled.id(Math.max(compiled.indexOf("c1").getAsInt(), compiled.indexOf("c2").getAsInt())));
    assertThat(r.recordedActors(Series.SHIPPED)).isEmpty();
    assertThatThrownBy(() -> r.series(Series.ON_HAND, "b2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series ON_HAND must be recorded by the scenario but was not (b2)");
  }

  @Test
  void series_returnsACopy() {
    SimulationResult r = Simulation.of(chain()).run(Scenario.builder(3).steadyStart(false)
            .recordAll(Series.SHIPPED).build());

    r.series(Series.SHIPPED, "b1")[0] = 99;

    assertThat(r.series(Series.SHIPPED, "b1")).containsExactly(3, 3, 3);
  }

  @Test
  void observer_isCalledAtTheEndOfEveryTick() {
    List<String> seen = new ArrayList<>();
    CompiledChain chain = chain();
    int b1 = chain.indexOf("b1").getAsInt();

    Simulation.of(chain).run(Scenario.builder(3).steadyStart(false).build(),
        view -> seen.add(view.tick() + ":" + view.value(Series.ON_HAND, b1) + ":" + view.chain().id(b1)));

    assertThat(seen).containsExactly("0:7.0:b1", "1:7.0:b1", "2:7.0:b1");
  }
}
