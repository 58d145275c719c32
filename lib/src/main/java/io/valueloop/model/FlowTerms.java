package io.valueloop.model;

/**
 * The parameters of a flow, one type per {@link FlowKind}: {@link GoodsTerms}, {@link MoneyTerms},
 * {@link DataTerms} and {@link ServiceTerms}. Terms are immutable values; one instance may be shared
 * by any number of flows, which keeps large chains compact.
 */
public sealed interface FlowTerms permits GoodsTerms, MoneyTerms, DataTerms, ServiceTerms {
  /** {@return the kind of flow these terms belong to} */
  FlowKind kind();
}
