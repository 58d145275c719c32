package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GoodsTermsTest {

  private static final GoodsTerms BASE = new GoodsTerms(5, 2, 1, 100, 0.5, 2, "flour");

  @Test
  void defaults_areFreeInstantUnlimitedSoleSupplyOfOneUnit() {
    GoodsTerms terms = GoodsTerms.defaults();

    assertThat(terms.price()).isZero();
    assertThat(terms.leadTime()).isZero();
    assertThat(terms.orderDelay()).isZero();
    assertThat(terms.capacity()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(terms.share()).isEqualTo(1);
    assertThat(terms.inputCoefficient()).isEqualTo(1);
    assertThat(terms.input()).isEmpty();
    assertThat(terms.totalDelay()).isZero();
  }

  @Test
  void defaults_isOneSharedInstance() {
    assertThat(GoodsTerms.defaults()).isSameAs(GoodsTerms.defaults());
  }

  @Test
  void builder_setsPriceLeadTimeAndOrderDelayOverDefaults() {
    assertThat(GoodsTerms.builder().price(5).leadTime(2).orderDelay(1).build())
        .isEqualTo(new GoodsTerms(5, 2, 1, Double.POSITIVE_INFINITY, 1, 1, ""))
        .isEqualTo(GoodsTerms.defaults().withPrice(5).withLeadTime(2).withOrderDelay(1));
  }

  @Test
  void builder_setsEveryTermByName() {
    GoodsTerms terms = GoodsTerms.builder().price(4).leadTime(2).orderDelay(1).capacity(30).share(0.5)
        .inputCoefficient(2).input("steel").build();

    assertThat(terms).isEqualTo(new GoodsTerms(4, 2, 1, 30, 0.5, 2, "steel"));
    assertThat(GoodsTerms.builder().build()).isEqualTo(GoodsTerms.defaults());
  }

  @Test
  void builder_isTheOnlyFactoryBesideDefaults() {
    assertThat(Arrays.stream(GoodsTerms.class.getMethods())
        .filter(method -> Modifier.isStatic(method.getModifiers()))
        .map(Method::getName))
        .containsExactlyInAnyOrder("builder", "defaults");
  }

  @Test
  void kind_isGoods() {
    assertThat(BASE.kind()).isEqualTo(FlowKind.GOODS);
  }

  @Test
  void totalDelay_isOrderDelayPlusLeadTime() {
    assertThat(GoodsTerms.builder().price(0).leadTime(2).orderDelay(1).build().totalDelay()).isEqualTo(3);
    assertThat(GoodsTerms.builder().price(0).leadTime(0).orderDelay(4).build().totalDelay()).isEqualTo(4);
    assertThat(GoodsTerms.builder().price(0).leadTime(3).orderDelay(0).build().totalDelay()).isEqualTo(3);
  }

  @Test
  void totalDelay_overflowingAnInt_throws() {
    GoodsTerms terms = GoodsTerms.builder().price(0).leadTime(Integer.MAX_VALUE).orderDelay(1).build();

    assertThatThrownBy(terms::totalDelay).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void withPrice_changesOnlyThePrice() {
    assertThat(BASE.withPrice(7)).isEqualTo(new GoodsTerms(7, 2, 1, 100, 0.5, 2, "flour"));
  }

  @Test
  void withLeadTime_changesOnlyTheLeadTime() {
    assertThat(BASE.withLeadTime(4)).isEqualTo(new GoodsTerms(5, 4, 1, 100, 0.5, 2, "flour"));
  }

  @Test
  void withOrderDelay_changesOnlyTheOrderDelay() {
    assertThat(BASE.withOrderDelay(3)).isEqualTo(new GoodsTerms(5, 2, 3, 100, 0.5, 2, "flour"));
  }

  @Test
  void withCapacity_changesOnlyTheCapacity() {
    assertThat(BASE.withCapacity(40)).isEqualTo(new GoodsTerms(5, 2, 1, 40, 0.5, 2, "flour"));
  }

  @Test
  void withShare_changesOnlyTheShare() {
    assertThat(BASE.withShare(0.25)).isEqualTo(new GoodsTerms(5, 2, 1, 100, 0.25, 2, "flour"));
  }

  @Test
  void withInputCoefficient_changesOnlyTheCoefficient() {
    assertThat(BASE.withInputCoefficient(0.3)).isEqualTo(new GoodsTerms(5, 2, 1, 100, 0.5, 0.3, "flour"));
  }

  @Test
  void withInput_changesOnlyTheInputName() {
    assertThat(BASE.withInput("sugar")).isEqualTo(new GoodsTerms(5, 2, 1, 100, 0.5, 2, "sugar"));
    assertThat(BASE.withInput("")).isEqualTo(new GoodsTerms(5, 2, 1, 100, 0.5, 2, ""));
  }

  @Test
  void withers_leaveTheOriginalUnchanged() {
    BASE.withPrice(1).withLeadTime(0).withOrderDelay(0).withCapacity(1).withShare(1).withInputCoefficient(1)
        .withInput("");

    assertThat(BASE).isEqualTo(new GoodsTerms(5, 2, 1, 100, 0.5, 2, "flour"));
  }

  @Test
  void constructor_doesNotCheckValues() {
    GoodsTerms terms = new GoodsTerms(Double.NaN, -1, -2, -3, 7, Double.NEGATIVE_INFINITY, "x");

    assertThat(terms.price()).isNaN();
    assertThat(terms.totalDelay()).isEqualTo(-3);
  }

  @Test
  void constructor_rejectsNullInput() {
    assertThatNullPointerException()
        .isThrownBy(() -> new GoodsTerms(1, 0, 0, 1, 1, 1, null))
        .withMessage("input must not be null (use \"\" for the seller's role)");
    assertThatNullPointerException().isThrownBy(() -> BASE.withInput(null));
  }

  @Test
  void equals_byAllComponents() {
    new EqualsTester()
        .addEqualityGroup(BASE, new GoodsTerms(5, 2, 1, 100, 0.5, 2, "flour"), BASE.withPrice(5))
        .addEqualityGroup(BASE.withPrice(6))
        .addEqualityGroup(BASE.withLeadTime(3))
        .addEqualityGroup(BASE.withOrderDelay(2))
        .addEqualityGroup(BASE.withCapacity(Double.POSITIVE_INFINITY))
        .addEqualityGroup(BASE.withShare(1))
        .addEqualityGroup(BASE.withInputCoefficient(1))
        .addEqualityGroup(BASE.withInput(""))
        .addEqualityGroup(GoodsTerms.defaults(), GoodsTerms.builder().price(0).leadTime(0).orderDelay(0).build())
        .testEquals();
  }

  @Test
  void inputName_isTheSellersRoleLetterUnlessNamed() {
    assertThat(GoodsTerms.defaults().inputName(Role.S)).isEqualTo("S");
    assertThat(GoodsTerms.defaults().inputName(Role.M)).isEqualTo("M");
    assertThat(GoodsTerms.defaults().withInput("steel").inputName(Role.M)).isEqualTo("steel");
  }
}
