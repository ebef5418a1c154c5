package org.evalcost.report;

/** What the terminal's formats share: headings in bold where the terminal takes colour. */
abstract class TerminalText {
  /** The escape that starts bold text, or nothing where the terminal shows no colour. */
  final String bold;
  /** The escape that ends it, or nothing. */
  final String reset;

  TerminalText(boolean color) {
    this.bold = color ? "\u001b[1m" : "";
    this.reset = color ? "\u001b[0m" : "";
  }
}
