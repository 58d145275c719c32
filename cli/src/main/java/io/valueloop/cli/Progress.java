package io.valueloop.cli;

import io.valueloop.experiment.Experiment;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows an experiment's progress on the error stream, never on standard output: a bar redrawn in place with the runs
 * done and an estimate of the time left, on a terminal; or a plain line at every tenth of the runs, in a log.
 */
final class Progress implements Experiment.ProgressListener {
  /** How progress is shown. */
  enum Mode {
    /** A bar on a terminal, lines otherwise. */
    AUTO,
    /** A bar redrawn in place. */
    BAR,
    /** A line at every tenth of the runs. */
    LINES,
    /** Nothing. */
    NONE
  }

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final PrintWriter err;
  private final Mode mode;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private boolean drawn;
  private int lastTenth;
  private int lastTotal;

  /**
   * Creates a progress display.
   *
   * @param err the error stream
   * @param mode how to show progress; {@link Mode#AUTO} chooses by whether the program runs in a terminal
   * @param clock the time in nanoseconds, as {@link System#nanoTime()}
   */
  Progress(PrintWriter err, Mode mode, LongSupplier clock) {
    this.err = err;
    this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LINES) : mode;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public void progress(int done, int total) {
    long now = clock.getAsLong();
    if (mode == Mode.BAR && (done == total || !drawn || now - lastDrawn >= REDRAW_NANOS)) {
      lastDrawn = now;
      drawn = true;
      int filled = (int) ((long) WIDTH * done / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " runs  "
          + percent(done, total) + "  " + timeLeft(now, done, total) + "   ");
      if (done == total) {
        err.println();
      }
      err.flush();
    } else if (mode == Mode.LINES) {
      int tenth = (int) (10L * done / total);
      if (lastTotal != 0 && total != lastTotal) {
        err.println("progress: more replications needed, " + total + " runs in all");
        lastTenth = (int) (10L * (done - 1) / total);
      }
      lastTotal = total;
      if (tenth > lastTenth || done == total) {
        lastTenth = tenth;
        err.println("progress: " + done + "/" + total + " runs  " + percent(done, total) + "  "
            + timeLeft(now, done, total));
        err.flush();
      }
    }
  }

  private static String percent(int done, int total) {
    return String.format(Locale.ROOT, "%3d %%", 100L * done / total);
  }

  private String timeLeft(long now, int done, int total) {
    if (done == total) {
      return duration(now - start) + " elapsed";
    }
    return "about " + duration((now - start) / done * (total - done)) + " left";
  }

  /** Formats a duration for a person: seconds, minutes and seconds, or hours and minutes. */
  static String duration(long nanos) {
    long seconds = Math.round((double) nanos / NANOS_PER_SECOND);
    if (seconds == 0) {
      return "<1 s";
    }
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
  }
}
