package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public entry of role dynamics refuses bad input with {@code <what> must be <rule> but was <value> (<id>)}. */
class RoleDynamicsInputTest {

  @Test
  void conversion_withOutOfRangeArguments_isRefusedNamingTheSegment() {
    assertThatThrownBy(() -> Conversion.bass("c", 1.5, 0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("innovation p must be in [0, 1] but was 1.5 (segment c)");
    assertThatThrownBy(() -> Conversion.bass("c", 0.6, 0.6, 10)).hasMessage("p + q must be in [0, 1] but was 1.2 "
        + "(segment c)");
    assertThatThrownBy(() -> Conversion.constant("c", 0.1, 0)).hasMessage("pool must be positive but was 0 "
        + "(segment c)");
    assertThatThrownBy(() -> Conversion.constant("c", Double.NaN, 5)).hasMessage("conversion hazard must be in "
        + "[0, 1] but was NaN (segment c)");
    Conversion c = Conversion.constant("c", 0.1, 5);
    assertThatThrownBy(() -> c.withTakeover(-0.1)).hasMessage("takeover share must be in [0, 1] but was -0.1 "
        + "(segment c)");
    assertThatThrownBy(() -> c.withChurn(2)).hasMessage("churn hazard must be in [0, 1] but was 2.0 (segment c)");
    assertThatThrownBy(() -> c.withCandidates(List.of("b", "b"))).hasMessage("candidate ids must be distinct but "
        + "were [b, b] (segment c)");
    assertThatThrownBy(() -> c.withOffer(-1)).hasMessageContaining("offer reference profit must be")
        .hasMessageEndingWith("(segment c)");
  }

  @Test
  void adoptionAndChurn_withOutOfRangeArguments_areRefusedNamingTheRule() {
    assertThatThrownBy(() -> Adoption.bass("w", "s", 0.1, -0.1)).hasMessage("imitation q must be in [0, 1] but "
        + "was -0.1 (adoption w->s)");
    assertThatThrownBy(() -> Adoption.constant("w", "s", 1.1)).hasMessage("adoption hazard must be in [0, 1] but "
        + "was 1.1 (adoption w->s)");
    assertThatThrownBy(() -> Adoption.constant("w", "s", 0.1).withBusinesses(List.of()))
        .hasMessage("number of businesses must be positive but was 0 (adoption w->s)");
    assertThatThrownBy(() -> Churn.of(List.of("B")).withProfitFloor(0, 1)).hasMessage("profit window must be "
        + "positive but was 0 (churn of B)");
    assertThatThrownBy(() -> Seats.add(ValueChain.builder(), "c", "s",
        Actor.builder().id("b").role(Role.B).build(),
        GoodsTerms.builder().build(), GoodsTerms.builder().build(), 0))
        .hasMessage("cap must be positive but was 0 (seats of b in segment c)");
    assertThatThrownBy(() -> Leaving.sellOff(1.5)).hasMessageStartingWith("sell-off price factor must be in "
        + "[0, 1] but was 1.5");
  }
}
