package org.evalcost.logs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token counts per (model, setting, benchmark), summed one request at a time: counts, sums and
 * sums of squares, so memory stays the same however long the logs are.
 */
public final class UsageTally {
  /** One model and benchmark's running sums. */
  public static final class Cell {
    final String model;
    final String setting;
    final String benchmark;
    long n;
    final long[] sum = new long[4];
    /** Sums of squares, for the spread of input and output (token counts are far from cancelling). */
    final double[] squares = new double[2];
    long datasetItems;
    LocalDate date;
    final java.util.Set<String> sources = new java.util.TreeSet<>();

    Cell(String model, String setting, String benchmark) {
      this.model = model;
      this.setting = setting;
      this.benchmark = benchmark;
    }

    public String model() {
      return model;
    }

    public String setting() {
      return setting;
    }

    public String benchmark() {
      return benchmark;
    }

    public long count() {
      return n;
    }

    /** Total input (cached included), output (reasoning included), reasoning, cached input. */
    public long total(int field) {
      return sum[field];
    }

    public BigDecimal mean(int field) {
      return BigDecimal.valueOf(sum[field]).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    }

    /** Sample standard deviation of input (0) or output (1) tokens per request, to 0.1 token. */
    public BigDecimal sd(int field) {
      if (n < 2) {
        return BigDecimal.ZERO.setScale(1);
      }
      double mean = (double) sum[field] / n;
      double variance = Math.max(0, (squares[field] - n * mean * mean) / (n - 1));
      return BigDecimal.valueOf(Math.sqrt(variance)).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public long datasetItems() {
      return datasetItems;
    }

    public LocalDate date() {
      return date;
    }

    public java.util.Set<String> sources() {
      return sources;
    }
  }

  public static final int INPUT = 0;
  public static final int OUTPUT = 1;
  public static final int REASONING = 2;
  public static final int CACHED = 3;

  private final Map<String, Cell> cells = new LinkedHashMap<>();
  /** model -> setting -> benchmark -> cell, so a request finds its cell without building a key. */
  private final Map<String, Map<String, Map<String, Cell>>> index = new java.util.HashMap<>();
  private long requests;

  /** Adds one request's tokens; {@code input} includes cached input, {@code output} includes reasoning. */
  public void add(String model, String setting, String benchmark, long input, long output, long reasoning, long cached) {
    add(cell(model, setting, benchmark), input, output, reasoning, cached);
  }

  /** Adds one request to a cell found earlier with {@link #cell}. */
  public void add(Cell cell, long input, long output, long reasoning, long cached) {
    cell.n++;
    cell.sum[INPUT] += input;
    cell.sum[OUTPUT] += output;
    cell.sum[REASONING] += reasoning;
    cell.sum[CACHED] += cached;
    cell.squares[INPUT] += (double) input * input;
    cell.squares[OUTPUT] += (double) output * output;
    requests++;
  }

  /** The cell of a model, setting and benchmark, found without allocating once it exists. */
  public Cell cell(String model, String setting, String benchmark) {
    Map<String, Map<String, Cell>> bySetting = index.get(model);
    if (bySetting == null) {
      bySetting = new java.util.HashMap<>();
      index.put(model, bySetting);
    }
    Map<String, Cell> byBenchmark = bySetting.get(setting);
    if (byBenchmark == null) {
      byBenchmark = new java.util.HashMap<>();
      bySetting.put(setting, byBenchmark);
    }
    Cell cell = byBenchmark.get(benchmark);
    if (cell == null) {
      cell = new Cell(model, setting, benchmark);
      byBenchmark.put(benchmark, cell);
      cells.put(model + '\u0000' + setting + '\u0000' + benchmark, cell);
    }
    return cell;
  }

  /** Records what a log says of the whole dataset, where it came from and when it ran. */
  public void describe(String model, String setting, String benchmark, long datasetItems, String source, LocalDate date) {
    Cell cell = cells.get(model + '\u0000' + setting + '\u0000' + benchmark);
    if (cell != null) {
      cell.datasetItems = Math.max(cell.datasetItems, datasetItems);
      cell.sources.add(source);
      if (date != null && (cell.date == null || date.isAfter(cell.date))) {
        cell.date = date;
      }
    }
  }

  public java.util.Collection<Cell> cells() {
    return cells.values();
  }

  public long requests() {
    return requests;
  }
}
