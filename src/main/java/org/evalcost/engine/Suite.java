package org.evalcost.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A named set of benchmarks, each run a number of times. */
public record Suite(String id, String name, List<Entry> entries, Source source) {
  public Suite {
    Checks.text("id", id);
    Checks.text("name", name);
    entries = Checks.notEmpty("benchmarks", entries, "a suite needs at least one benchmark");
    Set<String> benchmarks = new HashSet<>();
    for (Entry e : entries) {
      Checks.once("benchmarks", e.benchmark(), benchmarks, "a benchmark");
    }
    Checks.present("source", source);
  }

  /** One benchmark of a suite and how many times the suite runs it. */
  public record Entry(String benchmark, int repeats) {
    public Entry {
      Checks.text("benchmark", benchmark);
      Checks.positive("repeats", repeats);
    }
  }
}
