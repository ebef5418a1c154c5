package org.evalcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.ProfileCodec;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Source;
import org.evalcost.engine.UsageProfile;
import org.evalcost.logs.LogReader;
import org.evalcost.logs.UsageTally;

/** evalcost profile: measured usage profiles from the logs of real runs. */
final class ProfileCommand extends CatalogCommand {
  private static final long PROGRESS_FROM_BYTES = 64L << 20;

  private final Value<List<Path>> logs = parameters("LOG", "1..*", Path.class, "The logs to read.");
  private final Value<String> benchmark = option("--benchmark=NAME", String.class,
      "The benchmark the logs ran (default: the Inspect task, or the JSONL file's name).");

  ProfileCommand() {
    super(new CommonOptions(false));
  }

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Measure usage from evaluation logs, for 'estimate --profiles'.", """
            Reads Inspect AI logs (.json, .eval), OpenAI Batch API output (.jsonl) and evalcost's usage JSONL (one \
            object per request: model, benchmark, input_tokens with cached ones, output_tokens with reasoning \
            ones, optional reasoning_tokens, cached_tokens, setting, dataset_items). Writes per model and \
            benchmark the count, mean and spread of the tokens per request, and the dataset's size when the log \
            says it, so a pilot prices the whole dataset.""")
        .examples(
            "  evalcost profile logs/*.eval -o profiles.json",
            "  evalcost estimate --model gpt-4o --profiles profiles.json --benchmark mmlu-0-shot")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() throws IOException {
    Catalog catalog = catalog();
    ModelResolver resolver = new ModelResolver(catalog);
    PrintWriter err = err();
    UsageTally tally = new UsageTally();
    LogReader reader = new LogReader(tally, new CatalogNaming(resolver), benchmark.get(), b -> { });
    for (Path log : logs.get()) {
      long size = Files.isRegularFile(log) ? Files.size(log) : 0;
      boolean showProgress = root.environment.terminal() && size >= PROGRESS_FROM_BYTES;
      LogReader each = showProgress ? new LogReader(tally, new CatalogNaming(resolver), benchmark.get(), progress(err, log, size)) : reader;
      each.read(log);
      if (showProgress) {
        err.print("\r\u001b[K");
      }
      each.unknownModels().forEach(m -> err.print("skipped model '" + m + "' in " + log
          + ": not in the catalog (add it with --prices first)\n"));
    }
    if (tally.cells().isEmpty()) {
      throw new InvalidRequestException("no usage of a model the catalog knows was found in the logs");
    }
    List<UsageProfile> records = new ArrayList<>();
    for (UsageTally.Cell cell : tally.cells()) {
      records.add(record(cell));
    }
    String text = DataFile.write(ProfileCodec.writer(), records);
    out().print(text);
    err.print(String.format(Locale.ROOT, "profiled %,d requests: %,d model and benchmark pairs\n",
        tally.requests(), tally.cells().size()));
    err.flush();
    return ExitCodes.OK;
  }

  /** A cell of the tally as the profile a --profiles file takes; one the engine would refuse is refused here. */
  private UsageProfile record(UsageTally.Cell cell) {
    String pilot = cell.datasetItems() > cell.count()
        ? String.format(Locale.ROOT, " (a pilot: %,d requests on a %,d-item dataset)", cell.count(), cell.datasetItems()) : "";
    Source source = new Source(root.stdin.clean(String.join("; ", cell.sources()))
        + String.format(Locale.ROOT, ", %,d requests", cell.count()) + pilot,
        cell.date() == null ? root.environment.today() : cell.date());
    try {
      return new UsageProfile(cell.model(), cell.setting(), cell.benchmark(), fourPlaces(cell.mean(UsageTally.INPUT)),
          fourPlaces(cell.mean(UsageTally.OUTPUT)), cell.count(), cell.sd(UsageTally.OUTPUT),
          cell.datasetItems() > 0 ? Long.valueOf(cell.datasetItems()) : null, source, cell.sd(UsageTally.INPUT),
          fourPlaces(cell.mean(UsageTally.REASONING)), fourPlaces(cell.mean(UsageTally.CACHED)));
    } catch (org.evalcost.engine.InvalidValueException e) {
      throw new InvalidRequestException("the logs' usage of " + cell.model() + " on " + cell.benchmark()
          + " makes no profile: " + e.field() + " " + e.getMessage());
    }
  }

  /** A mean to four decimal places (16 significant digits first), trailing zeros dropped. */
  private static BigDecimal fourPlaces(BigDecimal x) {
    return x.round(MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static java.util.function.LongConsumer progress(PrintWriter err, Path log, long size) {
    long[] shown = {-1};
    return bytes -> {
      long percent = bytes * 100 / size;
      if (percent != shown[0]) {
        shown[0] = percent;
        err.print(String.format(Locale.ROOT, "\rreading %s: %d%% of %,d MB", log.getFileName(), percent, size >> 20));
        err.flush();
      }
    };
  }
}
