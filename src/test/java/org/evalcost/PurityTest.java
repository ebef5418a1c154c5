package org.evalcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine and its statistics stay pure: no CLI, no JSON, no console; no state kept in statics,
 * so two estimators in one process never see each other's work; no threads of their own, as the
 * caller decides what runs where. The engine, which handles money, uses no binary floating point.
 */
class PurityTest {
  private static final Path MAIN = Path.of(System.getProperty("evalcost.project.dir", "."), "src/main/java/org/evalcost");
  private static final Pattern FRAMEWORK = Pattern.compile("^import (picocli|com\\.fasterxml)|System\\.(out|err)",
      Pattern.MULTILINE);
  private static final Pattern FLOATING = Pattern.compile("\\b(double|float|Double|Float)\\b");
  /** A static field that is not final, or one declared volatile. */
  private static final Pattern STATIC_VARIABLE = Pattern.compile(
      "^\\s*(?:(?:private|public|protected)\\s+)?static\\s+(?!final\\b)(?!(?:class|record|interface|enum)\\b)"
          + "(?:volatile\\s+)?[\\w<>\\[\\],.? ]+?\\s+\\w+\\s*[=;]", Pattern.MULTILINE);
  /** A static final field holding a collection made to be filled. */
  private static final Pattern STATIC_COLLECTION = Pattern.compile(
      "\\bstatic\\s+final\\s+[^=;(]+=\\s*new\\s+[\\w.]*(Map|Set|List|Deque|Queue)\\b");
  /** A static final array, whose name is then checked for writes. */
  private static final Pattern STATIC_ARRAY = Pattern.compile("\\bstatic\\s+final\\s+[\\w.]+(?:\\[\\])+\\s+(\\w+)\\s*=");
  private static final Pattern THREADS = Pattern.compile(
      "\\bnew\\s+Thread\\b|\\bextends\\s+Thread\\b|\\bExecutors?\\b|\\bForkJoin\\w*|\\bparallel(Stream)?\\(|\\bCompletableFuture\\b");

  /** A string literal that names a command-line option ("--effort"): outside comments. */
  private static final Pattern OPTION_IN_TEXT = Pattern.compile("\"[^\"\\n]*(?<![\\w-])--[a-z][\\w-]*[^\"\\n]*\"");

  private static List<Path> sources(String pkg) throws IOException {
    try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** What makes {@code text} impure, as a list of reasons (empty when pure). */
  static List<String> impurities(String text, boolean moneyOnly) {
    List<String> found = new ArrayList<>();
    if (FRAMEWORK.matcher(text).find()) {
      found.add("imports a framework or writes to the console");
    }
    if (moneyOnly && FLOATING.matcher(text).find()) {
      found.add("uses binary floating point");
    }
    Matcher variable = STATIC_VARIABLE.matcher(text);
    if (variable.find()) {
      found.add("keeps a static variable: " + variable.group().strip());
    }
    Matcher collection = STATIC_COLLECTION.matcher(text);
    if (collection.find()) {
      found.add("keeps a static collection: " + collection.group().strip());
    }
    Matcher array = STATIC_ARRAY.matcher(text);
    while (array.find()) {
      if (Pattern.compile("\\b" + array.group(1) + "\\s*\\[[^\\]]*\\]\\s*=(?!=)").matcher(text).find()) {
        found.add("writes to its static array " + array.group(1));
      }
    }
    Matcher threads = THREADS.matcher(text);
    if (threads.find()) {
      found.add("runs threads of its own: " + threads.group());
    }
    return found;
  }

  @Test
  void engineSourcesArePureAndUseNoDouble() throws IOException {
    List<Path> sources = sources("engine");
    assertThat(sources).hasSizeGreaterThan(10);
    for (Path source : sources) {
      assertThat(impurities(Files.readString(source), true)).as("%s breaks the engine's purity", source.getFileName())
          .isEmpty();
    }
  }

  /** The option names a text of {@code source} holds, comments left out: the engine names fields, its callers options. */
  static List<String> optionsNamed(String source) {
    List<String> found = new ArrayList<>();
    for (String line : source.split("\n")) {
      String code = line.strip();
      if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
        continue;
      }
      Matcher m = OPTION_IN_TEXT.matcher(code);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }

  @Test
  void engineTextsNameNoCommandLineOption() throws IOException {
    for (Path source : sources("engine")) {
      assertThat(optionsNamed(Files.readString(source))).as("%s names options in its texts (use RequestField)",
          source.getFileName()).isEmpty();
    }
    assertThat(optionsNamed("    warn(\"a measured profile, or --effort, settles it\");")).hasSize(1);
    assertThat(optionsNamed("   * --all-models asks for \"the same\" seven\n  // \"--items\" here")).isEmpty();
    assertThat(optionsNamed("    x(\"an en--dash, a -- b\");")).isEmpty();
  }

  @Test
  void statsSourcesKeepNoStaticStateAndStartNoThreads() throws IOException {
    List<Path> sources = sources("stats");
    assertThat(sources).extracting(p -> p.getFileName().toString()).contains("MonteCarlo.java", "Normals.java");
    for (Path source : sources) {
      assertThat(impurities(Files.readString(source), false)).as("%s breaks the statistics' purity",
          source.getFileName()).isEmpty();
    }
  }

  /** The checks catch what they are for: each of these snippets is refused, for its own reason. */
  @Test
  void theChecksRefuseWhatTheyAreFor() {
    assertThat(impurities("import picocli.CommandLine;", false)).hasSize(1);
    assertThat(impurities("  void f() { System.out.println(); }", false)).hasSize(1);
    assertThat(impurities("  BigDecimal f(double x) {", true)).containsExactly("uses binary floating point");
    assertThat(impurities("  BigDecimal f(double x) {", false)).isEmpty();
    assertThat(impurities("  private static volatile Ahead ahead;", false)).hasSize(1);
    assertThat(impurities("  static int calls = 0;", false)).hasSize(1);
    assertThat(impurities("  private static final java.util.Map<Integer, double[]> NORMALS = new java.util.concurrent"
        + ".ConcurrentHashMap<>();", false)).hasSize(1);
    assertThat(impurities("  private static final long[] SEEN = new long[4];\n  void f() { SEEN[0] = 1; }", false))
        .containsExactly("writes to its static array SEEN");
    assertThat(impurities("    Thread t = new Thread(task);", false)).hasSize(1);
    assertThat(impurities("    task.start(); class Ahead extends Thread {}", false)).hasSize(1);
    assertThat(impurities("    list.parallelStream().map(f)", false)).hasSize(1);
    // and these are not impure:
    assertThat(impurities("  private static final int DRAWS = 10_000;\n  private static final long[] POWERS = {1, 10};\n"
        + "  static final class Part {}\n  private static double min(double[] a) { if (POWERS[0] == 1) {} }", false))
        .isEmpty();
  }
}
