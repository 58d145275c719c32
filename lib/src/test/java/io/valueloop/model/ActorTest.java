package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActorTest {

  @Test
  void of_hasDefaultParameters() {
    Actor actor = Actor.of("shop-1", Role.B);

    assertThat(actor.id()).isEqualTo("shop-1");
    assertThat(actor.name()).isEqualTo("shop-1");
    assertThat(actor.role()).isEqualTo(Role.B);
    assertThat(actor.capacity()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(actor.unitCost()).isZero();
    assertThat(actor.holdingCost()).isZero();
    assertThat(actor.backlogCost()).isZero();
    assertThat(actor.initialInventory()).isZero();
    assertThat(actor.demand()).isZero();
    assertThat(actor.attributes()).isEmpty();
  }

  @Test
  void of_equalsBuilderWithIdAndRole() {
    assertThat(Actor.of("s", Role.S)).isEqualTo(Actor.builder().id("s").role(Role.S).build());
  }

  @Test
  void of_rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> Actor.of(null, Role.S));
    assertThatNullPointerException().isThrownBy(() -> Actor.of("s", null));
  }

  @Test
  void builder_setsEveryParameter() {
    Actor actor = Actor.builder()
        .id("c1")
        .name("Students")
        .role(Role.C)
        .capacity(40)
        .unitCost(1.5)
        .holdingCost(0.5)
        .backlogCost(2)
        .initialInventory(12)
        .demand(4)
        .putAttributes("channel", "online")
        .build();

    assertThat(actor.id()).isEqualTo("c1");
    assertThat(actor.name()).isEqualTo("Students");
    assertThat(actor.role()).isEqualTo(Role.C);
    assertThat(actor.capacity()).isEqualTo(40);
    assertThat(actor.unitCost()).isEqualTo(1.5);
    assertThat(actor.holdingCost()).isEqualTo(0.5);
    assertThat(actor.backlogCost()).isEqualTo(2);
    assertThat(actor.initialInventory()).isEqualTo(12);
    assertThat(actor.demand()).isEqualTo(4);
    assertThat(actor.attributes()).containsExactly(Map.entry("channel", "online"));
  }

  @Test
  void builder_nameDefaultsToTheIdWhateverTheOrderOfSetters() {
    assertThat(Actor.builder().role(Role.S).id("late-id").build().name()).isEqualTo("late-id");
  }

  @Test
  void builder_requiresIdAndRole() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Actor.builder().build())
        .withMessageContaining("[id, role]");
    assertThatIllegalStateException()
        .isThrownBy(() -> Actor.builder().id("a").build())
        .withMessageContaining("[role]");
    assertThatIllegalStateException()
        .isThrownBy(() -> Actor.builder().role(Role.B).build())
        .withMessageContaining("[id]");
  }

  @Test
  void build_withoutIdOrRoleSaysSoInTheLibrarysMessageForm() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Actor.builder().role(Role.B).build())
        .withMessage("actor [id] must be set but was missing (Actor.builder())");
    assertThatIllegalStateException()
        .isThrownBy(() -> Actor.builder().build())
        .withMessage("actor [id, role] must be set but was missing (Actor.builder())");
  }

  static Stream<Arguments> setters() {
    return Stream.of(
        Arguments.of("id", (Consumer<Actor.Builder>) b -> b.id("x")),
        Arguments.of("name", (Consumer<Actor.Builder>) b -> b.name("x")),
        Arguments.of("role", (Consumer<Actor.Builder>) b -> b.role(Role.M)),
        Arguments.of("capacity", (Consumer<Actor.Builder>) b -> b.capacity(1)),
        Arguments.of("unitCost", (Consumer<Actor.Builder>) b -> b.unitCost(1)),
        Arguments.of("holdingCost", (Consumer<Actor.Builder>) b -> b.holdingCost(1)),
        Arguments.of("backlogCost", (Consumer<Actor.Builder>) b -> b.backlogCost(1)),
        Arguments.of("initialInventory", (Consumer<Actor.Builder>) b -> b.initialInventory(1)),
        Arguments.of("demand", (Consumer<Actor.Builder>) b -> b.demand(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void builder_rejectsSettingAnAttributeTwice(String attribute, Consumer<Actor.Builder> setter) {
    Actor.Builder builder = Actor.builder();
    setter.accept(builder);

    assertThatIllegalStateException()
        .isThrownBy(() -> setter.accept(builder))
        .withMessage("Builder of Actor is strict, attribute is already set: " + attribute);
  }

  @Test
  void builder_rejectsARepeatedAttributeKey() {
    Actor.Builder builder = Actor.builder().id("a").role(Role.B)
        .putAttributes("channel", "online")
        .putAttributes("channel", "offline");

    assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("channel");
  }

  @Test
  void attributes_keepInsertionOrder() {
    Actor actor = Actor.builder().id("a").role(Role.B)
        .putAttributes("zone", "north")
        .putAttributes(Map.entry("channel", "online"))
        .putAllAttributes(Map.of("tier", "gold"))
        .build();

    assertThat(actor.attributes().keySet()).containsExactly("zone", "channel", "tier");
  }

  @Test
  void attributes_areUnmodifiable() {
    Actor actor = Actor.builder().id("a").role(Role.B).putAttributes("k", "v").build();

    assertThatThrownBy(() -> actor.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> actor.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_doesNotCheckValues() {
    Actor actor = Actor.builder().id(" ").role(Role.B).capacity(Double.NaN).demand(-1).build();

    assertThat(actor.capacity()).isNaN();
    assertThat(actor.demand()).isEqualTo(-1);
  }

  @Test
  void equals_byEveryParameter() {
    Actor base = Actor.of("a", Role.B);
    new EqualsTester()
        .addEqualityGroup(base, Actor.of("a", Role.B), Actor.builder().id("a").name("a").role(Role.B).build())
        .addEqualityGroup(Actor.of("b", Role.B))
        .addEqualityGroup(Actor.builder().id("a").name("A shop").role(Role.B).build())
        .addEqualityGroup(Actor.of("a", Role.S))
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).capacity(10).build())
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).unitCost(1).build())
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).holdingCost(1).build())
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).backlogCost(1).build())
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).initialInventory(1).build())
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).demand(1).build())
        .addEqualityGroup(Actor.builder().id("a").role(Role.B).putAttributes("k", "v").build(),
            Actor.builder().id("a").role(Role.B).putAttributes("k", "v").build())
        .testEquals();
  }

  @Test
  void publicEntries_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Actor.class);
    tester.testAllPublicInstanceMethods(Actor.builder());
  }
}
