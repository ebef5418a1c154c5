package org.evalcost.engine;

import java.util.List;

/** Published costs read only by the back-test: Artificial Analysis's index costs of the mapped models. */
public interface MorePublished {
  List<PublishedCost> read(Catalog catalog);
}
