package io.valueloop.charts;

import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a chain drawing puts its boxes: one column per goods tier, highest tier (producers) on the left and
 * consumers (tier 0) on the right, boxes in a column ordered by role and id; actors without a tier in rows below.
 * Aggregated, a box stands for every actor of one role in one tier and an edge for every flow of one kind between
 * two boxes. O(V log V + E).
 */
final class ChainLayout {
  static final double BOX_WIDTH = 150;
  static final double BOX_HEIGHT = 40;
  static final double COLUMN_GAP = 110;
  static final double ROW_GAP = 18;
  static final double MARGIN = 20;
  static final double TOP = 96;
  static final double MIN_WIDTH = 640;

  /** A box: one actor, or all actors of a role in a tier. */
  static final class Node {
    final String key;
    final Actor first;
    final int tier;
    int count;
    int column = -1;
    double x;
    double y;

    Node(String key, Actor first, int tier) {
      this.key = key;
      this.first = first;
      this.tier = tier;
    }

    double centerX() {
      return x + BOX_WIDTH / 2;
    }

    double centerY() {
      return y + BOX_HEIGHT / 2;
    }
  }

  /** An arrow: one flow, or all flows of a kind between two boxes. */
  record Edge(Node source, Node target, FlowKind kind, int count) {}

  final boolean aggregated;
  final List<Node> nodes;
  final List<Edge> edges;
  final List<Integer> columnTiers;
  final double width;
  final double height;

  ChainLayout(ValueChain chain, boolean aggregated) {
    this.aggregated = aggregated;
    Map<String, Integer> tiers = Tiers.of(chain);
    Map<String, Node> byKey = new LinkedHashMap<>();
    Node[] nodeOf = new Node[chain.actorCount()];
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      int tier = tiers.getOrDefault(actor.id(), -1);
      String key = aggregated ? actor.role().letter() + "/" + (tier < 0 ? "-" : String.valueOf(tier)) : actor.id();
      Node node = byKey.computeIfAbsent(key, k -> new Node(k, actor, tier));
      node.count++;
      nodeOf[a] = node;
    }
    nodes = List.copyOf(byKey.values());
    Map<List<Object>, int[]> counts = new LinkedHashMap<>();
    Map<List<Object>, Edge> firsts = new HashMap<>();
    for (int f = 0; f < chain.flowCount(); f++) {
      Node source = nodeOf[chain.source(f)];
      Node target = nodeOf[chain.target(f)];
      FlowKind kind = chain.kind(f);
      List<Object> key = List.of(source.key, target.key, kind);
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      firsts.putIfAbsent(key, new Edge(source, target, kind, 0));
    }
    List<Edge> all = new ArrayList<>();
    counts.forEach((key, count) -> {
      Edge e = firsts.get(key);
      all.add(new Edge(e.source(), e.target(), e.kind(), count[0]));
    });
    edges = List.copyOf(all);

    Map<Integer, List<Node>> columns = new TreeMap<>(Comparator.reverseOrder());
    List<Node> untiered = new ArrayList<>();
    for (Node node : nodes) {
      if (node.tier < 0) {
        untiered.add(node);
      } else {
        columns.computeIfAbsent(node.tier, t -> new ArrayList<>()).add(node);
      }
    }
    Comparator<Node> order = Comparator.<Node>comparingInt(n -> n.first.role().ordinal()).thenComparing(n -> n.key);
    columnTiers = List.copyOf(columns.keySet());
    double bottom = TOP;
    int c = 0;
    for (List<Node> column : columns.values()) {
      column.sort(order);
      double y = TOP;
      for (Node node : column) {
        node.column = c;
        node.x = MARGIN + c * (BOX_WIDTH + COLUMN_GAP);
        node.y = y;
        y += BOX_HEIGHT + ROW_GAP;
      }
      bottom = Math.max(bottom, y);
      c++;
    }
    int span = 0;
    for (Edge e : edges) {
      if (e.source().column >= 0 && e.target().column >= 0) {
        span = Math.max(span, Math.abs(e.source().column - e.target().column));
      }
    }
    if (span > 1) {
      bottom += 30 + 12 * span + 30; // room for the arcs that skip a column (see ChainDrawing)
    }
    double columnsWidth = 2 * MARGIN + Math.max(0, c) * (BOX_WIDTH + COLUMN_GAP) - (c > 0 ? COLUMN_GAP : 0);
    double w = Math.max(MIN_WIDTH, columnsWidth);
    untiered.sort(order);
    int perRow = Math.max(1, (int) ((w - 2 * MARGIN + COLUMN_GAP / 2) / (BOX_WIDTH + COLUMN_GAP / 2)));
    double rowsTop = bottom + (untiered.isEmpty() ? 0 : 2 * ROW_GAP + 14);
    for (int i = 0; i < untiered.size(); i++) {
      Node node = untiered.get(i);
      node.x = MARGIN + (i % perRow) * (BOX_WIDTH + COLUMN_GAP / 2);
      node.y = rowsTop + (i / perRow) * (BOX_HEIGHT + 2 * ROW_GAP);
      bottom = Math.max(bottom, node.y + BOX_HEIGHT + ROW_GAP);
    }
    width = w;
    height = bottom + MARGIN;
  }

  /** {@return the top of the rows of actors without a tier, or NaN if there are none} */
  double untieredTop() {
    return nodes.stream().filter(n -> n.tier < 0).mapToDouble(n -> n.y).min().orElse(Double.NaN);
  }
}
