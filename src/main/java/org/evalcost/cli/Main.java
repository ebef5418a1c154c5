package org.evalcost.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the jar. */
public final class Main {
  /**
   * picocli's picocli.converters.excludes, as every run sets it. picocli registers converters for
   * java.sql and java.time types and java.nio.file.Path by reflection whenever it starts (docs/startup.md,
   * the ledger), testing each class name against these patterns. None is needed:
   * EvalCost registers its own for Path, and date options bring theirs.
   */
  static final String CONVERTER_EXCLUDES = ".*";

  private Main() {}

  /**
   * Sets what every run sets before picocli starts (a system property already given wins). Besides
   * the converters, picocli's default factory looks for Groovy's Closure class, and the failed
   * lookup costs every run (docs/startup.md, the ledger).
   */
  static void configure() {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", CONVERTER_EXCLUDES);
    }
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
  }

  public static void main(String[] args) {
    configure();
    // Standard output as the file it is, not System.out: a PrintStream swallows write errors.
    OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
    System.exit(EvalCost.run(Environment.system(), writer(stdout), writer(System.err), args));
  }

  /** How a run writes: UTF-8, whatever the platform's default. */
  static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }
}
