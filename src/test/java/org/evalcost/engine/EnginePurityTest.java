package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays pure: no CLI, no JSON, no console, and no binary floating point for money. */
class EnginePurityTest {
  private static final Path ENGINE =
      Path.of(System.getProperty("evalcost.project.dir", "."), "src/main/java/org/evalcost/engine");
  private static final Pattern FORBIDDEN =
      Pattern.compile("^import (picocli|com\\.fasterxml)|System\\.(out|err)|\\b(double|float|Double|Float)\\b",
          Pattern.MULTILINE);

  @Test
  void engineSourcesImportNoFrameworkAndUseNoDouble() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(ENGINE)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(10);
    for (Path source : sources) {
      String text = Files.readString(source);
      assertThat(FORBIDDEN.matcher(text).find()).as("%s breaks the engine's purity", source.getFileName()).isFalse();
    }
  }
}
