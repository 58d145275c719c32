package io.valueloop.pattern;

import io.valueloop.model.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans the tiers of a {@link ChainTemplate} from its code, as the template's class documentation describes: which
 * roles trade downstream tier by tier, the implicit manufacturers' tier upstream of a supply platform, which code
 * position names which tier, which tier receives the consumers' demand data, the id label of each tier and its
 * default size. Stateless.
 */
final class TierPlan {
  private TierPlan() {}

  /**
   * Returns the settings of a new template of a code: its tiers planned, default counts; the parameters are left for
   * the caller to set.
   *
   * @throws IllegalArgumentException if no template can be made from the code
   */
  static TemplateSettings of(BusinessModelCode code) {
    Objects.requireNonNull(code, "code");
    List<Role> roles = code.roles();
    int k = roles.size();
    int firstConsumer = roles.indexOf(Role.C);
    List<Role> tiers = new ArrayList<>();
    int[] positionTier = new int[k];
    int feedbackTier = -1;
    if (firstConsumer == 0) {
      if (k != 2 || !sellsGoods(roles.get(1))) {
        throw unsupported(code);
      }
      tiers.add(roles.get(1));
      tiers.add(Role.C);
      positionTier[0] = 1;
      feedbackTier = 0;
    } else {
      int sellers = firstConsumer < 0 ? k : firstConsumer;
      for (int i = 0; i < sellers; i++) {
        if (!sellsGoods(roles.get(i))) {
          throw unsupported(code);
        }
      }
      int forward = firstConsumer < 0 ? k : firstConsumer + 1;
      tiers.addAll(roles.subList(0, forward));
      int period = CodeRecognizer.loopPeriod(code);
      if (forward < k && period == 0) {
        throw unsupported(code);
      }
      for (int i = 0; i < k; i++) {
        positionTier[i] = i < forward ? i : i % period;
      }
      feedbackTier = forward < k ? 0 : -1;
    }
    boolean upstream = tiers.get(0) == Role.S;
    if (upstream) {
      tiers.add(0, Role.M);
      feedbackTier = feedbackTier < 0 ? -1 : feedbackTier + 1;
      for (int i = 0; i < k; i++) {
        positionTier[i]++;
      }
    }
    TemplateSettings s = new TemplateSettings();
    s.code = code;
    s.tierRoles = tiers.toArray(new Role[0]);
    s.labels = labels(s.tierRoles);
    s.counts = new int[s.tierRoles.length];
    for (int t = 0; t < s.counts.length; t++) {
      s.counts[t] = defaultCount(s.tierRoles[t]);
    }
    s.positionTier = positionTier;
    s.upstream = upstream;
    s.feedbackTier = feedbackTier;
    return s;
  }

  private static boolean sellsGoods(Role role) {
    return role == Role.S || role == Role.M || role == Role.B;
  }
  private static int defaultCount(Role role) {
    switch (role) {
      case M:
        return ChainTemplate.DEFAULT_MANUFACTURERS;
      case S:
        return ChainTemplate.DEFAULT_SUPPLY_PLATFORMS;
      case B:
        return ChainTemplate.DEFAULT_BUSINESSES;
      case C:
        return ChainTemplate.DEFAULT_CONSUMER_SEGMENTS;
      default:
        throw new AssertionError(role);
    }
  }
  private static String[] labels(Role[] tierRoles) {
    Map<Role, Integer> tiersPerRole = new EnumMap<>(Role.class);
    for (Role role : tierRoles) {
      tiersPerRole.merge(role, 1, Integer::sum);
    }
    Map<Role, Integer> seen = new EnumMap<>(Role.class);
    String[] labels = new String[tierRoles.length];
    for (int t = 0; t < tierRoles.length; t++) {
      Role role = tierRoles[t];
      int ordinal = seen.merge(role, 1, Integer::sum);
      labels[t] = tiersPerRole.get(role) == 1 ? String.valueOf(role.letter()) : role.letter() + "" + ordinal;
    }
    return labels;
  }
  private static IllegalArgumentException unsupported(BusinessModelCode code) {
    return new IllegalArgumentException("template code must be a chain of S, M and B tiers ending at most at its"
        + " first C, a closed loop such as S2B2C2S2B, or one of C2S, C2M, C2B but was " + code
        + " (use marketplace(...) for a P)");
  }}
