package io.valueloop.analysis;

import static io.valueloop.analysis.Chains.GOODS;
import static io.valueloop.analysis.Chains.consumer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ConcentrationTest {
  private static final Offset<Double> TOLERANCE = within(1e-12);

  @Test
  void of_diamondIndexesSuppliersAndRoles() {
    // c sources input B 0.3 / 0.7: 0.09 + 0.49 = 0.58. Each b has one supplier: 1.
    // Roles by traced throughput: B 30 / 70 of 100 again gives 0.58; S and C have one actor each: 1.
    Concentration result = Concentration.of(Chains.diamond());

    assertThat(result.supplierIndex()).containsOnlyKeys("b1", "b2", "c");
    assertThat(result.supplierIndex().get("b1").get("S")).isCloseTo(1.0, TOLERANCE);
    assertThat(result.supplierIndex().get("c").get("B")).isCloseTo(0.58, TOLERANCE);
    assertThat(result.roleIndex()).containsOnlyKeys(Role.S, Role.B, Role.C);
    assertThat(result.roleIndex().get(Role.S)).isCloseTo(1.0, TOLERANCE);
    assertThat(result.roleIndex().get(Role.B)).isCloseTo(0.58, TOLERANCE);
    assertThat(result.roleIndex().get(Role.C)).isCloseTo(1.0, TOLERANCE);
  }

  @Test
  void of_twoSegmentsWeighRolesByTracedThroughput() {
    // c2 splits 0.5 / 0.5: 0.5. Throughput b1 = 80, b2 = 20 of 100: 0.64 + 0.04 = 0.68.
    // Consumers 60 / 40: 0.36 + 0.16 = 0.52.
    Concentration result = Concentration.of(Chains.twoSegments());

    assertThat(result.supplierIndex().get("c1").get("B")).isCloseTo(1.0, TOLERANCE);
    assertThat(result.supplierIndex().get("c2").get("B")).isCloseTo(0.5, TOLERANCE);
    assertThat(result.roleIndex().get(Role.B)).isCloseTo(0.68, TOLERANCE);
    assertThat(result.roleIndex().get(Role.C)).isCloseTo(0.52, TOLERANCE);
  }

  @Test
  void of_buyerWithTwoInputsGetsAnIndexPerInput() {
    // b sources input S half from s1, half from s2 (0.25 + 0.25 = 0.5) and "packaging" all from m (1).
    // p serves b but carries no goods, so role P has no index; M and S do.
    ValueChain chain = ValueChain.builder()
        .actor("s1", Role.S)
        .actor("s2", Role.S)
        .actor("m", Role.M)
        .actor("b", Role.B)
        .actor(consumer("c", 10))
        .actor("p", Role.P)
        .trade("s1", "b", GOODS.withShare(0.5))
        .trade("s2", "b", GOODS.withShare(0.5))
        .trade("m", "b", GOODS.withInput("packaging"))
        .trade("b", "c", GOODS)
        .service("p", "b", ServiceTerms.fee(5))
        .build();

    Concentration result = Concentration.of(chain);

    assertThat(result.supplierIndex().get("b")).containsOnlyKeys("S", "packaging");
    assertThat(result.supplierIndex().get("b").get("S")).isCloseTo(0.5, TOLERANCE);
    assertThat(result.supplierIndex().get("b").get("packaging")).isCloseTo(1.0, TOLERANCE);
    assertThat(result.roleIndex()).containsOnlyKeys(Role.S, Role.M, Role.B, Role.C);
    assertThat(result.roleIndex().get(Role.S)).isCloseTo(0.5, TOLERANCE);
  }

  @Test
  void of_ownUseCountsAmongTheSuppliers() {
    // b sources input S 0.2 from itself and 0.8 from s: 0.04 + 0.64 = 0.68.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .actor(consumer("c", 50))
        .trade("s", "b", GOODS.withShare(0.8))
        .goods("b", "b", GOODS.withShare(0.2).withInput("S"))
        .trade("b", "c", GOODS)
        .build();

    Concentration result = Concentration.of(chain);

    assertThat(result.supplierIndex().get("b").get("S")).isCloseTo(0.68, TOLERANCE);
  }
}
