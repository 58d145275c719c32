package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

/** Tests the small terms types: {@link DataTerms}, {@link ServiceTerms}, {@link MoneyTerms} and {@link FeeBase}. */
class FlowTermsTest {

  @Test
  void kind_matchesTheTermsType() {
    assertThat(GoodsTerms.defaults().kind()).isEqualTo(FlowKind.GOODS);
    assertThat(MoneyTerms.PAYMENT.kind()).isEqualTo(FlowKind.MONEY);
    assertThat(DataTerms.of(0).kind()).isEqualTo(FlowKind.DATA);
    assertThat(ServiceTerms.fee(1).kind()).isEqualTo(FlowKind.SERVICE);
  }

  @Test
  void moneyTerms_hasOnlyThePayment() {
    assertThat(MoneyTerms.values()).containsExactly(MoneyTerms.PAYMENT);
  }

  @Test
  void dataTermsOf_keepsTheDelay() {
    assertThat(DataTerms.of(3).delay()).isEqualTo(3);
    assertThat(DataTerms.of(3)).isEqualTo(new DataTerms(3));
  }

  @Test
  void dataTerms_equalByDelay() {
    new EqualsTester()
        .addEqualityGroup(DataTerms.of(0), new DataTerms(0))
        .addEqualityGroup(DataTerms.of(2), DataTerms.of(2))
        .testEquals();
  }

  @Test
  void serviceTermsFee_isAFixedFeeWithoutTakeRate() {
    ServiceTerms terms = ServiceTerms.fee(10);

    assertThat(terms.fee()).isEqualTo(10);
    assertThat(terms.takeRate()).isZero();
    assertThat(terms.base()).isEqualTo(FeeBase.REVENUE);
  }

  @Test
  void serviceTermsTakeRate_isARateOnTheBaseWithoutFee() {
    ServiceTerms terms = ServiceTerms.takeRate(0.05, FeeBase.CONSUMER_REVENUE);

    assertThat(terms.fee()).isZero();
    assertThat(terms.takeRate()).isEqualTo(0.05);
    assertThat(terms.base()).isEqualTo(FeeBase.CONSUMER_REVENUE);
  }

  @Test
  void serviceTerms_rejectNullBase() {
    assertThatNullPointerException().isThrownBy(() -> new ServiceTerms(1, 0, null)).withMessage("base");
    assertThatNullPointerException().isThrownBy(() -> ServiceTerms.takeRate(0.1, null)).withMessage("base");
  }

  @Test
  void serviceTerms_equalByAllComponents() {
    new EqualsTester()
        .addEqualityGroup(ServiceTerms.fee(10), new ServiceTerms(10, 0, FeeBase.REVENUE))
        .addEqualityGroup(ServiceTerms.fee(11))
        .addEqualityGroup(new ServiceTerms(10, 0.1, FeeBase.REVENUE))
        .addEqualityGroup(new ServiceTerms(10, 0, FeeBase.PURCHASES))
        .addEqualityGroup(ServiceTerms.takeRate(0.1, FeeBase.PURCHASES), new ServiceTerms(0, 0.1, FeeBase.PURCHASES))
        .testEquals();
  }

  @Test
  void feeBase_hasTheThreeBases() {
    assertThat(FeeBase.values()).containsExactly(FeeBase.REVENUE, FeeBase.CONSUMER_REVENUE, FeeBase.PURCHASES);
  }
}
