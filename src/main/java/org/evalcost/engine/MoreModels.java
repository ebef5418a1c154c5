package org.evalcost.engine;

import java.util.List;

/**
 * Models read only when asked for: the generated part of the catalog (hundreds of upstream
 * records), which a run that names a curated model never needs.
 */
public interface MoreModels {
  List<Model> read();
}
