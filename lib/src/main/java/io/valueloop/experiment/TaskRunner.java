package io.valueloop.experiment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the tasks {@code 0..total−1} of an experiment, on the calling thread or on workers given to an
 * {@link Executor}, reporting progress on the calling thread. Each task stores its values at its own index, so the
 * outcome does not depend on which worker runs which task. If a task fails, the others stop, every worker is waited
 * for, and the failure is rethrown; {@link #run} never returns while a worker it started is running.
 */
final class TaskRunner {
  /** One task; returns false if it stopped early because {@code stop} was raised. */
  @FunctionalInterface
  interface Task {
    boolean run(int index, AtomicBoolean stop);
  }

  /** Told that one more task is done. */
  @FunctionalInterface
  interface Progress {
    void done();
  }

  private TaskRunner() {}

  static void run(int total, int threads, Executor executor, Task task, Progress progress) {
    if (threads == 1 || total == 1) {
      AtomicBoolean never = new AtomicBoolean();
      for (int i = 0; i < total; i++) {
        if (Thread.currentThread().isInterrupted()) {
          throw interrupted(i, total);
        }
        task.run(i, never);
        progress.done();
      }
      return;
    }
    ExecutorService own = null;
    List<Thread> started = new CopyOnWriteArrayList<>();
    Executor workers = executor;
    if (workers == null) {
      own = Executors.newFixedThreadPool(Math.min(threads, total), runnable -> {
        Thread thread = new Thread(runnable, "valueloop-experiment-" + started.size());
        // Daemon, so that a measure that never returns cannot keep the JVM alive; run() still waits for it.
        thread.setDaemon(true);
        started.add(thread);
        return thread;
      });
      workers = own;
    }
    try {
      runParallel(total, Math.min(threads, total), workers, task, progress);
    } finally {
      if (own != null) {
        shutDown(own, started);
      }
    }
  }

  /**
   * Each finished task releases one permit of {@code finished}; a failing worker records its failure, raises
   * {@code stop} and releases a permit, so the waiting thread always wakes.
   */
  private static void runParallel(int total, int count, Executor executor, Task task, Progress progress) {
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Semaphore finished = new Semaphore(0);
    CountDownLatch ended = new CountDownLatch(count);
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement(); i < total && !stop.get(); i = next.getAndIncrement()) {
          if (task.run(i, stop)) {
            finished.release();
          }
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        stop.set(true);
        finished.release();
      } finally {
        ended.countDown();
      }
    };
    boolean interrupted = false;
    RuntimeException listenerFailure = null;
    int done = 0;
    try {
      for (int w = 0; w < count; w++) {
        try {
          executor.execute(worker);
        } catch (RejectedExecutionException e) {
          failure.compareAndSet(null, new IllegalStateException("executor must accept the experiment's workers but"
              + " rejected worker " + w + " of " + count + " (experiment)", e));
          stop.set(true);
          finished.release();
          for (int unsent = w; unsent < count; unsent++) {
            ended.countDown();
          }
          break;
        }
      }
      while (done < total) {
        finished.acquire();
        if (failure.get() != null) {
          break;
        }
        done++;
        progress.done();
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } catch (RuntimeException e) {
      listenerFailure = e;
    } finally {
      stop.set(true);
      interrupted |= awaitAll(ended);
    }
    Throwable failed = failure.get();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (listenerFailure != null) {
      // A worker may have failed while the listener ran: keep its failure too.
      if (failed != null) {
        listenerFailure.addSuppressed(failed);
      }
      throw listenerFailure;
    }
    if (failed instanceof RuntimeException) {
      throw (RuntimeException) failed;
    }
    if (failed != null) {
      throw (Error) failed;
    }
    if (interrupted) {
      throw interrupted(done, total);
    }
  }

  /**
   * Shuts a pool down and joins its threads (their tasks have ended), keeping an interrupt: a pool reports itself
   * terminated a moment before its threads have died.
   */
  private static void shutDown(ExecutorService pool, List<Thread> threads) {
    pool.shutdown();
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for every worker to end, through interrupts; returns whether this thread was interrupted. */
  private static boolean awaitAll(CountDownLatch ended) {
    boolean interrupted = false;
    while (true) {
      try {
        ended.await();
        return interrupted;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  static IllegalStateException interrupted(int done, int total) {
    return new IllegalStateException("experiment must run to the end but was interrupted after " + done + " of "
        + total + " runs (experiment)");
  }
}
