package org.evalcost.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalcost.engine.InvalidRequestException;

/**
 * "-" as a file name: standard input, read once into a temporary file (deleted when the run
 * ends), so every reader of files takes it as it takes any other. Messages and sources name it
 * "-" (standard input), never the temporary file.
 */
final class StandardInput {
  static final String NAME = "-";
  static final String LABEL = "- (standard input)";

  private final InputStream in;
  private Path file;

  StandardInput(InputStream in) {
    this.in = in;
  }

  /** The file standard input was copied to; refused the second time, as it can be read only once. */
  Path file() {
    if (file != null) {
      throw new InvalidRequestException("only one file can be read from standard input ('-') in a run");
    }
    try {
      byte[] body = in.readAllBytes();
      file = Files.createTempFile("evalcost-stdin-", suffix(body));
      Files.write(file, body);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("standard input could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * What the body is, for readers that go by a file's suffix: a zip (an Inspect .eval log), JSON
   * lines (one object per line), or one JSON document.
   */
  static String suffix(byte[] body) {
    if (body.length >= 2 && body[0] == 'P' && body[1] == 'K') {
      return ".eval";
    }
    String text = new String(body, 0, Math.min(body.length, 1 << 16), java.nio.charset.StandardCharsets.UTF_8).strip();
    int newline = text.indexOf('\n');
    if (text.startsWith("{") && newline > 0 && text.substring(0, newline).strip().endsWith("}")
        && text.substring(newline).strip().startsWith("{")) {
      return ".jsonl";
    }
    return ".json";
  }

  /** How a path is named to the user. */
  String label(Path path) {
    return file != null && path.equals(file) ? LABEL : path.toString();
  }

  /** A message with the temporary file's name replaced by "-". */
  String clean(String message) {
    return file == null ? message
        : message.replace(file.toString(), LABEL).replace(file.getFileName().toString(), LABEL);
  }

  void close() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is harmless
      }
    }
  }
}
