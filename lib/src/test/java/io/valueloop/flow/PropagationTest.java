package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomChains;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropagationTest {

  @Test
  void sweep_smallChain_computesDemandPlusInputNeeds() {
    // c demands 10 and buys 30% from b1 and 70% from b2; each b needs 2 units of m's product per unit.
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M).actor("b1", Role.B).actor("b2", Role.B)
        .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
        .trade("m", "b1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInputCoefficient(2))
        .trade("m", "b2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInputCoefficient(2))
        .trade("b1", "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.3))
        .trade("b2", "c", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.7))
        .build();
    CompiledChain compiled = CompiledChain.compile(chain);
    int m = compiled.indexOf("m").getAsInt();
    int b1 = compiled.indexOf("b1").getAsInt();
    int b2 = compiled.indexOf("b2").getAsInt();
    int c = compiled.indexOf("c").getAsInt();
    double[] x = new double[4];
    x[c] = 5;
    x[b1] = 1;
    x[b2] = 4;
    double[] y = new double[4];

    Propagation.of(compiled).sweep(x, y);

    // y_c = 10; y_b1 = 0.3 × 5 = 1.5; y_b2 = 0.7 × 5 = 3.5; y_m = 2 × 1 + 2 × 4 = 10.
    assertThat(y[c]).isEqualTo(10);
    assertThat(y[b1]).isEqualTo(1.5);
    assertThat(y[b2]).isEqualTo(3.5);
    assertThat(y[m]).isEqualTo(10);
  }

  @Test
  void sweep_iteratedOncePerLevel_reachesTheSteadyStateBitForBit() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(11, 500, false));
    double[] x = new double[chain.actorCount()];
    double[] y = new double[chain.actorCount()];
    try (Propagation propagation = Propagation.of(chain)) {
      // A is nilpotent on an acyclic chain: Jacobi is exact after one sweep per level.
      for (int k = 0; k < chain.levelCount(); k++) {
        propagation.sweep(x, y);
        double[] swap = x;
        x = y;
        y = swap;
      }
    }

    SteadyState state = SteadyStateSolver.defaults().solve(chain);
    for (int i = 0; i < x.length; i++) {
      assertThat(x[i]).isEqualTo(state.output(i));
    }
  }

  @Test
  void sweep_threadCounts_giveBitIdenticalResults() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(5, 5_000, true));
    SplittableRandom random = new SplittableRandom(1);
    double[] x = new double[chain.actorCount()];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble() * 100;
    }
    double[] one = new double[x.length];
    Propagation.of(chain, 1).sweep(x, one);

    for (int threads : new int[] {2, 4}) {
      double[] many = new double[x.length];
      try (Propagation propagation = Propagation.of(chain, threads)) {
        assertThat(propagation.threads()).isEqualTo(threads);
        propagation.sweep(x, many);
        propagation.sweep(x, many);
      }
      for (int i = 0; i < x.length; i++) {
        assertThat(Double.doubleToRawLongBits(many[i])).as("threads %d actor %d", threads, i)
            .isEqualTo(Double.doubleToRawLongBits(one[i]));
      }
    }
  }

  @Test
  void sweep_allocatesNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(2, 2_000, true));
    double[] x = new double[chain.actorCount()];
    double[] y = new double[x.length];
    for (int count : new int[] {1, 2}) {
      try (Propagation propagation = Propagation.of(chain, count)) {
        for (int i = 0; i < 20_000; i++) {
          propagation.sweep(x, y);
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
          propagation.sweep(x, y);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // Measuring may allocate a little; anything allocated per sweep would show 10,000 times over.
        assertThat(allocated).as("threads %d", count).isLessThan(10_000);
      }
    }
  }

  @Test
  void of_rejectsInvalidArguments() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(1, 30, false));

    assertThatThrownBy(() -> Propagation.of(chain, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1 but was 0");
    assertThatThrownBy(() -> Propagation.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sweep_rejectsWrongVectors() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(1, 30, false));
    int n = chain.actorCount();
    Propagation propagation = Propagation.of(chain);
    double[] x = new double[n];

    assertThatThrownBy(() -> propagation.sweep(x, new double[n + 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x and y lengths must be the actor count " + n + " but were " + n + " and " + (n + 1));
    assertThatThrownBy(() -> propagation.sweep(x, x))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("y must be a different array from x but was the same array");
    assertThatThrownBy(() -> propagation.sweep(null, x)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void sweep_afterCloseWithWorkers_fails() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(1, 30, false));
    Propagation propagation = Propagation.of(chain, 2);
    propagation.close();
    propagation.close();

    double[] x = new double[chain.actorCount()];
    assertThatThrownBy(() -> propagation.sweep(x, new double[x.length]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("worker team must be open but was closed");
  }
}
