package org.evalcost.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evalcost.engine.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in data, read from a jar as the launcher runs it, and from the class path as tests do. */
class DataSourceTest {
  @TempDir Path dir;

  /** A jar holding the shipped data files, as the build packs them. */
  private Path jarOfShippedData() throws IOException {
    Path jar = dir.resolve("evalcost.jar");
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
      for (String name : new String[] {CatalogLoader.MODELS, CatalogLoader.BENCHMARKS, CatalogLoader.SUITES,
          CatalogLoader.PROFILES, CatalogLoader.PRIORS, CatalogLoader.PUBLISHED, CatalogLoader.PROVIDERS, CatalogLoader.UPSTREAM_MODELS,
          ConfirmedPrices.FILE}) {
        out.putNextEntry(new ZipEntry("org/evalcost/data/" + name));
        try (InputStream in = DataSource.builtIn(null).open(name)) {
          in.transferTo(out);
        }
      }
    }
    return jar;
  }

  @Test
  void readsTheSameCatalogFromAJarAsFromTheClassPath() throws IOException {
    Catalog fromJar = new CatalogLoader(DataSource.builtIn(jarOfShippedData())).load();
    Catalog fromClassPath = new CatalogLoader(DataSource.builtIn(null)).load();

    assertThat(fromJar.models()).isEqualTo(fromClassPath.models());
    assertThat(fromJar.benchmarks()).isEqualTo(fromClassPath.benchmarks());
    assertThat(fromJar.suites()).isEqualTo(fromClassPath.suites());
  }

  @Test
  void aFileMissingFromTheJarIsADataError() throws IOException {
    DataSource source = DataSource.builtIn(jarOfShippedData());
    assertThatThrownBy(() -> source.open("nothing.json"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("data/nothing.json (built in)")
        .hasMessageContaining("missing from the jar; rebuild it");
  }

  @Test
  void readsAllOfAnEntry() throws IOException {
    DataSource source = DataSource.builtIn(jarOfShippedData());
    String text;
    try (InputStream in = source.open(CatalogLoader.SUITES)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(Path.of(System.getProperty("evalcost.project.dir", "."), "data",
        CatalogLoader.SUITES)));
  }

  /** The jar is opened once for all the files (each opening reads its whole directory). */
  @Test
  void opensTheJarOnceForAllItsFiles() throws IOException {
    Path jar = jarOfShippedData();
    DataSource source = DataSource.builtIn(jar);
    try (InputStream in = source.open(CatalogLoader.SUITES)) {
      in.readAllBytes();
    }
    Files.delete(jar); // gone from the directory, still open
    try (InputStream in = source.open(CatalogLoader.MODELS)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"o1\"");
    }
  }
}
