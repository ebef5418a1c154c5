package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Source;

/**
 * The benchmarks a --profiles file brings: a profile of a benchmark the data lacks makes one,
 * sized by the profile's dataset_items, with its measured input per item.
 */
final class BroughtBenchmarks {
  private final Map<String, Benchmark> benchmarks;
  /** The file's name, for the benchmarks' sources; null: the file brings none. */
  private final String file;
  private final List<Benchmark> added = new ArrayList<>();

  /** Adds what is brought to {@code benchmarks}, so the file's next profiles find it. */
  BroughtBenchmarks(Map<String, Benchmark> benchmarks, String file) {
    this.benchmarks = benchmarks;
    this.file = file;
  }

  /** Brings {@code benchmark}, or refuses it as unknown when the file brings none or gives no dataset_items. */
  void bring(FieldReader in, String benchmark, Long items, BigDecimal input, Source from) {
    if (file == null || benchmark == null || items == null) {
      throw in.error("benchmark", "unknown benchmark '" + benchmark + "'"
          + (items == null ? "" : " (a --profiles file may bring one with dataset_items)"));
    }
    Benchmark b = new Benchmark(benchmark, benchmark, items, input.signum() == 0 ? BigDecimal.ONE : input,
        Values.source("from the profile's dataset_items and measured input (" + file + ")",
            from.checked().toString()));
    benchmarks.put(b.id(), b);
    added.add(b);
  }

  /** The benchmarks brought, in the order they came. */
  List<Benchmark> added() {
    return added;
  }
}
