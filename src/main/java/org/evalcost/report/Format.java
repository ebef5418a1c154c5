package org.evalcost.report;

/** The output formats. Adding one here fails compilation until {@link Renderers} wires it up. */
public enum Format {
  TABLE,
  CSV,
  JSON,
  MARKDOWN,
  HTML,
  SVG,
  /** Inspect AI's model cost file (models only). */
  INSPECT
}
