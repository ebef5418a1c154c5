package org.evalcost.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How model names are compared, one rule for every spelling people use: case, spaces, dots,
 * underscores and dashes do not matter ({@code claude-opus-4.8} = {@code claude-opus-4-8} =
 * {@code Claude Opus 4.8}), nor does Fireworks' "p" for a decimal point ({@code glm-5p2} =
 * {@code glm-5.2}). A name may carry its setting in parentheses, as Artificial Analysis writes it
 * ({@code GPT-5.5 (xhigh)}, {@code Claude Opus 4.6 (Non-reasoning, High Effort)}).
 */
public final class ModelNames {
  private ModelNames() {}

  /** The form two names are compared in. */
  public static String key(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean decimalP = c == 'p' && i > 0 && i + 1 < lower.length()
          && isDigit(lower.charAt(i - 1)) && isDigit(lower.charAt(i + 1));
      if (c == ' ' || c == '.' || c == '_' || c == '-' || decimalP) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
          out.append('-');
        }
      } else {
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(0, end);
  }

  /**
   * The key with its words in a fixed order and its numbers in their own order, so that
   * {@code Claude 4.5 Sonnet} meets {@code claude-sonnet-4-5}; names are compared this way only
   * when their keys differ, and only where it picks out one model.
   */
  public static String wordKey(String name) {
    List<String> words = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (String part : key(name).split("-")) {
      if (part.isEmpty()) {
        continue;
      }
      (isDigit(part.charAt(0)) ? numbers : words).add(part);
    }
    words.sort(null);
    return String.join("-", words) + "|" + String.join("-", numbers);
  }

  /** A name split into what it names and the words in its parentheses. */
  public record Spelled(String base, List<String> qualifiers) {}

  /**
   * {@code "GPT-5.5 (xhigh)"} is GPT-5.5 with the qualifier xhigh; every trailing group counts
   * ({@code "Gemini 2.5 Flash Preview (Sep '25) (Non-reasoning)"}); a name without parentheses has none.
   */
  public static Spelled spelled(String name) {
    String text = name.trim();
    List<String> qualifiers = new ArrayList<>();
    while (text.endsWith(")")) {
      int open = text.lastIndexOf('(');
      if (open <= 0) {
        break;
      }
      for (String q : text.substring(open + 1, text.length() - 1).split(",")) {
        String word = q.trim().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          qualifiers.add(word);
        }
      }
      text = text.substring(0, open).trim();
    }
    return new Spelled(text, qualifiers);
  }

  /**
   * The name without a trailing four-digit release tag ({@code Grok 4.20 0309}, {@code Step 3.5
   * Flash 2603}: a month and day, or a year and month), which sellers' ids often leave out; null
   * when it has none. A name is looked up this way only when it is unknown as written.
   */
  public static String withoutReleaseTag(String name) {
    String k = key(name);
    int dash = k.lastIndexOf('-');
    if (dash <= 0 || k.length() - dash != 5) {
      return null;
    }
    for (int i = dash + 1; i < k.length(); i++) {
      if (!isDigit(k.charAt(i))) {
        return null;
      }
    }
    int first = Integer.parseInt(k.substring(dash + 1, dash + 3));
    int second = Integer.parseInt(k.substring(dash + 3));
    boolean monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
    boolean yearMonth = first >= 23 && first <= 30 && second >= 1 && second <= 12;
    return monthDay || yearMonth ? k.substring(0, dash) : null;
  }

  /**
   * The other spelling of an instruction-tuned model's name, as a key: Google's {@code -it} for
   * {@code -instruct} ({@code Gemma 3n E4B Instruct} is {@code gemma-3n-e4b-it}) and back; null
   * when the name ends in neither.
   */
  public static String instructSpelling(String name) {
    String k = key(name);
    if (k.endsWith("-instruct")) {
      return k.substring(0, k.length() - "instruct".length()) + "it";
    }
    return k.endsWith("-it") ? k.substring(0, k.length() - 2) + "instruct" : null;
  }

  /** The family a name belongs to: its first word, with a version glued to it dropped (qwen3 → qwen). */
  public static String family(String name) {
    String k = key(spelled(name).base());
    int dash = k.indexOf('-');
    String first = dash < 0 ? k : k.substring(0, dash);
    int end = first.length();
    while (end > 1 && isDigit(first.charAt(end - 1))) {
      end--;
    }
    return first.substring(0, end);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
