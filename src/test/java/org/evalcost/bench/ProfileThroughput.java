package org.evalcost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evalcost.logs.LogReader;
import org.evalcost.logs.UsageTally;

/**
 * In one JVM, alternately: the bare Jackson pass and evalcost's log reader over the same file, so
 * the ratio is free of start-up and of other load on the machine between runs. FILE [ROUNDS].
 */
public final class ProfileThroughput {
  private ProfileThroughput() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    double mb = Files.size(file) / 1048576.0;
    LogReader.Naming asIs = LogReader.Naming.asIs();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      BareJacksonPass.main(new String[] {file.toString()});
      long t1 = System.nanoTime();
      new LogReader(new UsageTally(), asIs, null, b -> { }).read(file);
      long t2 = System.nanoTime();
      double bare = mb / ((t1 - t0) / 1e9);
      double reader = mb / ((t2 - t1) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: bare %.1f MB/s, reader %.1f MB/s, ratio %.0f%%%n", i + 1, bare, reader,
          100 * reader / bare);
    }
  }
}
