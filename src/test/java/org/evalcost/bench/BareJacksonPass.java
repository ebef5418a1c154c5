package org.evalcost.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline for `evalcost profile`: Jackson's streaming parser over the same file, reading
 * every token and every number, and nothing else. FILE.
 */
public final class BareJacksonPass {
  private BareJacksonPass() {}

  public static void main(String[] args) throws IOException {
    long tokens = 0;
    long sum = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
        JsonParser p = new JsonFactory().createParser(in)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        tokens++;
        if (t == JsonToken.VALUE_NUMBER_INT) {
          sum += p.getLongValue();
        } else if (t == JsonToken.VALUE_STRING) {
          sum += p.getTextLength();
        }
      }
    }
    System.out.println(tokens + " tokens, checksum " + sum);
  }
}
