package org.evalcost.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a usage JSONL of about the given size, deterministically, for benchmarks: FILE MEGABYTES. */
public final class UsageJsonl {
  private UsageJsonl() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long target = Long.parseLong(args[1]) << 20;
    String[] models = {"o1", "gpt-4o", "claude-3.6-sonnet", "o3-mini-high"};
    String[] benchmarks = {"mmlu-pro", "gpqa-diamond", "hle", "livecodebench", "scicode", "aime-2024", "math-500"};
    long state = 1;
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < target) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        long r = state >>> 17;
        String line = "{\"model\": \"" + models[(int) (r % 4)] + "\", \"benchmark\": \"" + benchmarks[(int) (r / 4 % 7)]
            + "\", \"input_tokens\": " + (100 + r % 3000) + ", \"output_tokens\": " + (50 + (r >>> 12) % 20000)
            + ", \"reasoning_tokens\": " + ((r >>> 20) % 15000) + ", \"cached_tokens\": " + ((r >>> 30) % 100) + "}\n";
        out.write(line);
        written += line.length();
      }
    }
  }
}
