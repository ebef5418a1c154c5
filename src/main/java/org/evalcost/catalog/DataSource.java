package org.evalcost.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Where the catalog's files are read from: a directory, or the copy built into the jar. */
public interface DataSource {

  /** How a file is named in messages. */
  String label(String file);

  /** Opens a file; a missing one is reported as a {@link DataException}. */
  InputStream open(String file) throws IOException;

  /** Whether an optional file is there. */
  default boolean has(String file) {
    return false;
  }

  /** The same files but {@code file}, which is then never there (an optional file left out). */
  default DataSource without(String file) {
    DataSource all = this;
    return new DataSource() {
      @Override
      public String label(String f) {
        return all.label(f);
      }

      @Override
      public InputStream open(String f) throws IOException {
        return all.open(f);
      }

      @Override
      public boolean has(String f) {
        return !f.equals(file) && all.has(f);
      }
    };
  }

  static DataSource directory(Path dir) {
    return new DataSource() {
      @Override
      public String label(String file) {
        return dir.resolve(file).toString();
      }

      @Override
      public InputStream open(String file) throws IOException {
        Path path = dir.resolve(file);
        if (Files.isDirectory(path) || !Files.exists(path)) {
          throw new DataException(
              label(file), 0, 0, null,
              Files.isDirectory(path) ? "is a directory, not a data file" : "no such file");
        }
        return Files.newInputStream(path);
      }

      @Override
      public boolean has(String file) {
        return Files.isRegularFile(dir.resolve(file));
      }
    };
  }

  /**
   * The data built into evalcost. From a jar it is read through {@link ZipFile} rather than as a
   * class-path resource: a resource goes through jar: URLs and their connections, and a module
   * image lookup first, several times slower for seven small files (docs/startup.md, the ledger).
   * From a directory of classes (tests, an IDE) it is read as a resource.
   */
  static DataSource builtIn() {
    return builtIn(jar());
  }

  /**
   * The data built into {@code jar}, or on the class path when it is null. The jar is opened once
   * and kept open for the run, as the class loader keeps its own: each opening reads the whole
   * directory of the jar again.
   */
  static DataSource builtIn(Path jar) {
    return new DataSource() {
      private ZipFile zip;

      @Override
      public String label(String file) {
        return "data/" + file + " (built in)";
      }

      @Override
      public synchronized InputStream open(String file) throws IOException {
        String name = "org/evalcost/data/" + file;
        if (jar != null) {
          if (zip == null) {
            zip = new ZipFile(jar.toFile());
          }
          ZipEntry entry = zip.getEntry(name);
          if (entry != null) {
            return zip.getInputStream(entry);
          }
        } else {
          InputStream in = DataSource.class.getResourceAsStream("/" + name);
          if (in != null) {
            return in;
          }
        }
        throw new DataException(label(file), 0, 0, null, "missing from the jar; rebuild it");
      }

      @Override
      public synchronized boolean has(String file) {
        String name = "org/evalcost/data/" + file;
        if (jar == null) {
          return DataSource.class.getResource("/" + name) != null;
        }
        try {
          if (zip == null) {
            zip = new ZipFile(jar.toFile());
          }
          return zip.getEntry(name) != null;
        } catch (IOException e) {
          return false;
        }
      }
    };
  }

  /** The jar these classes were loaded from, or null when they come from a directory. */
  private static Path jar() {
    try {
      java.security.CodeSource code = DataSource.class.getProtectionDomain().getCodeSource();
      Path path = code == null ? null : Path.of(code.getLocation().toURI());
      return path != null && Files.isRegularFile(path) ? path : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
