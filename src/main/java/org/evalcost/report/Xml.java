package org.evalcost.report;

/**
 * A small writer of well-formed XML (SVG, and HTML that is also XML), one element per line. Every
 * attribute value and text is escaped here, so a model name can never break the markup.
 */
final class Xml {
  private final StringBuilder out = new StringBuilder();

  /** {@code <name a="1" b="2">}; attributes come as name, value pairs, null values left out. */
  Xml open(String name, String... attributes) {
    tag(name, attributes);
    out.append(">\n");
    return this;
  }

  Xml close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** {@code <name a="1"/>} */
  Xml empty(String name, String... attributes) {
    tag(name, attributes);
    out.append("/>\n");
    return this;
  }

  /** {@code <name a="1">text</name>} */
  Xml element(String name, String text, String... attributes) {
    tag(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** Markup made by another Xml, or a fixed string known to be well formed. */
  Xml raw(String markup) {
    out.append(markup);
    return this;
  }

  private void tag(String name, String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in XML 1.0 at all.
          escaped.append(c < 0x20 && c != '\t' && c != '\n' ? '\uFFFD' : c);
        }
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
