package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.NullPointerTester;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlowKindTest {

  /**
   * The table of the class Javadoc, written out by hand: for each kind, one row per source role in the order
   * S M B C P L F, and in each row one digit per target role in the same order (1 = allowed).
   */
  private static final Map<FlowKind, String[]> TABLE = new EnumMap<>(Map.of(
      FlowKind.GOODS, new String[] {
          "1111000", // S
          "1111000", // M
          "1111000", // B
          "0000000", // C
          "0000000", // P
          "0000000", // L
          "0000000", // F
      },
      FlowKind.MONEY, new String[] {
          "1110111",
          "1110111",
          "1110111",
          "1110111",
          "1110111",
          "1110111",
          "1110111",
      },
      FlowKind.DATA, new String[] {
          "1111111",
          "1111111",
          "1111111",
          "1111111",
          "1111111",
          "1111111",
          "1111111",
      },
      FlowKind.SERVICE, new String[] {
          "1111111",
          "1111111",
          "1111111",
          "0000000",
          "1111111",
          "1111111",
          "1111111",
      }));

  @Test
  void roleOrder_matchesTheTable() {
    assertThat(Role.values()).containsExactly(Role.S, Role.M, Role.B, Role.C, Role.P, Role.L, Role.F);
  }

  @ParameterizedTest
  @EnumSource(FlowKind.class)
  void allows_followsTheTableForEveryPairOfRoles(FlowKind kind) {
    String[] rows = TABLE.get(kind);
    for (Role source : Role.values()) {
      for (Role target : Role.values()) {
        boolean expected = rows[source.ordinal()].charAt(target.ordinal()) == '1';
        assertThat(kind.allows(source, target))
            .as("%s %s->%s", kind, source, target)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void allows_countsOfAllowedPairs() {
    Map<FlowKind, Integer> counts = new EnumMap<>(FlowKind.class);
    for (FlowKind kind : FlowKind.values()) {
      for (Role source : Role.values()) {
        for (Role target : Role.values()) {
          if (kind.allows(source, target)) {
            counts.merge(kind, 1, Integer::sum);
          }
        }
      }
    }

    // GOODS: 3 sellers x 4 buyers; MONEY: 7 payers x 6 payees; DATA: 7 x 7; SERVICE: 6 providers x 7.
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
        FlowKind.GOODS, 12, FlowKind.MONEY, 42, FlowKind.DATA, 49, FlowKind.SERVICE, 42));
  }

  @Test
  void allows_goodsNeverLeaveIntermediariesOrConsumers() {
    for (Role intermediary : new Role[] {Role.P, Role.L, Role.F, Role.C}) {
      for (Role other : Role.values()) {
        assertThat(FlowKind.GOODS.allows(intermediary, other)).as("%s->%s", intermediary, other).isFalse();
      }
    }
  }

  @Test
  void allowsSelfFlow_onlyForGoods() {
    assertThat(FlowKind.GOODS.allowsSelfFlow()).isTrue();
    assertThat(FlowKind.MONEY.allowsSelfFlow()).isFalse();
    assertThat(FlowKind.DATA.allowsSelfFlow()).isFalse();
    assertThat(FlowKind.SERVICE.allowsSelfFlow()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(FlowKind.class)
  void allows_rejectsNullRoles(FlowKind kind) {
    assertThatNullPointerException().isThrownBy(() -> kind.allows(null, Role.B)).withMessage("source");
    assertThatNullPointerException().isThrownBy(() -> kind.allows(Role.B, null)).withMessage("target");
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    for (FlowKind kind : FlowKind.values()) {
      tester.testAllPublicInstanceMethods(kind);
    }
  }
}
