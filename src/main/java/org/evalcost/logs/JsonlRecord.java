package org.evalcost.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * One JSONL line, read by streaming without building a tree: either an OpenAI Batch API output
 * line ({@code response.body.model}, {@code response.body.usage.prompt_tokens}, ...) or a line of
 * evalcost's usage JSONL ({@code model}, {@code benchmark}, {@code input_tokens}, ...).
 */
final class JsonlRecord {
  String model;
  String benchmark;
  String setting;
  long input = -1;
  long output = -1;
  long reasoning;
  long cached;
  long datasetItems;
  boolean batch;
  private String badField;
  private final String[] names = new String[8];
  /** The top-level field names of the line before, in order: the names this line most likely has. */
  private final SerializableString[] order = new SerializableString[16];
  /** The few distinct model and benchmark names a log repeats, reused instead of allocated per line. */
  private final String[] seen = new String[128];
  private final char[][] seenChars = new char[seen.length][];
  private int seenCount;

  JsonlRecord() {}

  /** Reads the object the parser stands at the start of into this record, reset first. */
  JsonlRecord read(JsonParser p) throws IOException {
    model = null;
    benchmark = null;
    setting = null;
    input = -1;
    output = -1;
    reasoning = 0;
    cached = 0;
    datasetItems = 0;
    batch = false;
    badField = null;
    for (int field = 0; ; field++) {
      String name = nextName(p, field);
      if (name == null) {
        return this;
      }
      names[1] = name;
      JsonToken t = next(p);
      if (t == JsonToken.START_OBJECT) {
        nested(p);
      } else {
        value(p, t, 1);
      }
    }
  }

  /**
   * The name of the line's next top-level field, or null at the end of the object. Lines of one
   * log give their fields in the same order, so each field's name is first checked, as raw bytes
   * and without a symbol-table lookup, against the name the previous line had in that place
   * ({@link JsonParser#nextFieldName(SerializableString)}); a line in another order costs a lookup.
   */
  private String nextName(JsonParser p, int field) throws IOException {
    SerializableString expected = field < order.length ? order[field] : null;
    JsonToken t;
    if (expected != null) {
      if (p.nextFieldName(expected)) {
        return expected.getValue();
      }
      t = p.currentToken();
    } else {
      t = p.nextToken();
    }
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    if (t != JsonToken.FIELD_NAME) { // inside an object, Jackson gives only these or the end of input
      throw cutShort(p);
    }
    String name = p.currentName();
    if (field < order.length) {
      order[field] = new SerializedString(name);
    }
    return name;
  }

  /** An object below the top level (OpenAI Batch output's response.body.usage), read to its end. */
  private void nested(JsonParser p) throws IOException {
    int depth = 2;
    while (depth > 1) {
      JsonToken t = next(p);
      switch (t) {
        case FIELD_NAME -> names[depth] = p.currentName();
        case START_OBJECT -> {
          if (depth + 1 >= names.length) {
            p.skipChildren();
          } else {
            depth++;
          }
        }
        case END_OBJECT -> depth--;
        default -> value(p, t, depth);
      }
    }
  }

  /** The next token; the end of the input inside a line's object means the line is cut short. */
  private static JsonToken next(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw cutShort(p);
    }
    return t;
  }

  private static com.fasterxml.jackson.core.JsonParseException cutShort(JsonParser p) {
    return new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input in a JSONL line");
  }

  private void value(JsonParser p, JsonToken t, int depth) throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT -> number(depth, names, p.getLongValue());
      case VALUE_STRING -> text(depth, names, p);
      case VALUE_NUMBER_FLOAT -> badField = path(depth, names);
      case START_ARRAY, START_OBJECT -> p.skipChildren();
      default -> { }
    }
  }

  private static String path(int depth, String[] names) {
    StringBuilder path = new StringBuilder(names[1]);
    for (int i = 2; i <= depth; i++) {
      path.append('.').append(names[i]);
    }
    return path.toString();
  }

  private void number(int depth, String[] names, long value) {
    if (value < 0) {
      badField = path(depth, names);
      return;
    }
    if (depth == 1) {
      switch (names[1]) {
        case "input_tokens" -> input = value;
        case "output_tokens" -> output = value;
        case "reasoning_tokens" -> reasoning = value;
        case "cached_tokens" -> cached = value;
        case "dataset_items" -> datasetItems = value;
        default -> { }
      }
    } else if (depth >= 4 && "response".equals(names[1]) && "body".equals(names[2]) && "usage".equals(names[3])) {
      batch = true;
      if (depth == 4 && "prompt_tokens".equals(names[4])) {
        input = value;
      } else if (depth == 4 && "completion_tokens".equals(names[4])) {
        output = value;
      } else if (depth == 5 && "prompt_tokens_details".equals(names[4]) && "cached_tokens".equals(names[5])) {
        cached = value;
      } else if (depth == 5 && "completion_tokens_details".equals(names[4]) && "reasoning_tokens".equals(names[5])) {
        reasoning = value;
      }
    }
  }

  /**
   * The string value, as an earlier equal instance when there is one: found in a small
   * open-addressed table by a hash of its length and three of its characters, and confirmed by one
   * vectorised comparison, so a line neither scans every name seen nor hashes whole strings.
   */
  private String value(JsonParser p) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = length == 0 ? 0
        : ((length * 31 + chars[offset]) * 31 + chars[offset + length / 2]) * 31 + chars[offset + length - 1];
    int mask = seen.length - 1;
    for (int slot = (hash ^ (hash >>> 7)) & mask; ; slot = (slot + 1) & mask) {
      char[] known = seenChars[slot];
      if (known == null) {
        String s = new String(chars, offset, length);
        if (seenCount < seen.length / 2) { // at most half full, so a miss ends after a probe or two
          seen[slot] = s;
          seenChars[slot] = s.toCharArray();
          seenCount++;
        }
        return s;
      }
      if (Arrays.equals(known, 0, known.length, chars, offset, offset + length)) {
        return seen[slot];
      }
    }
  }

  private void text(int depth, String[] names, JsonParser p) throws IOException {
    boolean wanted = depth == 1 ? names[1].equals("model") || names[1].equals("benchmark") || names[1].equals("setting")
        : depth == 3 && "response".equals(names[1]) && "body".equals(names[2])
            && ("model".equals(names[3]) || "reasoning_effort".equals(names[3]));
    if (!wanted) {
      return;
    }
    String value = value(p);
    if (depth == 1) {
      switch (names[1]) {
        case "model" -> model = value;
        case "benchmark" -> benchmark = value;
        case "setting" -> setting = value;
        default -> { }
      }
    } else if (depth == 3 && "response".equals(names[1]) && "body".equals(names[2]) && "model".equals(names[3])) {
      model = value;
      batch = true;
    } else if (depth == 3 && "response".equals(names[1]) && "body".equals(names[2]) && "reasoning_effort".equals(names[3])) {
      setting = value;
    }
  }

  /** What makes the line unusable, or null. */
  String problem() {
    if (badField != null) {
      return "a token count that is not a whole, non-negative number";
    }
    if (model == null) {
      return batch ? "no response.body.model" : "no model (expected OpenAI Batch output or evalcost's usage lines)";
    }
    if (input < 0 || output < 0) {
      return batch ? "no response.body.usage with prompt_tokens and completion_tokens (a failed request?)"
          : "no input_tokens and output_tokens";
    }
    if (cached > input) {
      return "more cached tokens than input tokens";
    }
    return null;
  }

  String problemField() {
    return badField;
  }
}
