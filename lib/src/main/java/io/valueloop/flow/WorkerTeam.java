package io.valueloop.flow;

import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads that runs one {@link Job} at a time, split into {@link #size()} parts: the calling
 * thread runs part 0 and each worker thread one of the parts {@code 1..size-1}; {@link #run(Job)} returns when
 * every part has finished.
 *
 * <p>Why not an {@link java.util.concurrent.ExecutorService}: a propagation sweep must not allocate, and handing
 * tasks to an executor allocates per submission. Here the hand-off is a generation counter written by the
 * caller alone and a completion slot written by each worker alone, so plain volatile reads and writes suffice
 * (no compare-and-set, no shared accumulator); waiting spins briefly, then parks. Which part runs on which
 * thread is fixed, and parts never share output, so results do not depend on scheduling.
 *
 * <p>One job at a time: {@link #run(Job)} must not be called concurrently. Worker threads are daemons, started by
 * the constructor and stopped by {@link #close()}.
 *
 * <p>Public only so that the simulation's tick ({@code io.valueloop.sim}) shares this team rather than keeping
 * another; not part of the library's API.
 */
public final class WorkerTeam implements AutoCloseable {
  /** Work split into parts; {@code run(part)} is called once per part, each on its own thread. */
  public interface Job {
    /**
     * Runs one part of the work.
     *
     * @param part the part, {@code 0 <= part < size()}
     */
    void run(int part);
  }

  /**
   * How long a waiting thread spins, then yields, before it parks: spinning catches back-to-back sweeps within
   * microseconds; yielding gives the processor to the thread being waited for when the machine has more runnable
   * threads than cores, where a spinning waiter would only delay it.
   */
  private static final int SPINS = 1 << 8;
  private static final int YIELDS = 1 << 10;

  private final Worker[] workers;
  private volatile Job job;
  private volatile long generation;
  private volatile Thread caller;
  private volatile boolean closed;

  /**
   * Starts a team.
   *
   * @param size the number of parts, counting the caller's; {@code size - 1} threads are started
   * @throws IllegalArgumentException if {@code size < 1}
   */
  public WorkerTeam(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + size);
    }
    workers = new Worker[size - 1];
    for (int w = 0; w < workers.length; w++) {
      workers[w] = new Worker(w + 1);
    }
    for (Worker worker : workers) {
      worker.thread.start();
    }
  }

  /**
   * Returns the number of parts a job is split into, the number of threads including the caller.
   *
   * @return the number of parts
   */
  public int size() {
    return workers.length + 1;
  }

  /**
   * Runs every part of a job and waits for all of them. If parts fail, the failure of the lowest part is
   * rethrown after all parts have finished.
   *
   * @param work the job
   * @throws IllegalStateException if the team is closed
   */
  public void run(Job work) {
    if (closed) {
      throw new IllegalStateException("worker team must be open but was closed");
    }
    if (workers.length == 0) {
      work.run(0);
      return;
    }
    caller = Thread.currentThread();
    job = work;
    long next = generation + 1;
    generation = next;
    for (Worker worker : workers) {
      LockSupport.unpark(worker.thread);
    }
    Throwable failure = null;
    try {
      work.run(0);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (Worker worker : workers) {
      for (int spin = 0; worker.done != next; spin++) {
        pause(spin, this);
      }
      if (failure == null && worker.failure != null) {
        failure = worker.failure;
      }
      worker.failure = null;
    }
    job = null;
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure != null) {
      throw (Error) failure;
    }
  }

  /** Waits a little, the more the longer it has waited already: see {@link #SPINS}. */
  private static void pause(int spin, Object blocker) {
    if (spin < SPINS) {
      Thread.onSpinWait();
    } else if (spin < SPINS + YIELDS) {
      Thread.yield();
    } else {
      LockSupport.park(blocker);
    }
  }

  /** Stops the worker threads and waits for them; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    boolean interrupted = false;
    for (Worker worker : workers) {
      LockSupport.unpark(worker.thread);
      while (worker.thread.isAlive()) {
        try {
          worker.thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One worker thread and the slots only it writes. */
  private final class Worker implements Runnable {
    final Thread thread;
    private final int part;
    volatile long done;
    volatile Throwable failure;

    Worker(int part) {
      this.part = part;
      this.thread = new Thread(this, "valueloop-worker-" + part);
      thread.setDaemon(true);
    }

    @Override
    public void run() {
      long seen = 0;
      while (true) {
        for (int spin = 0; generation == seen && !closed; spin++) {
          pause(spin, this);
        }
        if (closed) {
          return;
        }
        seen = generation;
        try {
          job.run(part);
        } catch (RuntimeException | Error e) {
          failure = e;
        }
        done = seen;
        LockSupport.unpark(caller);
      }
    }
  }
}
