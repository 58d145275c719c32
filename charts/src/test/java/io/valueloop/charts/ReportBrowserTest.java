package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in a real browser: headless Chromium renders each to a PNG, and the picture must not be blank, must
 * show one frame per figure (the frames have {@link Report#FRAME_COLOR}, found by scanning pixel rows), and each
 * frame must hold drawn pixels. Chromium is required: without it the test fails and says how to install it.
 */
class ReportBrowserTest {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 6000;
  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

  @Test
  void simulateReport_inChromium_showsEveryFigureDrawn(@TempDir Path dir) throws Exception {
    Report report = Reports.simulate(Samples.serial(), Samples.scenario(false), Samples.run(false));

    BufferedImage page = screenshot(report, dir);

    assertNotBlank(page);
    assertFiguresDrawn(page, report.figureCount());
  }

  @Test
  void experimentReport_inChromium_showsEveryFigureDrawn(@TempDir Path dir) throws Exception {
    Report report = Reports.experiment(Samples.serial(), Samples.sweep(), 0.95);

    BufferedImage page = screenshot(report, dir);

    assertNotBlank(page);
    assertFiguresDrawn(page, report.figureCount());
  }

  @Test
  void solveReport_largeChain_inChromium_showsEveryFigureDrawn(@TempDir Path dir) throws Exception {
    Report report = Reports.solve(Samples.large(), Samples.steadyState(Samples.large()));

    BufferedImage page = screenshot(report, dir);

    assertNotBlank(page);
    assertFiguresDrawn(page, report.figureCount());
  }

  private static BufferedImage screenshot(Report report, Path dir) throws Exception {
    Path browser = browser().orElseGet(() -> fail("Chromium must be installed for the browser test but was not"
        + " found on PATH (" + String.join(", ", BROWSERS) + "). Install it with"
        + " 'sudo apt-get install -y chromium' (Debian, Ubuntu) or your system's package; .ci/run installs it."));
    Path html = dir.resolve("report.html");
    report.write(html);
    Path png = dir.resolve("report.png");
    Path log = dir.resolve("chromium.log");
    Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions",
        "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT,
        html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium must render the report within 120 s but did not; its log:%n%s", Files.readString(log));
    }
    assertThat(process.exitValue()).as("Chromium's exit code; its log:%n%s", Files.readString(log)).isZero();
    assertThat(png).as("Chromium's screenshot; its log:%n%s", Files.readString(log)).exists();
    // Kept for people to look at: target/browser/<title>.png.
    Path keep = Path.of("target", "browser", report.title().toLowerCase(Locale.ROOT).replace(' ', '-') + ".png");
    Files.createDirectories(keep.getParent());
    Files.copy(png, keep, StandardCopyOption.REPLACE_EXISTING);
    BufferedImage image = Pictures.png(Files.readAllBytes(png));
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    return image;
  }

  private static void assertNotBlank(BufferedImage page) {
    assertThat(Pictures.drawnFraction(page, 0, 0, page.getWidth(), page.getHeight())).as("drawn part of the page")
        .isGreaterThan(0.01);
    assertThat(Pictures.drawnFraction(page, 0, 0, page.getWidth(), 80)).as("drawn part of the title band")
        .isGreaterThan(0.002);
  }

  /** Finds the frames' top and bottom borders, pairs them, and checks each frame's inside. */
  private static void assertFiguresDrawn(BufferedImage page, int figures) {
    List<int[]> borders = new ArrayList<>();
    int[] open = null;
    for (int y = 0; y < page.getHeight(); y++) {
      int[] run = longestFrameRun(page, y);
      if (run[1] - run[0] >= 200) {
        if (open == null) {
          open = new int[] {y, y, run[0], run[1]};
          borders.add(open);
        } else {
          open[1] = y;
        }
      } else {
        open = null;
      }
    }
    assertThat(borders).as("top and bottom borders of %d frames (is the window tall enough?)", figures)
        .hasSize(2 * figures);
    for (int f = 0; f < figures; f++) {
      int[] top = borders.get(2 * f);
      int[] bottom = borders.get(2 * f + 1);
      int x0 = Math.max(top[2], bottom[2]) + 4;
      int x1 = Math.min(top[3], bottom[3]) - 4;
      int y0 = top[1] + 1;
      int y1 = bottom[0];
      assertThat(y1 - y0).as("height inside frame %d", f + 1).isGreaterThan(200);
      assertThat(x1 - x0).as("width inside frame %d", f + 1).isGreaterThan(300);
      assertThat(Pictures.drawnFraction(page, x0, y0, x1, y1)).as("drawn part inside frame %d", f + 1)
          .isGreaterThan(0.01);
    }
  }

  /** Returns {@code [start, end)} of the longest run of frame-coloured pixels in a row. */
  private static int[] longestFrameRun(BufferedImage page, int y) {
    int best = 0;
    int bestStart = 0;
    int start = -1;
    for (int x = 0; x <= page.getWidth(); x++) {
      boolean frame = x < page.getWidth() && (page.getRGB(x, y) & 0xFFFFFF) == Report.FRAME_COLOR;
      if (frame && start < 0) {
        start = x;
      } else if (!frame && start >= 0) {
        if (x - start > best) {
          best = x - start;
          bestStart = start;
        }
        start = -1;
      }
    }
    return new int[] {bestStart, bestStart + best};
  }

  private static Optional<Path> browser() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : BROWSERS) {
      for (String folder : path.split(File.pathSeparator)) {
        Path candidate = Path.of(folder, name);
        if (!folder.isEmpty() && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
