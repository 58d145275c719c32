package io.valueloop.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares the tick of builds of the library side by side in one JVM, for a machine too noisy for runs one after
 * another: each variant is a benchmarks jar loaded in its own class loader, started on {@link SimulationBenchmark}'s
 * chain and scenario, and the variants step in turn, a batch of ticks each, round after round, so that every variant
 * sees the same moments of load. Prints, per variant, the median and minimum over the rounds of the wall time and of
 * the calling thread's CPU time per actor-tick.
 *
 * <pre>
 * java -Xms8g -Xmx8g -cp benchmarks/target/benchmarks.jar io.valueloop.benchmarks.TickAlternation \
 *     1000000 9 2 base:/tmp/baseline/benchmarks.jar:1 new:benchmarks/target/benchmarks.jar:1 \
 *     two:benchmarks/target/benchmarks.jar:2 flat:benchmarks/target/benchmarks.jar:1:builtIn
 * </pre>
 * Arguments: actors, rounds, ticks per batch, then {@code name:jar:threads} per variant (threads above 1 need a build
 * with {@code Simulation.withThreads}), optionally {@code name:jar:threads:builtIn} to start the scenario with the
 * built-in uniform demand rather than the lambda (a build with {@code SimulationBenchmark.scenario(int, boolean)}).
 */
public final class TickAlternation {
  private TickAlternation() {}

  /**
   * Runs the comparison.
   *
   * @param args actors, rounds, ticks per batch, then one {@code name:jar:threads} or {@code
   *     name:jar:threads:builtIn} per variant
   * @throws Exception if a jar cannot be loaded or a run fails
   */
  public static void main(String[] args) throws Exception {
    int actors = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    int variants = args.length - 3;
    String[] names = new String[variants];
    Object[] runs = new Object[variants];
    Method[] steps = new Method[variants];
    for (int v = 0; v < variants; v++) {
      String[] spec = args[v + 3].split(":");
      if ((spec.length != 3 && spec.length != 4) || (spec.length == 4 && !spec[3].equals("builtIn"))) {
        throw new IllegalArgumentException("variant must be name:jar:threads or name:jar:threads:builtIn but was "
            + args[v + 3]);
      }
      names[v] = spec[0];
      runs[v] = start(spec[1], actors, Integer.parseInt(spec[2]), spec.length == 4);
      steps[v] = runs[v].getClass().getMethod("step");
    }
    for (int v = 0; v < variants; v++) {
      for (int i = 0; i < 3 * batch; i++) {
        steps[v].invoke(runs[v]);
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] wall = new double[variants][rounds];
    double[][] cpu = new double[variants][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants; v++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
          steps[v].invoke(runs[v]);
        }
        wall[v][r] = (System.nanoTime() - w0) / (double) batch / actors;
        cpu[v][r] = (mx.getCurrentThreadCpuTime() - c0) / (double) batch / actors;
      }
    }
    for (int v = 0; v < variants; v++) {
      Arrays.sort(wall[v]);
      Arrays.sort(cpu[v]);
      System.out.printf("%-8s %,d actors: wall median %.1f (min %.1f), caller CPU median %.1f (min %.1f) ns per "
          + "actor-tick%n", names[v], actors, wall[v][rounds / 2], wall[v][0], cpu[v][rounds / 2], cpu[v][0]);
    }
  }

  private static Object start(String jar, int actors, int threads, boolean builtIn) throws Exception {
    ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> benchmark = loader.loadClass("io.valueloop.benchmarks.SimulationBenchmark");
    Method chain = benchmark.getDeclaredMethod("chain", int.class);
    chain.setAccessible(true);
    // Only the built-in variant asks for the two-argument scenario, so that jars older than it still run.
    Method scenario = builtIn ? benchmark.getDeclaredMethod("scenario", int.class, boolean.class)
        : benchmark.getDeclaredMethod("scenario", int.class);
    scenario.setAccessible(true);
    Class<?> simulation = loader.loadClass("io.valueloop.sim.Simulation");
    Object sim = simulation.getMethod("of", loader.loadClass("io.valueloop.flow.CompiledChain"))
        .invoke(null, chain.invoke(null, actors));
    if (threads > 1) {
      sim = simulation.getMethod("withThreads", int.class).invoke(sim, threads);
    }
    return simulation.getMethod("start", loader.loadClass("io.valueloop.sim.Scenario"))
        .invoke(sim, builtIn ? scenario.invoke(null, 1_000_000, true) : scenario.invoke(null, 1_000_000));
  }
}
