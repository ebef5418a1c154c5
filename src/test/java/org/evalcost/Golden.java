package org.evalcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under src/test/resources/golden. Run with -Dgolden.update=true to
 * rewrite the files from the current output, then review the diff before committing.
 */
public final class Golden {
  public static final Path PROJECT = Path.of(System.getProperty("evalcost.project.dir", "."));
  private static final Path DIR = PROJECT.resolve("src/test/resources/golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", name).exists();
      assertThat(actual).as("output against golden file %s", name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
