package org.evalcost.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the catalog's files are read from: a directory, or the copy built into the jar. */
public interface DataSource {

  /** How a file is named in messages. */
  String label(String file);

  /** Opens a file; a missing one is reported as a {@link DataException}. */
  InputStream open(String file) throws IOException;

  static DataSource directory(Path dir) {
    return new DataSource() {
      @Override
      public String label(String file) {
        return dir.resolve(file).toString();
      }

      @Override
      public InputStream open(String file) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
          throw new DataException(
              label(file), 0, 0, null,
              Files.isDirectory(path) ? "is a directory, not a data file" : "no such file");
        }
        return Files.newInputStream(path);
      }
    };
  }

  static DataSource builtIn() {
    return new DataSource() {
      @Override
      public String label(String file) {
        return "data/" + file + " (built in)";
      }

      @Override
      public InputStream open(String file) {
        InputStream in = DataSource.class.getResourceAsStream("/org/evalcost/data/" + file);
        if (in == null) {
          throw new DataException(label(file), 0, 0, null, "missing from the jar; rebuild it");
        }
        return in;
      }
    };
  }
}
