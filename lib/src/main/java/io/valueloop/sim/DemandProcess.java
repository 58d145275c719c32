package io.valueloop.sim;

import java.util.random.RandomGenerator;

/**
 * A consumer segment's demand over time: an immutable specification that starts a {@link DemandStream} per segment
 * per run, drawing from the random stream it is given (its own stream, so that segments and scenarios can share
 * common random numbers).
 */
@FunctionalInterface
public interface DemandProcess {

  /**
   * Starts the demand of one segment for one run.
   *
   * @param random the segment's own random stream for this run
   * @return the stream of demands
   */
  DemandStream start(RandomGenerator random);
}
