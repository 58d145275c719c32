package io.valueloop.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
 * Arguments: optionally {@code --fresh}, then actors, rounds, ticks per batch, then {@code name:jar:threads} per
 * variant (threads above 1 need a build with {@code Simulation.withThreads}), optionally {@code
 * name:jar:threads:builtIn} to start the scenario with the built-in uniform demand rather than the lambda (a build with
 * {@code SimulationBenchmark.scenario(int, boolean)}).
 *
 * <p>Where a run's arrays and objects lie in the heap moves its tick by up to 20 % (at 10^6 actors, drawing the
 * demand through half a million small objects costs 1.5 or 6 ms a tick depending on which run the JVM made first).
 * With {@code --fresh}, every round closes the runs and starts new ones, in an order that turns by one variant a round,
 * so that the medians are over placements as well as over moments of load.
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
    boolean fresh = args.length > 0 && args[0].equals("--fresh");
    int first = fresh ? 1 : 0;
    int actors = Integer.parseInt(args[first]);
    int rounds = Integer.parseInt(args[first + 1]);
    int batch = Integer.parseInt(args[first + 2]);
    int variants = args.length - first - 3;
    String[][] specs = new String[variants][];
    for (int v = 0; v < variants; v++) {
      String[] spec = args[first + 3 + v].split(":");
      if ((spec.length != 3 && spec.length != 4) || (spec.length == 4 && !spec[3].equals("builtIn"))) {
        throw new IllegalArgumentException("variant must be name:jar:threads or name:jar:threads:builtIn but was "
            + args[first + 3 + v]);
      }
      specs[v] = spec;
    }
    Map<String, Object> chains = new HashMap<>();
    Object[] runs = new Object[variants];
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] wall = new double[variants][rounds];
    double[][] cpu = new double[variants][rounds];
    for (int r = 0; r < rounds; r++) {
      if (r == 0 || fresh) {
        for (int i = 0; i < variants; i++) {
          int v = (r + i) % variants;
          if (runs[v] instanceof AutoCloseable run) {
            run.close();
          }
          runs[v] = null;
        }
        System.gc();
        for (int i = 0; i < variants; i++) {
          int v = (r + i) % variants;
          runs[v] = start(specs[v], actors, chains);
          step(runs[v], (r == 0 ? 3 : 1) * batch);
        }
      }
      for (int i = 0; i < variants; i++) {
        int v = fresh ? (r + i) % variants : i;
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        step(runs[v], batch);
        wall[v][r] = (System.nanoTime() - w0) / (double) batch / actors;
        cpu[v][r] = (mx.getCurrentThreadCpuTime() - c0) / (double) batch / actors;
      }
    }
    for (int v = 0; v < variants; v++) {
      Arrays.sort(wall[v]);
      Arrays.sort(cpu[v]);
      System.out.printf("%-8s %,d actors: wall median %.1f (min %.1f), caller CPU median %.1f (min %.1f) ns per "
          + "actor-tick%n", specs[v][0], actors, wall[v][rounds / 2], wall[v][0], cpu[v][rounds / 2], cpu[v][0]);
    }
  }

  private static void step(Object run, int ticks) throws Exception {
    Method step = run.getClass().getMethod("step");
    for (int i = 0; i < ticks; i++) {
      step.invoke(run);
    }
  }

  /**
   * Starts a variant's run: its jar loaded once per jar (variants of one jar share the loader and the chain, made once),
   * {@code spec} as in the class documentation.
   */
  private static Object start(String[] spec, int actors, Map<String, Object> chains) throws Exception {
    String jar = spec[1];
    int threads = Integer.parseInt(spec[2]);
    boolean builtIn = spec.length == 4;
    Object chain = chains.get(jar);
    ClassLoader loader;
    if (chain == null) {
      loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Method make = loader.loadClass("io.valueloop.benchmarks.SimulationBenchmark").getDeclaredMethod("chain",
          int.class);
      make.setAccessible(true);
      chain = make.invoke(null, actors);
      chains.put(jar, chain);
    } else {
      loader = chain.getClass().getClassLoader();
    }
    Class<?> benchmark = loader.loadClass("io.valueloop.benchmarks.SimulationBenchmark");
    // Only the built-in variant asks for the two-argument scenario, so that jars older than it still run.
    Method scenario = builtIn ? benchmark.getDeclaredMethod("scenario", int.class, boolean.class)
        : benchmark.getDeclaredMethod("scenario", int.class);
    scenario.setAccessible(true);
    Class<?> simulation = loader.loadClass("io.valueloop.sim.Simulation");
    Object sim = simulation.getMethod("of", loader.loadClass("io.valueloop.flow.CompiledChain")).invoke(null, chain);
    if (threads > 1) {
      sim = simulation.getMethod("withThreads", int.class).invoke(sim, threads);
    }
    return simulation.getMethod("start", loader.loadClass("io.valueloop.sim.Scenario"))
        .invoke(sim, builtIn ? scenario.invoke(null, 1_000_000, true) : scenario.invoke(null, 1_000_000));
  }
}
