package io.valueloop.model;

/** What a service's take rate applies to: an amount of the served actor's (the flow target's) money per tick. */
public enum FeeBase {
  /** All the served actor's sales revenue. */
  REVENUE,
  /** The served actor's revenue from sales to consumer segments only (a marketplace commission). */
  CONSUMER_REVENUE,
  /** The served actor's spending on goods (a financing or logistics charge on purchases). */
  PURCHASES
}
