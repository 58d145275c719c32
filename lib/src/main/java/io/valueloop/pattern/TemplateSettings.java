package io.valueloop.pattern;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Limits;
import io.valueloop.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan and parameters of a {@link ChainTemplate}. Mutable only while a template is being derived from
 * another; a template never changes its settings after construction, so they are safely published through its
 * final field.
 */
final class TemplateSettings {
  /** {@link Limits#MAX_AMOUNT} as messages write it. */
  static final String MAX_AMOUNT_TEXT = "1e12";

  /** The code the template was made from. */
  BusinessModelCode code;
  /** The role of each goods tier, upstream first; tier 0 is the implicit manufacturers' tier when {@link #upstream}. */
  Role[] tierRoles;
  /** The id prefix of each tier's actors. */
  String[] labels;
  /** The number of actors in each tier; only the implicit upstream tier may have none. */
  int[] counts;
  /** For each position of the code, the tier its actors come from. */
  int[] positionTier;
  /** Whether tier 0 is the implicit manufacturers' tier upstream of a supply platform. */
  boolean upstream;
  /** The tier that receives consumers' demand data, or -1 for none. */
  int feedbackTier;
  /** The number of marketplace platforms (P) serving the businesses that sell to consumers. */
  int marketplaces;

  long seed;
  double demand;
  double basePrice;
  double markup;
  double productionCost;
  double handlingCost;
  double holdingCost;
  double backlogCost;
  int leadTime;
  int orderDelay;
  int dataDelay;
  double saasFee;
  double platformTakeRate;
  double commission;
  int maxSuppliers;
  double onlineShare;

  /**
   * Checks an amount: finite, non-negative and at most {@link Limits#MAX_AMOUNT}, as a chain's validation asks.
   *
   * @throws IllegalArgumentException if it is not
   */
  static void amount(String what, double value, String where) {
    Preconditions.nonNegativeFinite(what, value, where);
    Preconditions.check(value <= Limits.MAX_AMOUNT, what, "at most " + MAX_AMOUNT_TEXT, value, where);
  }

  /**
   * Returns the settings of a code's template with every count and parameter at its default
   * ({@code ChainTemplate.DEFAULT_*}).
   *
   * @throws IllegalArgumentException if no template can be made from the code
   */
  static TemplateSettings defaults(BusinessModelCode code) {
    TemplateSettings s = TierPlan.of(code);
    s.marketplaces = ChainTemplate.DEFAULT_MARKETPLACES;
    s.seed = ChainTemplate.DEFAULT_SEED;
    s.demand = ChainTemplate.DEFAULT_DEMAND;
    s.basePrice = ChainTemplate.DEFAULT_BASE_PRICE;
    s.markup = ChainTemplate.DEFAULT_MARKUP;
    s.productionCost = ChainTemplate.DEFAULT_PRODUCTION_COST;
    s.handlingCost = ChainTemplate.DEFAULT_HANDLING_COST;
    s.holdingCost = ChainTemplate.DEFAULT_HOLDING_COST;
    s.backlogCost = ChainTemplate.DEFAULT_BACKLOG_COST;
    s.leadTime = ChainTemplate.DEFAULT_LEAD_TIME;
    s.orderDelay = ChainTemplate.DEFAULT_ORDER_DELAY;
    s.dataDelay = ChainTemplate.DEFAULT_DATA_DELAY;
    s.saasFee = ChainTemplate.DEFAULT_SAAS_FEE;
    s.platformTakeRate = ChainTemplate.DEFAULT_PLATFORM_TAKE_RATE;
    s.commission = ChainTemplate.DEFAULT_COMMISSION;
    s.maxSuppliers = ChainTemplate.DEFAULT_MAX_SUPPLIERS;
    s.onlineShare = ChainTemplate.DEFAULT_ONLINE_SHARE;
    return s;
  }

  TemplateSettings copy() {
    TemplateSettings copy = new TemplateSettings();
    copy.code = code;
    copy.tierRoles = tierRoles.clone();
    copy.labels = labels.clone();
    copy.counts = counts.clone();
    copy.positionTier = positionTier.clone();
    copy.upstream = upstream;
    copy.feedbackTier = feedbackTier;
    copy.marketplaces = marketplaces;
    copy.seed = seed;
    copy.demand = demand;
    copy.basePrice = basePrice;
    copy.markup = markup;
    copy.productionCost = productionCost;
    copy.handlingCost = handlingCost;
    copy.holdingCost = holdingCost;
    copy.backlogCost = backlogCost;
    copy.leadTime = leadTime;
    copy.orderDelay = orderDelay;
    copy.dataDelay = dataDelay;
    copy.saasFee = saasFee;
    copy.platformTakeRate = platformTakeRate;
    copy.commission = commission;
    copy.maxSuppliers = maxSuppliers;
    copy.onlineShare = onlineShare;
    return copy;
  }

  /**
   * Checks what no single setting shows but the chain's validation would reject: the price of the last selling
   * tier, {@code basePrice * (1 + markup)^steps}, must be at most {@link Limits#MAX_AMOUNT}, and
   * {@code orderDelay + leadTime} must fit an {@code int}. Together with each setter's own check, a template that passes builds a valid chain.
   *
   * @throws IllegalArgumentException if the settings together would give an invalid chain
   */
  void checkBuildable() {
    String where = where();
    long delay = (long) orderDelay + leadTime;
    Preconditions.check(delay <= Integer.MAX_VALUE, "orderDelay + leadTime", "at most " + Integer.MAX_VALUE
        + " ticks", delay, where);
    int origin = counts[0] == 0 ? 1 : 0;
    int steps = Math.max(0, tierRoles.length - 2 - origin);
    // The same expression as ChainGenerator's, so that the check and the chain agree to the last bit.
    double lastPrice = basePrice * Math.pow(1 + markup, steps);
    Preconditions.check(lastPrice <= Limits.MAX_AMOUNT, "price of the last selling tier, basePrice * (1 + markup)^"
        + steps + ",", "at most " + MAX_AMOUNT_TEXT, lastPrice, where + ", basePrice " + basePrice + ", markup "
        + markup);
  }

  /** Returns the tier whose actors sell to consumer segments, or -1 if no tier does. */
  int consumerFacingTier() {
    for (int t = 1; t < tierRoles.length; t++) {
      if (tierRoles[t] == Role.C) {
        return t - 1;
      }
    }
    return -1;
  }

  /**
   * Checks a count for every tier of a role: positive, non-negative for the implicit manufacturers' tier; for
   * {@code P} (marketplaces) non-negative, where businesses sell to consumers.
   *
   * @throws IllegalArgumentException if the role is not one of {@link #roles()} or the count is out of range
   */
  void checkCount(Role role, int count) {
    if (role == Role.P) {
      if (consumerFacingTier() < 0 || tierRoles[consumerFacingTier()] != Role.B) {
        throw new IllegalArgumentException("role must be one of " + roles() + " but was P (template " + code
            + ": marketplaces need businesses selling to consumers)");
      }
      Preconditions.nonNegative("count of P", count, where());
      return;
    }
    boolean found = false;
    for (int t = 0; t < tierRoles.length; t++) {
      if (tierRoles[t] == role) {
        found = true;
        if (count < (t == 0 && upstream ? 0 : 1)) {
          throw new IllegalArgumentException("count of " + role + " must be " + (t == 0 && upstream
              ? "non-negative" : "positive") + " but was " + count + " (template " + code + ")");
        }
      }
    }
    if (!found) {
      throw new IllegalArgumentException("role must be one of " + roles() + " but was " + role
          + " (template " + code + ")");
    }
  }

  /** Returns the roles a template may count: those of its tiers, then {@code P} where businesses sell to consumers. */
  List<Role> roles() {
    List<Role> roles = new ArrayList<>();
    for (Role role : tierRoles) {
      if (!roles.contains(role)) {
        roles.add(role);
      }
    }
    int facing = consumerFacingTier();
    if (facing >= 0 && tierRoles[facing] == Role.B) {
      roles.add(Role.P);
    }
    return roles;
  }

  /** Returns where a problem is, for messages: {@code template <code>}. */
  String where() {
    return "template " + code;
  }
}
