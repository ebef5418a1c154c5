package org.evalcost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.evalcost.logs.AsIs;
import org.evalcost.logs.LogReader;
import org.evalcost.logs.Naming;
import org.evalcost.logs.UsageTally;

/**
 * In one JVM, alternately: the bare Jackson pass and evalcost's log reader over the same file, so
 * the ratio is free of start-up and of other load on the machine between runs. Each pass is timed
 * by the wall clock and by the CPU time of the thread that runs it, which other processes on a
 * shared machine disturb far less. FILE [ROUNDS].
 */
public final class ProfileThroughput {
  private ProfileThroughput() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    double mb = Files.size(file) / 1048576.0;
    Naming asIs = AsIs.NAMING;
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      BareJacksonPass.main(new String[] {file.toString()});
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      new LogReader(new UsageTally(), asIs, null, b -> { }).read(file);
      long t2 = System.nanoTime();
      long c2 = cpu.getCurrentThreadCpuTime();
      double bare = mb / ((t1 - t0) / 1e9);
      double reader = mb / ((t2 - t1) / 1e9);
      double bareCpu = mb / ((c1 - c0) / 1e9);
      double readerCpu = mb / ((c2 - c1) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: wall: bare %.1f MB/s, reader %.1f MB/s, ratio %.0f%%;"
          + " thread CPU: bare %.1f MB/s, reader %.1f MB/s, ratio %.0f%%%n", i + 1, bare, reader, 100 * reader / bare,
          bareCpu, readerCpu, 100 * readerCpu / bareCpu);
    }
  }
}
