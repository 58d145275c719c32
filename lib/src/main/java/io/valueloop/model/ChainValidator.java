package io.valueloop.model;

import io.valueloop.internal.StronglyConnectedComponents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates what a {@link ValueChain.Builder} holds and assembles the chain: resolves ids, checks every actor, flow
 * and rule that {@link ValueChain.Builder#build()} lists, and reports every problem in one
 * {@link ChainValidationException}. Amounts and input coefficients are held to the bounds of {@link Limits}. One
 * instance per build; not thread-safe.
 */
final class ChainValidator {
  /** Slots of the identity set of terms instances found valid, a power of two; it holds up to half as many. */
  private static final int VALID_TERMS_SLOTS = 1024;
  private final Actor[] actors;
  private final Role[] roles;
  private final String[] sourceIds;
  private final String[] targetIds;
  private final FlowTerms[] terms;
  private final int flowCount;
  private final Problems problems = new Problems();

  ChainValidator(List<Actor> actors, String[] sourceIds, String[] targetIds, FlowTerms[] terms, int flowCount) {
    this.actors = actors.toArray(new Actor[0]);
    this.roles = new Role[this.actors.length];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = this.actors[i].role();
    }
    this.sourceIds = sourceIds;
    this.targetIds = targetIds;
    this.terms = Arrays.copyOf(terms, flowCount);
    this.flowCount = flowCount;
  }

  ValueChain validateAndBuild() {
    if (actors.length == 0 && flowCount == 0) {
      // Nothing downstream has an answer for a chain without actors; say so here rather than as an empty result.
      // Flows without actors are reported below as flows with unknown ends.
      problems.add("actor count", "positive", 0, "a value chain needs at least one actor");
    }
    IdIndex indexById = indexActors();
    int[] source = new int[flowCount];
    int[] target = new int[flowCount];
    if (!resolveFlows(indexById, source, target)) {
      // Unknown ends were reported; the adjacency and the checks below need every flow's ends.
      problems.throwIfAny();
    }
    FlowIndex out = FlowIndex.of(source, flowCount, actors.length);
    FlowIndex in = FlowIndex.of(target, flowCount, actors.length);
    int[] outOffsets = out.offsets;
    int[] outFlows = out.flows;
    int[] inOffsets = in.offsets;
    int[] inFlows = in.flows;
    checkDuplicates(target, outOffsets, outFlows);
    checkPayments(source, target, outOffsets, outFlows, inOffsets, inFlows);
    checkShares(source, inOffsets, inFlows);
    checkZeroDelayCycles(target, outOffsets, outFlows);
    problems.throwIfAny();
    return new ValueChain(actors, indexById, source, target, terms, out, in);
  }

  private IdIndex indexActors() {
    IdIndex indexById = new IdIndex(actors.length);
    for (int i = 0; i < actors.length; i++) {
      Actor actor = actors[i];
      problems.at(i, -1);
      String where = "actor " + (actor.id().isBlank() ? "#" + i : actor.id());
      if (actor.id().isBlank()) {
        problems.add("actor id", "non-blank", "'" + actor.id() + "'", "actor #" + i);
      } else {
        int previous = indexById.putIfAbsent(actor.id(), i);
        if (previous >= 0) {
          problems.add("actor id", "unique", "'" + actor.id() + "'",
              "actors #" + previous + " and #" + i);
        }
      }
      if (actor.name().isBlank()) {
        problems.add("actor name", "non-blank", "'" + actor.name() + "'", where);
      }
      checkText("actor id", actor.id(), where);
      if (!actor.name().equals(actor.id())) {
        checkText("actor name", actor.name(), where);
      }
      for (Map.Entry<String, String> attribute : actor.attributes().entrySet()) {
        if (attribute.getKey().isEmpty()) {
          problems.add("actor attribute key", "non-empty", "''", where);
        }
        checkText("actor attribute key", attribute.getKey(), where);
        checkText("actor attribute " + attribute.getKey(), attribute.getValue(), where);
      }
      problems.amountOrUnlimited("capacity", actor.capacity(), where);
      problems.amount("unitCost", actor.unitCost(), where);
      problems.amount("holdingCost", actor.holdingCost(), where);
      problems.amount("backlogCost", actor.backlogCost(), where);
      problems.amount("initialInventory", actor.initialInventory(), where);
      problems.amount("demand", actor.demand(), where);
    }
    problems.at(-1, -1);
    return indexById;
  }

  /**
   * Resolves flow ends to indices and checks roles and terms; returns whether every end resolved. Consecutive
   * flows often share ends (a trade's payment reverses its goods flow, a buyer's purchases come together), so the
   * previous flow's ends are reused when the same id instances recur, and terms instances already found valid are
   * not checked again; error locations are only formatted for flows with a problem.
   */
  private boolean resolveFlows(IdIndex indexById, int[] source, int[] target) {
    boolean allResolved = true;
    String lastSourceId = null;
    String lastTargetId = null;
    int lastSource = -1;
    int lastTarget = -1;
    FlowTerms[] validTerms = new FlowTerms[VALID_TERMS_SLOTS];
    int remembered = 0;
    for (int f = 0; f < flowCount; f++) {
      problems.at(-1, f);
      FlowTerms t = terms[f];
      String sourceId = sourceIds[f];
      String targetId = targetIds[f];
      int from = sourceId == lastSourceId ? lastSource
          : sourceId == lastTargetId ? lastTarget : indexById.get(sourceId);
      int to = targetId == lastTargetId ? lastTarget
          : targetId == lastSourceId ? lastSource : indexById.get(targetId);
      lastSourceId = sourceId;
      lastSource = from;
      lastTargetId = targetId;
      lastTarget = to;
      if (from < 0) {
        problems.add("flow source", "a known actor id", "'" + sourceId + "'", where(f));
      }
      if (to < 0) {
        problems.add("flow target", "a known actor id", "'" + targetId + "'", where(f));
      }
      if (!isRemembered(validTerms, t)) {
        long before = problems.count();
        checkTerms(t, where(f));
        if (problems.count() == before && 2 * (remembered + 1) <= validTerms.length) {
          remember(validTerms, t);
          remembered++;
        }
      }
      if (from < 0 || to < 0) {
        allResolved = false;
        continue;
      }
      source[f] = from;
      target[f] = to;
      Role sourceRole = roles[from];
      Role targetRole = roles[to];
      if (!t.kind().allows(sourceRole, targetRole)) {
        problems.add(t.kind() + " flow roles", "allowed by FlowKind." + t.kind(),
            sourceRole + "->" + targetRole, where(f));
      }
      if (from == to && !t.kind().allowsSelfFlow()) {
        problems.add(t.kind() + " flow ends", "two different actors", "the same actor", where(f));
      }
    }
    problems.at(-1, -1);
    return allResolved;
  }

  /** Returns whether an identity set, open-addressed with linear probing, holds a terms instance. */
  private static boolean isRemembered(FlowTerms[] set, FlowTerms t) {
    for (int i = System.identityHashCode(t) & (set.length - 1); set[i] != null; i = (i + 1) & (set.length - 1)) {
      if (set[i] == t) {
        return true;
      }
    }
    return false;
  }

  /** Adds a terms instance, known to be absent, to an identity set that has a free slot. */
  private static void remember(FlowTerms[] set, FlowTerms t) {
    int i = System.identityHashCode(t) & (set.length - 1);
    while (set[i] != null) {
      i = (i + 1) & (set.length - 1);
    }
    set[i] = t;
  }

  private String where(int f) {
    return Flow.label(terms[f].kind(), sourceIds[f], targetIds[f]);
  }

  private void checkTerms(FlowTerms t, String where) {
    if (t instanceof GoodsTerms) {
      GoodsTerms g = (GoodsTerms) t;
      problems.amount("price", g.price(), where);
      problems.nonNegative("leadTime", g.leadTime(), where);
      problems.nonNegative("orderDelay", g.orderDelay(), where);
      if ((long) g.orderDelay() + g.leadTime() > Integer.MAX_VALUE) {
        problems.add("orderDelay + leadTime", "at most " + Integer.MAX_VALUE + " ticks",
            (long) g.orderDelay() + g.leadTime(), where);
      }
      problems.amountOrUnlimited("capacity", g.capacity(), where);
      if (!(g.share() > 0 && g.share() <= 1)) {
        problems.add("share", "in (0, 1]", g.share(), where);
      }
      problems.nonNegativeAtMost("inputCoefficient", g.inputCoefficient(), Limits.MAX_INPUT_COEFFICIENT, where);
      checkText("input", g.input(), where);
    } else if (t instanceof DataTerms) {
      problems.nonNegative("delay", ((DataTerms) t).delay(), where);
    } else if (t instanceof ServiceTerms) {
      ServiceTerms s = (ServiceTerms) t;
      problems.amount("fee", s.fee(), where);
      if (!(s.takeRate() >= 0 && s.takeRate() <= 1)) {
        problems.add("takeRate", "in [0, 1]", s.takeRate(), where);
      }
    }
  }

  /**
   * Checks that a text is valid Unicode, without an unpaired surrogate: such a text cannot be written as UTF-8, so
   * a chain holding one could not be saved and read back.
   */
  private void checkText(String what, String text, String where) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problems.add(what, "valid Unicode text", "an unpaired surrogate at index " + i, where);
        return;
      }
    }
  }

  private void checkDuplicates(int[] target, int[] outOffsets, int[] outFlows) {
    long[] keys = new long[16];
    for (int a = 0; a < actors.length; a++) {
      int from = outOffsets[a];
      int degree = outOffsets[a + 1] - from;
      if (degree < 2) {
        continue;
      }
      if (keys.length < degree) {
        keys = new long[Math.max(degree, keys.length * 2)];
      }
      int kinds = FlowKind.values().length;
      for (int p = 0; p < degree; p++) {
        int f = outFlows[from + p];
        keys[p] = (long) target[f] * kinds + terms[f].kind().ordinal();
      }
      Arrays.sort(keys, 0, degree);
      for (int p = 1; p < degree; p++) {
        if (keys[p] == keys[p - 1] && (p == 1 || keys[p - 1] != keys[p - 2])) {
          FlowKind kind = FlowKind.values()[(int) (keys[p] % kinds)];
          String to = actors[(int) (keys[p] / kinds)].id();
          problems.add(kind + " flow", "unique between two actors", "repeated",
              Flow.label(kind, actors[a].id(), to));
        }
      }
    }
  }

  /**
   * Checks that each money flow pays for a goods flow the other way. The goods flow is looked for among the
   * seller's outgoing or the buyer's incoming flows, whichever are fewer, so that a hub with millions of
   * customers costs each of its payments the customer's few flows rather than the hub's many.
   */
  private void checkPayments(int[] source, int[] target, int[] outOffsets, int[] outFlows, int[] inOffsets,
      int[] inFlows) {
    for (int f = 0; f < flowCount; f++) {
      if (terms[f].kind() != FlowKind.MONEY) {
        continue;
      }
      int seller = target[f];
      int buyer = source[f];
      boolean paired = false;
      if (outOffsets[seller + 1] - outOffsets[seller] <= inOffsets[buyer + 1] - inOffsets[buyer]) {
        for (int p = outOffsets[seller]; p < outOffsets[seller + 1] && !paired; p++) {
          int g = outFlows[p];
          paired = target[g] == buyer && terms[g].kind() == FlowKind.GOODS;
        }
      } else {
        for (int p = inOffsets[buyer]; p < inOffsets[buyer + 1] && !paired; p++) {
          int g = inFlows[p];
          paired = source[g] == seller && terms[g].kind() == FlowKind.GOODS;
        }
      }
      if (!paired) {
        problems.at(-1, f);
        problems.add("money flow", "a payment for a goods flow " + actors[seller].id() + "->"
            + actors[buyer].id(), "unpaired", Flow.label(FlowKind.MONEY, actors[buyer].id(), actors[seller].id()));
        problems.at(-1, -1);
      }
    }
  }

  private String inputName(GoodsTerms goods, int seller) {
    return goods.inputName(roles[seller]);
  }

  /**
   * Checks that the shares of each input of each buyer add to one. Most buyers source a single input; their
   * shares are summed directly, and only buyers with several inputs or a wrong sum are grouped by input, which
   * adds the same shares in the same order and so reaches the same sums.
   */
  private void checkShares(int[] source, int[] inOffsets, int[] inFlows) {
    for (int buyer = 0; buyer < actors.length; buyer++) {
      if (!singleInputSumsToOne(buyer, source, inOffsets, inFlows)) {
        checkSharesByInput(buyer, source, inOffsets, inFlows);
      }
    }
  }

  /** Returns true if the buyer has no goods inputs, or one input whose shares add to one (or to NaN). */
  private boolean singleInputSumsToOne(int buyer, int[] source, int[] inOffsets, int[] inFlows) {
    String input = null;
    double sum = 0;
    for (int p = inOffsets[buyer]; p < inOffsets[buyer + 1]; p++) {
      int f = inFlows[p];
      if (!(terms[f] instanceof GoodsTerms)) {
        continue;
      }
      GoodsTerms goods = (GoodsTerms) terms[f];
      String name = inputName(goods, source[f]);
      if (input == null) {
        input = name;
      } else if (!input.equals(name)) {
        return false;
      }
      sum += goods.share();
    }
    return input == null || Tolerance.isClose(sum, 1.0) || Double.isNaN(sum);
  }

  private void checkSharesByInput(int buyer, int[] source, int[] inOffsets, int[] inFlows) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (int p = inOffsets[buyer]; p < inOffsets[buyer + 1]; p++) {
      int f = inFlows[p];
      if (!(terms[f] instanceof GoodsTerms)) {
        continue;
      }
      GoodsTerms goods = (GoodsTerms) terms[f];
      String input = inputName(goods, source[f]);
      sums.computeIfAbsent(input, k -> new double[1])[0] += goods.share();
      members.computeIfAbsent(input, k -> new ArrayList<>()).add(actors[source[f]].id());
    }
    for (Map.Entry<String, double[]> entry : sums.entrySet()) {
      double sum = entry.getValue()[0];
      if (!Tolerance.isClose(sum, 1.0) && !Double.isNaN(sum)) {
        problems.at(buyer, -1);
        problems.add("shares of input '" + entry.getKey() + "' of buyer " + actors[buyer].id()
            + " must add to 1 but was " + sum + " (from " + String.join(", ", members.get(entry.getKey())) + ")");
        problems.at(-1, -1);
      }
    }
  }

  /**
   * Finds goods cycles whose flows all have zero total delay: the strongly connected components of the subgraph of
   * zero-delay goods flows (any cycle there has zero total delay, since delays are non-negative), plus zero-delay
   * goods self-flows. Reported in actor order, each cycle naming its actors in actor order. O(V + E).
   */
  private void checkZeroDelayCycles(int[] target, int[] outOffsets, int[] outFlows) {
    int n = actors.length;
    int[] offsets = new int[n + 1];
    boolean[] selfFlow = new boolean[n];
    int zeroDelay = 0;
    for (int v = 0; v < n; v++) {
      for (int p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
        int f = outFlows[p];
        if (isZeroDelayGoods(f)) {
          if (target[f] == v) {
            selfFlow[v] = true;
          } else {
            zeroDelay++;
          }
        }
      }
      offsets[v + 1] = zeroDelay;
    }
    int[] targets = new int[zeroDelay];
    int next = 0;
    for (int v = 0; v < n && next < zeroDelay; v++) {
      for (int p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
        int f = outFlows[p];
        if (isZeroDelayGoods(f) && target[f] != v) {
          targets[next++] = target[f];
        }
      }
    }
    StronglyConnectedComponents components = zeroDelay == 0 ? null : StronglyConnectedComponents.of(offsets, targets);
    int[] size = components == null ? new int[0] : new int[components.count()];
    for (int v = 0; components != null && v < n; v++) {
      size[components.component(v)]++;
    }
    boolean[] reported = new boolean[size.length];
    for (int v = 0; v < n; v++) {
      if (selfFlow[v]) {
        problems.at(v, -1);
        problems.add("goods cycle total delay", "positive", 0, "self-flow of " + actors[v].id());
        problems.at(-1, -1);
      }
      int c = components == null ? -1 : components.component(v);
      if (c >= 0 && size[c] > 1 && !reported[c]) {
        reported[c] = true;
        List<String> members = new ArrayList<>();
        for (int w = v; w < n; w++) {
          if (components.component(w) == c) {
            members.add(actors[w].id());
          }
        }
        problems.add("goods cycle total delay", "positive", 0, "cycle through " + abbreviate(members));
      }
    }
  }

  private boolean isZeroDelayGoods(int f) {
    if (!(terms[f] instanceof GoodsTerms)) {
      return false;
    }
    // Not totalDelay(): this runs on terms not yet known to be valid, whose sum may overflow.
    GoodsTerms goods = (GoodsTerms) terms[f];
    return goods.orderDelay() == 0 && goods.leadTime() == 0;
  }

  private static String abbreviate(List<String> ids) {
    int shown = Math.min(ids.size(), 10);
    String text = String.join(", ", ids.subList(0, shown));
    return ids.size() > shown ? text + ", ... (" + ids.size() + " actors)" : text;
  }
}
