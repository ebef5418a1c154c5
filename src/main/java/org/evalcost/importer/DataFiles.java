package org.evalcost.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a file in place whole: a reader sees the old file or the whole new one, never half of one. */
public final class DataFiles {
  /** What names the upstream files the generators read: data/upstream.properties. */
  public static final String INPUTS = "upstream.properties";

  /** The upstream files upstream.properties names, relative to the project (the folder above DATA_DIR). */
  public static java.util.Properties inputs(Path dataDir) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = Files.newBufferedReader(dataDir.resolve(INPUTS), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private DataFiles() {}

  /** Writes beside the target, then moves into place: a reader sees the old file or the whole new one. */
  public static void writeAtomically(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException notPosix) {
        // the file system's own default stands
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A generator's one argument, the data folder; its usage and exit code 2 otherwise. */
  static Path dataDir(String[] args, String program) {
    if (args.length != 1) {
      System.err.println("usage: " + program + " DATA_DIR");
      System.exit(2);
    }
    return Path.of(args[0]);
  }
}
