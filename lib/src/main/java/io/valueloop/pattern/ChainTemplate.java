package io.valueloop.pattern;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Limits;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A recipe that generates a {@link ValueChain} from a {@link BusinessModelCode}, with counts per role, named
 * default parameters and a seed for the random attachments: the same template and seed give equal chains.
 *
 * <pre>{@code
 * ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C2S2B)
 *     .withCount(Role.M, 3).withCount(Role.S, 1).withCount(Role.B, 200).withCount(Role.C, 2_000)
 *     .withSeed(42L)
 *     .build();
 * }</pre>
 *
 * <p><b>Tiers.</b> The roles of the code up to its first {@code C} are tiers through which goods flow
 * downstream, each tier trading with the next. A code that starts with {@code S} gets an implicit tier of
 * manufacturers upstream, since a supply platform aggregates suppliers rather than producing
 * ({@code withCount(Role.M, 0)} removes it). What follows the first {@code C} must be a closed loop in the sense of
 * {@link CodeRecognizer} ({@code S2B2C2S2B}, {@code B2C2B}): every consumer segment then sends its demand data to
 * the actors of the loop's first tier it buys from through the tiers between, with {@link #withDataDelay(int)}; for
 * {@code S2B2C2S2B} that is the supply platforms upstream of its businesses. A two-role code {@code C2M},
 * {@code C2S} or {@code C2B} makes the second role sell straight to the consumers, who send it their demand data.
 * Codes with no {@code C} end in a tier that carries the final demand itself. Other codes, and codes with
 * {@code P}, {@code L} or {@code F} among the tiers, are rejected; marketplaces are added with
 * {@link #withCount(Role, int) withCount(Role.P, n)} or {@link #marketplace(int, int)}.
 *
 * <p><b>Attachments.</b> Buyers of a tier source from the tier above. When sellers outnumber buyers, sellers are
 * dealt round-robin, each selling to exactly one buyer. Otherwise buyer {@code j} buys from seller
 * {@code j mod n} (so that every seller has a customer) and from further distinct sellers drawn at random, for a
 * number of sellers uniform on {@code 1..min(maxSuppliers, n)}. Shares are random integer weights on
 * {@code 1..4}, normalised, so that they add to one and take few distinct values: terms are shared between flows
 * and a chain of ten million flows holds a few dozen {@link GoodsTerms} instances.
 *
 * <p><b>Parameters.</b> The first populated tier sells at {@link #withBasePrice(double)} and each tier below it at
 * {@code 1 + markup} times the price of the tier above, so prices rise downstream; every goods flow has the same
 * lead time and order delay. The first populated tier produces at {@link #withProductionCost(double)} per unit,
 * later tiers add {@link #withHandlingCost(double)}; every firm pays {@link #withHoldingCost(double)} and
 * {@link #withBacklogCost(double)}; consumer segments carry {@link #withDemand(double)} (without consumers, the last tier
 * does). A supply platform
 * serves each business it supplies with a SERVICE flow (a SaaS fee per tick and a take rate on the business's
 * revenue); a marketplace P serves each consumer-facing business, chosen at random among the marketplaces, for a
 * commission on consumer revenue. Each business carries the attribute {@code channel}, {@code online} for a
 * random {@link #withOnlineShare(double)} of each business tier and {@code offline} for the rest.
 *
 * <p><b>Ids.</b> {@code <label>-<i>} with {@code i} from 1, the label being the role letter ({@code S-1},
 * {@code C-2000}), the letter and its tier ordinal where a role has several tiers ({@code B1-3}, {@code B2-7}),
 * or {@code wholesaler}/{@code retailer} for {@link #traditionalDistribution(int, int, int, int)}. Actors are
 * numbered tier by tier, upstream first, marketplaces last.
 *
 * <p><b>Complexity.</b> {@code O(V + E)} time and memory beyond the chain itself for {@code V} actors and
 * {@code E} flows; random subsets are drawn by rejection or by a partial Fisher–Yates shuffle (D. E. Knuth,
 * The Art of Computer Programming, vol. 2, 3rd ed., §3.4.2, Algorithm P), with one
 * {@link java.util.SplittableRandom} stream per purpose and per tier link, split from the seed in a fixed order.
 *
 * <p>Immutable and thread-safe: every {@code withX} method returns a new template and leaves this one unchanged
 * (a call whose result is dropped changes nothing), and {@link #build()} may be called any number of times. The
 * {@code withX} methods fail fast with an {@link IllegalArgumentException}, also when a value is valid alone but
 * not with the others (a markup that makes the last tier's price exceed {@link Limits#MAX_AMOUNT}, a lead time whose
 * sum with the order delay overflows an {@code int}): every chain built passes {@link ValueChain.Builder#build()}
 * validation.
 */
public final class ChainTemplate {
  /** Default number of manufacturers (M) per tier, including the implicit tier upstream of S: {@value}. */
  public static final int DEFAULT_MANUFACTURERS = 3;
  /** Default number of supply platforms (S) per tier: {@value}. */
  public static final int DEFAULT_SUPPLY_PLATFORMS = 1;
  /** Default number of businesses (B) per tier: {@value}. */
  public static final int DEFAULT_BUSINESSES = 20;
  /** Default number of consumer segments (C): {@value}. */
  public static final int DEFAULT_CONSUMER_SEGMENTS = 200;
  /** Default number of marketplace platforms (P): {@value}; {@link #marketplace(int, int)} uses one. */
  public static final int DEFAULT_MARKETPLACES = 0;
  /** Default seed of the random attachments: {@value}. */
  public static final long DEFAULT_SEED = 0L;
  /** Default final demand per consumer segment, in units per tick: {@value}. */
  public static final double DEFAULT_DEMAND = 10.0;
  /** Default price per unit at which the first tier sells, in currency units: {@value}. */
  public static final double DEFAULT_BASE_PRICE = 10.0;
  /** Default markup from one tier's price to the next: {@value}. */
  public static final double DEFAULT_MARKUP = 0.25;
  /** Default unit cost of the first (producing) tier, in currency units per unit: {@value}. */
  public static final double DEFAULT_PRODUCTION_COST = 6.0;
  /** Default unit cost of every later tier, in currency units per unit handled: {@value}. */
  public static final double DEFAULT_HANDLING_COST = 0.5;
  /** Default holding cost of firms, in currency units per unit and tick (Sterman 1989): {@value}. */
  public static final double DEFAULT_HOLDING_COST = 0.5;
  /** Default backlog cost of firms, in currency units per unit and tick (Sterman 1989): {@value}. */
  public static final double DEFAULT_BACKLOG_COST = 1.0;
  /** Default shipping lead time of goods flows, in ticks: {@value}. */
  public static final int DEFAULT_LEAD_TIME = 2;
  /** Default order delay of goods flows, in ticks: {@value}. */
  public static final int DEFAULT_ORDER_DELAY = 1;
  /** Default delay of consumers' demand data, in ticks: {@value}. */
  public static final int DEFAULT_DATA_DELAY = 1;
  /** Default SaaS fee a supply platform charges each business it serves, in currency units per tick: {@value}. */
  public static final double DEFAULT_SAAS_FEE = 20.0;
  /** Default take rate of a supply platform on the revenue of the businesses it serves: {@value}. */
  public static final double DEFAULT_PLATFORM_TAKE_RATE = 0.03;
  /** Default commission of a marketplace on its businesses' consumer revenue: {@value}. */
  public static final double DEFAULT_COMMISSION = 0.15;
  /** Default largest number of sellers a buyer sources one input from: {@value}. */
  public static final int DEFAULT_MAX_SUPPLIERS = 3;
  /** Default fraction of businesses selling online: {@value}. */
  public static final double DEFAULT_ONLINE_SHARE = 0.5;

  private static final BusinessModelCode TRADITIONAL = BusinessModelCode.of(Role.M, Role.B, Role.B, Role.C);

  private final TemplateSettings settings;

  private ChainTemplate(TemplateSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the template of a code, with default counts and parameters.
   *
   * @param code the code; see the class documentation for the codes a template can be made from
   * @return the template
   * @throws IllegalArgumentException if no template can be made from the code
   */
  public static ChainTemplate of(BusinessModelCode code) {
    return new ChainTemplate(TemplateSettings.defaults(code));
  }

  /**
   * Returns the template of a traditional multi-tier distribution chain, code {@code M2B2B2C}: manufacturers
   * sell to wholesalers ({@code wholesaler-i}), who sell to retailers ({@code retailer-i}), who sell to consumer
   * segments. All businesses are offline; there is no platform and no data flows back.
   *
   * @param manufacturers the number of manufacturers, positive
   * @param wholesalers the number of wholesalers, positive
   * @param retailers the number of retailers, positive
   * @param consumerSegments the number of consumer segments, positive
   * @return the template
   */
  public static ChainTemplate traditionalDistribution(int manufacturers, int wholesalers, int retailers,
      int consumerSegments) {
    ChainTemplate template = of(TRADITIONAL)
        .withCount(0, manufacturers)
        .withCount(1, wholesalers)
        .withCount(2, retailers)
        .withCount(3, consumerSegments)
        .withOnlineShare(0.0);
    return template.with(s -> {
      s.labels[1] = "wholesaler";
      s.labels[2] = "retailer";
    });
  }

  /**
   * Returns the template of a consumer-internet marketplace, code {@code B2C}: businesses sell to consumer
   * segments through one marketplace platform P, which takes {@link #DEFAULT_COMMISSION} of their consumer revenue
   * by a SERVICE flow with {@code ServiceTerms.takeRate(commission, FeeBase.CONSUMER_REVENUE)}. All businesses
   * are online.
   *
   * @param businesses the number of businesses, positive
   * @param consumerSegments the number of consumer segments, positive
   * @return the template
   */
  public static ChainTemplate marketplace(int businesses, int consumerSegments) {
    return of(BusinessModelCode.B2C)
        .withCount(Role.B, businesses)
        .withCount(Role.C, consumerSegments)
        .withCount(Role.P, 1)
        .withOnlineShare(1.0);
  }

  /** {@return the code this template was made from} */
  public BusinessModelCode code() {
    return settings.code;
  }

  /**
   * Returns a template with {@code count} actors in every tier of a role. For {@code M} this includes the
   * implicit manufacturers' tier of a code that starts with {@code S}, which may be empty; for {@code P} it sets
   * the number of marketplaces serving the consumer-facing businesses, zero for none.
   *
   * @param role a role the template uses: a role of its tiers, {@code M} upstream of {@code S}, or {@code P}
   *     where businesses sell to consumers
   * @param count the number of actors, positive (non-negative for the implicit M tier and for P)
   * @return the new template
   * @throws IllegalArgumentException if the role is not used by this template or the count is out of range
   */
  public ChainTemplate withCount(Role role, int count) {
    settings.checkCount(Objects.requireNonNull(role, "role"), count);
    if (role == Role.P) {
      return with(t -> t.marketplaces = count);
    }
    return with(t -> {
      for (int i = 0; i < t.tierRoles.length; i++) {
        if (t.tierRoles[i] == role) {
          t.counts[i] = count;
        }
      }
    });
  }

  /**
   * Returns a template with {@code count} actors in the tier at a position of the code, for codes with several
   * tiers of one role ({@code B2B2C}: position 0 is the wholesale tier, 1 the retail tier). Positions after the
   * first {@code C} of a closed loop name the tier they return to.
   *
   * @param position a position in the code, in {@code [0, code().length())}
   * @param count the number of actors, positive
   * @return the new template
   */
  public ChainTemplate withCount(int position, int count) {
    if (position < 0 || position >= settings.code.length()) {
      throw new IllegalArgumentException("position must be in [0, " + settings.code.length() + ") but was "
          + position + " (template " + settings.code + ")");
    }
    Preconditions.positive("count at position " + position, count, where());
    int tier = settings.positionTier[position];
    return with(t -> t.counts[tier] = count);
  }

  /**
   * Returns a template with another seed for the random attachments, channels and marketplace memberships.
   *
   * @param seed the seed; equal seeds give equal chains
   * @return the new template
   */
  public ChainTemplate withSeed(long seed) {
    return with(t -> t.seed = seed);
  }

  /**
   * Returns a template with another final demand per consumer segment (per actor of the last tier, for a code
   * without consumers); default {@link #DEFAULT_DEMAND}.
   *
   * @param demand the demand in units per tick, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withDemand(double demand) {
    TemplateSettings.amount("demand", demand, where());
    return with(t -> t.demand = demand);
  }

  /**
   * Returns a template with another price at which the first populated tier sells; default
   * {@link #DEFAULT_BASE_PRICE}.
   *
   * @param basePrice the price per unit in currency units, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withBasePrice(double basePrice) {
    TemplateSettings.amount("basePrice", basePrice, where());
    return with(t -> t.basePrice = basePrice);
  }

  /**
   * Returns a template with another markup from one tier's price to the next; default {@link #DEFAULT_MARKUP}.
   *
   * @param markup the markup, finite and non-negative ({@code 0.25} adds 25 % per tier)
   * @return the new template
   */
  public ChainTemplate withMarkup(double markup) {
    Preconditions.nonNegativeFinite("markup", markup, where());
    return with(t -> t.markup = markup);
  }

  /**
   * Returns a template with another unit cost of the first populated tier; default
   * {@link #DEFAULT_PRODUCTION_COST}.
   *
   * @param productionCost the cost in currency units per unit, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withProductionCost(double productionCost) {
    TemplateSettings.amount("productionCost", productionCost, where());
    return with(t -> t.productionCost = productionCost);
  }

  /**
   * Returns a template with another unit cost of the tiers after the first; default
   * {@link #DEFAULT_HANDLING_COST}.
   *
   * @param handlingCost the cost in currency units per unit, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withHandlingCost(double handlingCost) {
    TemplateSettings.amount("handlingCost", handlingCost, where());
    return with(t -> t.handlingCost = handlingCost);
  }

  /**
   * Returns a template with another holding cost for firms; default {@link #DEFAULT_HOLDING_COST}.
   *
   * @param holdingCost the cost in currency units per unit and tick, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withHoldingCost(double holdingCost) {
    TemplateSettings.amount("holdingCost", holdingCost, where());
    return with(t -> t.holdingCost = holdingCost);
  }

  /**
   * Returns a template with another backlog cost for firms; default {@link #DEFAULT_BACKLOG_COST}.
   *
   * @param backlogCost the cost in currency units per unit and tick, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withBacklogCost(double backlogCost) {
    TemplateSettings.amount("backlogCost", backlogCost, where());
    return with(t -> t.backlogCost = backlogCost);
  }

  /**
   * Returns a template with another shipping lead time on every goods flow; default {@link #DEFAULT_LEAD_TIME}.
   *
   * @param leadTime the lead time in ticks, non-negative
   * @return the new template
   */
  public ChainTemplate withLeadTime(int leadTime) {
    Preconditions.nonNegative("leadTime", leadTime, where());
    return with(t -> t.leadTime = leadTime);
  }

  /**
   * Returns a template with another order delay on every goods flow; default {@link #DEFAULT_ORDER_DELAY}.
   *
   * @param orderDelay the delay in ticks, non-negative
   * @return the new template
   */
  public ChainTemplate withOrderDelay(int orderDelay) {
    Preconditions.nonNegative("orderDelay", orderDelay, where());
    return with(t -> t.orderDelay = orderDelay);
  }

  /**
   * Returns a template with another delay of the consumers' demand data; default {@link #DEFAULT_DATA_DELAY}.
   *
   * @param dataDelay the delay in ticks, non-negative
   * @return the new template
   */
  public ChainTemplate withDataDelay(int dataDelay) {
    Preconditions.nonNegative("dataDelay", dataDelay, where());
    return with(t -> t.dataDelay = dataDelay);
  }

  /**
   * Returns a template with another SaaS fee a supply platform charges each business it serves; default
   * {@link #DEFAULT_SAAS_FEE}.
   *
   * @param saasFee the fee in currency units per tick, in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}
   * @return the new template
   */
  public ChainTemplate withSaasFee(double saasFee) {
    TemplateSettings.amount("saasFee", saasFee, where());
    return with(t -> t.saasFee = saasFee);
  }

  /**
   * Returns a template with another take rate of a supply platform on its businesses' revenue
   * ({@link FeeBase#REVENUE}); default {@link #DEFAULT_PLATFORM_TAKE_RATE}.
   *
   * @param takeRate the rate, in [0, 1]
   * @return the new template
   */
  public ChainTemplate withPlatformTakeRate(double takeRate) {
    Preconditions.inClosed("platformTakeRate", takeRate, 0, 1, where());
    return with(t -> t.platformTakeRate = takeRate);
  }

  /**
   * Returns a template with another marketplace commission on its businesses' consumer revenue
   * ({@link FeeBase#CONSUMER_REVENUE}); default {@link #DEFAULT_COMMISSION}.
   *
   * @param commission the rate, in [0, 1]
   * @return the new template
   */
  public ChainTemplate withCommission(double commission) {
    Preconditions.inClosed("commission", commission, 0, 1, where());
    return with(t -> t.commission = commission);
  }

  /**
   * Returns a template with another largest number of sellers a buyer sources from (when sellers do not outnumber
   * buyers); default {@link #DEFAULT_MAX_SUPPLIERS}.
   *
   * @param maxSuppliers the number, positive
   * @return the new template
   */
  public ChainTemplate withMaxSuppliers(int maxSuppliers) {
    Preconditions.positive("maxSuppliers", maxSuppliers, where());
    return with(t -> t.maxSuppliers = maxSuppliers);
  }

  /**
   * Returns a template with another fraction of each business tier selling online; default
   * {@link #DEFAULT_ONLINE_SHARE}. The number online is the fraction of the tier's size, rounded half up.
   *
   * @param onlineShare the fraction, in [0, 1]
   * @return the new template
   */
  public ChainTemplate withOnlineShare(double onlineShare) {
    Preconditions.inClosed("onlineShare", onlineShare, 0, 1, where());
    return with(t -> t.onlineShare = onlineShare);
  }

  /**
   * Generates the chain.
   *
   * @return a new chain, equal to every other chain built from an equal template and seed
   * @throws IllegalArgumentException if the chain would have more than {@link Integer#MAX_VALUE} actors, or could
   *     have more than {@link Integer#MAX_VALUE} flows when every buyer gets its largest number of sellers, or would
   *     not fit in the heap still free ({@link Runtime#maxMemory()} less the heap in use), estimated on the low side
   *     at 120 bytes per actor and 40 per flow for the fewest flows the chain can have; the message says how much
   *     it would need. Checked before anything is allocated
   */
  public ValueChain build() {
    return new ChainGenerator(settings).generate();
  }

  /** Returns the code, the counts per tier and the seed, for example {@code ChainTemplate{S2B2C, M=3, S=1, ...}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ChainTemplate{").append(settings.code);
    for (int t = 0; t < settings.tierRoles.length; t++) {
      text.append(", ").append(settings.labels[t]).append('=').append(settings.counts[t]);
    }
    if (settings.marketplaces > 0) {
      text.append(", P=").append(settings.marketplaces);
    }
    return text.append(", seed=").append(settings.seed).append('}').toString();
  }

  /** Returns a template with changed settings, checked as a whole so that {@link #build()} cannot fail validation. */
  private ChainTemplate with(Consumer<TemplateSettings> change) {
    TemplateSettings copy = settings.copy();
    change.accept(copy);
    copy.checkBuildable();
    return new ChainTemplate(copy);
  }

  private String where() {
    return settings.where();
  }
}
