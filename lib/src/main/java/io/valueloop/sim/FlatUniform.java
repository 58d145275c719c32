package io.valueloop.sim;

/**
 * The segments of a run whose demand is the built-in {@link DemandProcesses#uniform uniform} process, with their
 * generators' states held in flat arrays rather than as stream and generator objects, drawn in one tight loop by
 * {@link Turns#drawDemand}. Made by {@link Run} from the segments' stream starts; each draw gives the bits that the
 * uniform process's own stream gives on {@code RandomStreams.generator(start)}.
 *
 * <p>Why: a {@link java.util.SplittableRandom} made with {@code new SplittableRandom(start)} is one {@code long}
 * (its gamma is the constant {@link #GOLDEN_GAMMA}), and its {@code nextDouble()} is {@code (mix64(seed +=
 * GOLDEN_GAMMA) >>> 11)·2^-53} (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators",
 * OOPSLA; the JDK 17 source). Drawing through the objects follows two pointers per segment, which the garbage
 * collector scatters over the heap (about 12 ns a segment at 10^6 segments); the arrays are read in sequence. The
 * gain is to be measured: {@code SimulationBenchmark.tick} with {@code demand = builtIn}.
 *
 * <p>Layout, by flat index {@code k} in slot order: {@code seed[k]}, the generator's state; {@code range[2k]} and
 * {@code range[2k + 1]}, the minimum and the width; {@code slot[k]}, the segment's position in {@link
 * Topology#consumers}. {@code before[slot]} counts the flat segments before a slot, so that a slot range {@code [from,
 * to)} (a thread's share, {@link TickTeam}) holds the flat indices {@code [before[from], before[to])} and the other
 * segments {@code others[from - before[from] .. to - before[to])}: each thread draws and writes only its own slots.
 */
final class FlatUniform {
  /** The gamma of every {@code SplittableRandom} made from a seed alone, {@code SplittableRandom.GOLDEN_GAMMA}. */
  static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  /** 2^-53: a 53-bit integer times it is a double in [0, 1). */
  private static final double DOUBLE_UNIT = 0x1.0p-53;
  /** Stands in the run's stream array for a flat segment; never asked, as the turns draw flat segments here. */
  static final DemandStream IN_ARRAYS = tick -> {
    throw new IllegalStateException("a flat uniform segment must be drawn from its arrays but its stream was asked");
  };

  private final long[] seed;
  private final double[] range;
  private final int[] slot;
  private final int[] before;
  /** The slots drawn through their stream objects, in order. */
  final int[] others;

  /**
   * Makes the flat draws of the segments whose {@code uniform[slot]} is set, from their stream starts.
   *
   * @param uniform per slot, the segment's uniform process, or null for a segment drawn through its stream
   * @param starts per slot, where the segment's stream starts ({@link RandomStreams#start})
   */
  FlatUniform(DemandProcesses.Uniform[] uniform, long[] starts) {
    int segments = uniform.length;
    before = new int[segments + 1];
    for (int s = 0; s < segments; s++) {
      before[s + 1] = before[s] + (uniform[s] != null ? 1 : 0);
    }
    int count = before[segments];
    seed = new long[count];
    range = new double[2 * count];
    slot = new int[count];
    others = new int[segments - count];
    for (int s = 0; s < segments; s++) {
      int k = before[s];
      if (uniform[s] == null) {
        others[s - k] = s;
      } else {
        seed[k] = starts[s];
        range[2 * k] = uniform[s].min();
        range[2 * k + 1] = uniform[s].width();
        slot[k] = s;
      }
    }
  }

  /** Returns the index in {@link #others} of the first slot at or after {@code slot} drawn through its stream. */
  int firstOther(int slot) {
    return slot - before[slot];
  }

  /** Draws this tick's demand of the flat segments in the slots {@code from <= slot < to} into {@code drawn}. */
  void draw(double[] drawn, int from, int to) {
    final long[] seeds = seed;
    final double[] ranges = range;
    final int[] slots = slot;
    for (int k = before[from], end = before[to]; k < end; k++) {
      long z = seeds[k] + GOLDEN_GAMMA;
      seeds[k] = z;
      drawn[slots[k]] = scale(ranges[2 * k], ranges[2 * k + 1], unit(z));
    }
  }

  /**
   * Returns the double in [0, 1) that a {@code SplittableRandom}'s {@code nextDouble()} returns once its seed has
   * been advanced to {@code advanced}.
   */
  static double unit(long advanced) {
    return (mix64(advanced) >>> 11) * DOUBLE_UNIT;
  }

  /** Returns a uniform draw on {@code [min, min + width)} from a unit draw: the uniform process's one formula. */
  static double scale(double min, double width, double unit) {
    return min + width * unit;
  }

  /** SplitMix64's finaliser, David Stafford's variant 13, as {@code SplittableRandom.mix64}. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
