package io.valueloop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StronglyConnectedComponentsTest {

  @Test
  void of_findsCyclesAndNumbersComponentsReverseTopologically() {
    // 0 -> 1 -> 2 -> 0 is a cycle; 2 -> 3 -> 4 and 4 -> 4 (self-loop); 5 isolated.
    int[] offsets = {0, 1, 2, 4, 5, 6, 6};
    int[] targets = {1, 2, 0, 3, 4, 4};

    StronglyConnectedComponents scc = StronglyConnectedComponents.of(offsets, targets);

    assertThat(scc.count()).isEqualTo(4);
    assertThat(scc.component(0)).isEqualTo(scc.component(1)).isEqualTo(scc.component(2));
    assertThat(scc.component(3)).isNotEqualTo(scc.component(4));
    // Downstream components complete first: 4 before 3 before the cycle.
    assertThat(scc.component(4)).isLessThan(scc.component(3));
    assertThat(scc.component(3)).isLessThan(scc.component(0));
    assertThat(scc.components()).hasSize(6);
    // Heights in the condensation: {4} 0, {3} 1, the cycle 2, the isolated {5} 0.
    assertThat(scc.height(scc.component(4))).isZero();
    assertThat(scc.height(scc.component(3))).isEqualTo(1);
    assertThat(scc.height(scc.component(0))).isEqualTo(2);
    assertThat(scc.height(scc.component(5))).isZero();
  }

  @Test
  void of_deepLineDoesNotOverflowTheStack() {
    int n = 1_000_000;
    int[] offsets = new int[n + 1];
    int[] targets = new int[n - 1];
    for (int v = 0; v < n - 1; v++) {
      offsets[v + 1] = v + 1;
      targets[v] = v + 1;
    }
    offsets[n] = n - 1;

    StronglyConnectedComponents scc = StronglyConnectedComponents.of(offsets, targets);

    assertThat(scc.count()).isEqualTo(n);
    assertThat(scc.component(0)).isEqualTo(n - 1);
    assertThat(scc.component(n - 1)).isZero();
  }

  @Test
  void of_randomGraphs_edgesBetweenComponentsGoToLowerNumbers_andMutualReachabilityHolds() {
    for (long seed = 0; seed < 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int n = 1 + random.nextInt(12);
      boolean[][] edge = new boolean[n][n];
      int m = 0;
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          if (random.nextInt(5) == 0) {
            edge[u][v] = true;
            m++;
          }
        }
      }
      int[] offsets = new int[n + 1];
      int[] targets = new int[m];
      int next = 0;
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          if (edge[u][v]) {
            targets[next++] = v;
          }
        }
        offsets[u + 1] = next;
      }
      boolean[][] reach = new boolean[n][n];
      for (int u = 0; u < n; u++) {
        reach[u][u] = true;
        for (int v = 0; v < n; v++) {
          reach[u][v] |= edge[u][v];
        }
      }
      for (int k = 0; k < n; k++) {
        for (int u = 0; u < n; u++) {
          for (int v = 0; v < n; v++) {
            reach[u][v] |= reach[u][k] && reach[k][v];
          }
        }
      }

      StronglyConnectedComponents scc = StronglyConnectedComponents.of(offsets, targets);

      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          boolean same = scc.component(u) == scc.component(v);
          assertThat(same).as("seed %d, %d ~ %d", seed, u, v).isEqualTo(reach[u][v] && reach[v][u]);
          if (edge[u][v] && !same) {
            assertThat(scc.component(u)).as("seed %d", seed).isGreaterThan(scc.component(v));
            assertThat(scc.height(scc.component(u))).as("seed %d", seed)
                .isGreaterThan(scc.height(scc.component(v)));
          }
        }
      }
    }
  }

  @Test
  void of_rejectsArraysThatAreNoGraph() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StronglyConnectedComponents.of(new int[] {0, 2}, new int[] {0}))
        .withMessage("offsets must run from 0 to targets.length but were 0 .. 2 (targets.length 1)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StronglyConnectedComponents.of(new int[] {0, 1}, new int[] {3}))
        .withMessage("target must be a node in [0, 1) but was 3 (edge from node 0)");
  }
}
