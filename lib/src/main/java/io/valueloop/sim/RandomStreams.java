package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent random streams derived from one seed, one per (replication, purpose): the stream of a purpose
 * (for example {@code "demand/families"}) depends only on the seed, the replication and the purpose's name, so
 * adding a stream never shifts the others, a replication can be replayed alone, and two scenarios that name their
 * streams alike share common random numbers. No static state; immutable and thread-safe (the streams it returns
 * are not).
 *
 * <p>Seeds are derived by hashing the seed, replication and name with the SplitMix64 finaliser (Steele, Lea and
 * Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA) and feed a {@link SplittableRandom}.
 */
public final class RandomStreams {
  private final long seed;

  private RandomStreams(long seed) {
    this.seed = seed;
  }

  /**
   * Returns the streams of a seed.
   *
   * @param seed the master seed
   * @return the streams
   */
  public static RandomStreams of(long seed) {
    return new RandomStreams(seed);
  }

  /** {@return the master seed} */
  public long seed() {
    return seed;
  }

  /**
   * Returns a new generator for a purpose in a replication; calling twice with the same arguments returns two
   * generators that produce the same numbers.
   *
   * @param replication the replication number, non-negative
   * @param purpose the name of the stream, non-blank (for example {@code "demand/" + actorId})
   * @return a new generator positioned at the start of the stream
   */
  public RandomGenerator stream(long replication, String purpose) {
    return generator(start(replication, purpose));
  }

  /**
   * Returns where the stream of a purpose in a replication starts, for {@link #generator(long)}: {@code
   * stream(replication, purpose)} is {@code generator(start(replication, purpose))}. Apart so that a run can find
   * every start first and then make its generators one after another, next to each other in memory.
   */
  long start(long replication, String purpose) {
    Preconditions.nonNegative("replication", replication);
    Preconditions.nonBlank("purpose", purpose);
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h ^ replication);
    for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xFF));
    }
    return h;
  }

  /**
   * Returns a new generator positioned at a stream's {@link #start}. {@link FlatUniform} draws as this generator
   * does, from its state alone: a change here must go there too (FlatUniformTest checks both).
   */
  static RandomGenerator generator(long start) {
    return new SplittableRandom(start);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "RandomStreams{seed=" + seed + "}";
  }
}
