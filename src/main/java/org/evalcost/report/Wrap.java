package org.evalcost.report;

/** Word-wraps a note for the terminal, with a hanging indent so labels stay readable. */
final class Wrap {
  static final int WIDTH = 100;

  private Wrap() {}

  static String hanging(String label, String text) {
    String indent = " ".repeat(label.length());
    StringBuilder out = new StringBuilder(label);
    int column = label.length();
    boolean lineStart = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!lineStart && column + 1 + word.length() > WIDTH) {
        out.append('\n').append(indent);
        column = indent.length();
        lineStart = true;
      }
      if (!lineStart) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
      lineStart = false;
    }
    return out.append('\n').toString();
  }
}
