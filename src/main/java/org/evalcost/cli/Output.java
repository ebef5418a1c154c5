package org.evalcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.evalcost.catalog.DataException;
import org.evalcost.importer.DataFiles;

/** Where a command's file goes: stdout, or a file written whole or not at all (-o). */
final class Output {
  private Output() {}

  static void write(PrintWriter out, Path output, String text) {
    if (output == null) {
      out.print(text);
      return;
    }
    try {
      DataFiles.writeAtomically(output, text);
    } catch (IOException e) {
      throw new DataException(output.toString(), 0, 0, null, "cannot be written: " + e.getMessage());
    }
  }
}
