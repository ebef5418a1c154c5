package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.evalcost.Golden;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every report in a real browser (headless Chromium) and checks that the page loads with
 * no console message (the pages carry no script, so any message is a blocked or failed load) and
 * that the screenshot shows the chart. Skipped without Chromium, unless EVALCOST_BROWSER_TEST is
 * "required", as .ci/run sets it after installing the browser.
 */
class BrowserRenderTest {
  private static final Path OUT = Golden.PROJECT.resolve("target/browser");
  private static Path chromium;

  @TempDir static Path profiles;

  @BeforeAll
  static void findBrowser() throws IOException {
    String named = System.getenv("EVALCOST_CHROMIUM");
    for (String candidate : named != null ? List.of(named)
        : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        chromium = Path.of(candidate);
        break;
      }
    }
    boolean required = "required".equals(System.getenv("EVALCOST_BROWSER_TEST"));
    assertThat(chromium != null || !required).as("EVALCOST_BROWSER_TEST=required but no Chromium found").isTrue();
    Assumptions.assumeTrue(chromium != null, "no Chromium: install Debian's chromium package to run this test");
    Files.createDirectories(OUT);
  }

  private record Rendered(int code, List<String> console, BufferedImage image) {}

  @ParameterizedTest
  @ValueSource(strings = {"estimate.html", "compare.html", "plan.html", "backtest.html", "compare.svg",
      "backtest.svg"})
  void reportLoadsCleanlyAndShowsItsChart(String name) throws Exception {
    Path file = OUT.resolve(name);
    Files.writeString(file, report(name), StandardCharsets.UTF_8);
    Rendered page = render(file, OUT.resolve(name + ".png"), List.of());
    assertThat(page.code()).isZero();
    assertThat(page.console()).as("console messages").isEmpty();
    assertThat(inked(page.image())).as("share of the screenshot that is not background").isGreaterThan(0.02);
    if (!name.startsWith("backtest")) {
      assertThat(paletteColoursSeen(page.image())).as("bar colours on screen").isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void darkModeDarkensThePageAndChart() throws Exception {
    Path file = OUT.resolve("compare-dark.html");
    Files.writeString(file, report("compare.html"), StandardCharsets.UTF_8);
    Rendered page = render(file, OUT.resolve("compare-dark.png"), List.of("--force-dark-mode"));
    assertThat(page.console()).isEmpty();
    assertThat(luminance(page.image().getRGB(4, 4))).as("page background").isLessThan(40);
    assertThat(luminance(page.image().getRGB(60, 140))).as("chart background").isLessThan(40);
    assertThat(paletteColoursSeen(page.image())).isGreaterThanOrEqualTo(5);
  }

  @Test
  void printsToPdf() throws Exception {
    Path file = OUT.resolve("estimate-print.html");
    Files.writeString(file, report("estimate.html"), StandardCharsets.UTF_8);
    Path pdf = OUT.resolve("estimate.pdf");
    Files.deleteIfExists(pdf);
    Process p = new ProcessBuilder(command(file, List.of("--print-to-pdf=" + pdf, "--no-pdf-header-footer")))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(Files.size(pdf)).isGreaterThan(10_000);
  }

  /** The checks themselves can fail: a page that loads from outside logs, and a blank page is blank. */
  @Test
  void theChecksCatchABlockedLoadAndABlankPage() throws Exception {
    Path file = OUT.resolve("control.html");
    Files.writeString(file, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
        + "content=\"default-src 'none'\"/></head><body><img src=\"https://example.com/x.png\"/></body></html>");
    Rendered page = render(file, OUT.resolve("control.png"), List.of());
    assertThat(page.console()).isNotEmpty();
    assertThat(inked(page.image())).isLessThan(0.001);
    assertThat(paletteColoursSeen(page.image())).isZero();
  }

  private static String report(String name) {
    String format = name.substring(name.indexOf('.') + 1);
    String command = name.substring(0, name.indexOf('.'));
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "estimate" -> args.addAll(List.of("--model", "o1"));
      case "compare" -> args.addAll(List.of("--models", "o1,gpt-4o,claude-3.7-sonnet-thinking,deepseek-r1"));
      case "plan" -> args.addAll(List.of("--model", "o1", "--budget", "300"));
      default -> { }
    }
    args.addAll(List.of("--format", format));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(result.code()).as(result.err()).isZero();
    return result.out();
  }

  private static List<String> command(Path file, List<String> extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createTempDirectory(profiles, "profile"), "--enable-logging=stderr", "--v=0",
        "--hide-scrollbars", "--window-size=1000,900"));
    command.addAll(extra);
    command.add(file.toUri().toString());
    return command;
  }

  private static Rendered render(Path file, Path png, List<String> extra) throws Exception {
    Files.deleteIfExists(png);
    List<String> command = command(file, new ArrayList<>(extra));
    command.add(command.size() - 1, "--screenshot=" + png);
    Path log = Files.createTempFile(profiles, "chromium", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished within 90 s").isTrue();
    List<String> console = Files.readAllLines(log).stream().filter(l -> l.contains(":CONSOLE")).toList();
    assertThat(png).as(String.join("\n", Files.readAllLines(log))).exists();
    return new Rendered(p.exitValue(), console, ImageIO.read(png.toFile()));
  }

  /** The share of pixels that differ clearly from the top-left one (the page background). */
  private static double inked(BufferedImage image) {
    int background = image.getRGB(0, 0);
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (distance(image.getRGB(x, y), background) > 48) {
          inked++;
        }
      }
    }
    return (double) inked / ((long) image.getWidth() * image.getHeight());
  }

  /** How many of the chart palette's colours cover at least 50 pixels. */
  private static long paletteColoursSeen(BufferedImage image) {
    int[] palette = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
    int[] counts = new int[palette.length];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        for (int i = 0; i < palette.length; i++) {
          if (distance(rgb, palette[i]) < 12) {
            counts[i]++;
          }
        }
      }
    }
    return java.util.Arrays.stream(counts).filter(c -> c >= 50).count();
  }

  private static int distance(int a, int b) {
    return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) + Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))
        + Math.abs((a & 0xFF) - (b & 0xFF));
  }

  private static int luminance(int rgb) {
    return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
  }
}
