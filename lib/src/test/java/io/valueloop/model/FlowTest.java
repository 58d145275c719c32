package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class FlowTest {

  @Test
  void kind_isTheKindOfTheTerms() {
    assertThat(new Flow("s", "b", GoodsTerms.defaults()).kind()).isEqualTo(FlowKind.GOODS);
    assertThat(new Flow("b", "s", MoneyTerms.PAYMENT).kind()).isEqualTo(FlowKind.MONEY);
    assertThat(new Flow("c", "s", DataTerms.of(1)).kind()).isEqualTo(FlowKind.DATA);
    assertThat(new Flow("p", "b", ServiceTerms.fee(1)).kind()).isEqualTo(FlowKind.SERVICE);
  }

  @Test
  void toString_isKindSourceArrowTarget() {
    assertThat(new Flow("s", "b1", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build())).hasToString("GOODS s->b1");
    assertThat(new Flow("b1", "s", MoneyTerms.PAYMENT)).hasToString("MONEY b1->s");
    assertThat(new Flow("c", "s", DataTerms.of(2))).hasToString("DATA c->s");
    assertThat(new Flow("p", "b", ServiceTerms.takeRate(0.1, FeeBase.CONSUMER_REVENUE)))
        .hasToString("SERVICE p->b");
  }

  @Test
  void accessors_returnTheComponents() {
    Flow flow = new Flow("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build());

    assertThat(flow.source()).isEqualTo("s");
    assertThat(flow.target()).isEqualTo("b");
    assertThat(flow.terms()).isEqualTo(GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build());
  }

  @Test
  void constructor_rejectsNullsNamingTheComponent() {
    assertThatNullPointerException().isThrownBy(() -> new Flow(null, "b", MoneyTerms.PAYMENT)).withMessage("source");
    assertThatNullPointerException().isThrownBy(() -> new Flow("s", null, MoneyTerms.PAYMENT)).withMessage("target");
    assertThatNullPointerException().isThrownBy(() -> new Flow("s", "b", null)).withMessage("terms");
  }

  @Test
  void constructor_passesNullPointerTester() {
    new NullPointerTester()
        .setDefault(FlowTerms.class, MoneyTerms.PAYMENT)
        .testAllPublicConstructors(Flow.class);
  }

  @Test
  void equals_byEndsAndTerms() {
    new EqualsTester()
        .addEqualityGroup(new Flow("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()), new Flow("s", "b", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()))
        .addEqualityGroup(new Flow("b", "s", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()))
        .addEqualityGroup(new Flow("s", "b2", GoodsTerms.builder().price(5).leadTime(1).orderDelay(0).build()))
        .addEqualityGroup(new Flow("s", "b", GoodsTerms.builder().price(6).leadTime(1).orderDelay(0).build()))
        .addEqualityGroup(new Flow("s", "b", DataTerms.of(0)), new Flow("s", "b", DataTerms.of(0)))
        .addEqualityGroup(new Flow("s", "b", ServiceTerms.fee(0)))
        .testEquals();
  }
}
