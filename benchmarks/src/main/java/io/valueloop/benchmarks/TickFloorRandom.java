package io.valueloop.benchmarks;

/**
 * SplitMix64 (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA): one 64-bit
 * state per stream, kept in a flat {@code long[]}, advanced by a constant and mixed by two multiplications. The
 * cheapest sound generator a specialised engine could use per segment.
 */
final class TickFloorRandom {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private TickFloorRandom() {}

  /** {@return the start state of stream {@code stream} of a run seeded with {@code seed}} */
  static long seed(long seed, int stream) {
    return mix(seed + GOLDEN_GAMMA * (stream + 1L));
  }

  /** Advances the stream at {@code states[i]} and returns its next double, uniform on [0, 1). */
  static double nextDouble(long[] states, int i) {
    long state = states[i] + GOLDEN_GAMMA;
    states[i] = state;
    return (mix(state) >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
