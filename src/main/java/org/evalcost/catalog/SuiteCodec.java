package org.evalcost.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evalcost.engine.Suite;

/** A record of suites.json: benchmarks it must find in {@code benchmarks}, each with its repeats. */
public final class SuiteCodec extends Codec<Suite> {
  private static final String[] FIELDS = {"id", "name", "benchmarks", "source", "checked"};
  private static final String[] ENTRY_FIELDS = {"benchmark", "repeats"};

  private final Set<String> benchmarks;

  public SuiteCodec(Set<String> benchmarks) {
    super("suites", "suite");
    this.benchmarks = benchmarks;
  }

  @Override
  public String key(Suite value) {
    return value.id();
  }

  @Override
  public Suite read(FieldReader in) {
    String id = null;
    String name = null;
    List<Suite.Entry> entries = null;
    SourceFields sourced = new SourceFields();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> in.names(kind(), id = in.text());
        case "name" -> name = in.text();
        case "benchmarks" -> entries = in.objects(this::entry);
        default -> sourced.readOrRefuse(field, in, FIELDS);
      }
    }
    return new Suite(id, name, entries == null ? null : new ArrayList<>(entries), sourced.source());
  }

  private Suite.Entry entry(FieldReader in) {
    String benchmark = null;
    Integer repeats = null;
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "benchmark" -> benchmark = in.text();
        case "repeats" -> repeats = in.intValue();
        default -> throw in.unknown(ENTRY_FIELDS);
      }
    }
    Suite.Entry entry = new Suite.Entry(benchmark, in.required("repeats", repeats));
    if (!benchmarks.contains(benchmark)) {
      throw in.error("benchmark", "unknown benchmark '" + benchmark + "'");
    }
    return entry;
  }

  @Override
  public void write(FieldWriter out, Suite s) {
    out.text("id", s.id()).text("name", s.name()).objects("benchmarks", s.entries(),
        (o, e) -> o.text("benchmark", e.benchmark()).whole("repeats", (long) e.repeats()));
    Values.write(out, s.source());
  }
}
