package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The series a scenario asked for, and nothing else: for each requested {@link Series}, the compiled indices of
 * its actors (sorted) and one row of {@code ticks} doubles per actor.
 */
final class Recording {
  final int ticks;
  final Series[] series;
  final int[][] actors;
  final double[][] data;

  Recording(Topology t, Scenario scenario) {
    this.ticks = scenario.ticks();
    Map<Series, boolean[]> selected = new EnumMap<>(Series.class);
    for (Series s : scenario.recordedForAll()) {
      boolean[] mask = selected.computeIfAbsent(s, k -> new boolean[t.n]);
      Arrays.fill(mask, true);
    }
    for (Map.Entry<Series, Set<Role>> e : scenario.recordedRoles().entrySet()) {
      boolean[] mask = selected.computeIfAbsent(e.getKey(), k -> new boolean[t.n]);
      for (int a = 0; a < t.n; a++) {
        mask[a] |= e.getValue().contains(t.chain.role(a));
      }
    }
    for (Map.Entry<Series, Set<String>> e : scenario.recordedActors().entrySet()) {
      boolean[] mask = selected.computeIfAbsent(e.getKey(), k -> new boolean[t.n]);
      for (String id : e.getValue()) {
        OptionalInt a = t.chain.indexOf(id);
        if (a.isEmpty()) {
          throw new IllegalArgumentException("recorded actor must be an actor of the chain but was '" + id
              + "' (series " + e.getKey() + ")");
        }
        mask[a.getAsInt()] = true;
      }
    }
    series = new Series[selected.size()];
    actors = new int[selected.size()][];
    data = new double[selected.size()][];
    int i = 0;
    for (Map.Entry<Series, boolean[]> e : selected.entrySet()) {
      boolean[] mask = e.getValue();
      int count = 0;
      for (boolean b : mask) {
        count += b ? 1 : 0;
      }
      int[] list = new int[count];
      count = 0;
      for (int a = 0; a < mask.length; a++) {
        if (mask[a]) {
          list[count++] = a;
        }
      }
      series[i] = e.getKey();
      actors[i] = list;
      data[i] = new double[Math.multiplyExact(list.length, ticks)];
      i++;
    }
  }

  void record(TickView view, int tick) {
    for (int i = 0; i < series.length; i++) {
      int[] list = actors[i];
      double[] row = data[i];
      Series s = series[i];
      for (int k = 0; k < list.length; k++) {
        row[k * ticks + tick] = view.value(s, list[k]);
      }
    }
  }
}
