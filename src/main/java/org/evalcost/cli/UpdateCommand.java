package org.evalcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.evalcost.engine.Catalog;
import org.evalcost.importer.Download;
import org.evalcost.importer.PriceCache;
import org.evalcost.importer.PriceUpdate;

/** evalcost update: the newest upstream prices, downloaded into the user's cache; the only command that goes online. */
final class UpdateCommand extends Command {
  private final Value<ImportPricesCommand.From> from = option("--from=FORMAT", ImportPricesCommand.From.class,
      "genai-prices (default) or litellm")
      .converter(new ImportPricesCommand.FromConverter());
  private final Value<String> url = option("--url=URL", String.class,
      "Download from URL instead (a mirror); default: where the format's own project publishes it.");
  private final Value<Integer> timeout = option("--timeout=SECONDS", Integer.class,
      "Give up after this long (default: 30).")
      .defaultValue("30");
  private final Value<Long> maxSize = option("--max-size=BYTES", Long.class,
      "Refuse an answer larger than this (default: 67108864, 64 MiB).")
      .defaultValue("67108864");
  private final Value<Path> dataDir = option("--data-dir=DIR", Path.class,
      "Check the download against DIR's data instead of the built-in data.");

  UpdateCommand() {
    flag("--debug", "Print the stack trace of an error."); // read from the parse result, by Failures
  }

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Download the newest upstream prices into your cache; later estimates use them over the built-in ones.", """
            Fetches pydantic genai-prices' data.json (or LiteLLM's model map), checks it with the importer of the \
            built-in data, and installs it in $EVALCOST_HOME, else $XDG_CACHE_HOME/evalcost, else \
            ~/.cache/evalcost. An HTML page, a cut-short answer, a catalog with under half the built-in models, or \
            one that drops more than 20%% of them is refused, and the previous prices stay. Token figures are \
            never downloaded. No other command touches the network.""")
        .examples(
            "  evalcost update",
            "  evalcost update --from litellm",
            "  evalcost update --url https://mirror.example/data.json --timeout 60")
        .exitCodes(java.util.List.of(ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE,
            ExitCodes.DATA_LINE, ExitCodes.UPDATE_FAILED_LINE));
  }

  @Override
  public Integer call() throws IOException {
    boolean litellm = from.get() == ImportPricesCommand.From.litellm;
    String source = url.get() != null ? url.get() : litellm ? PriceUpdate.LITELLM_URL : PriceUpdate.GENAI_PRICES_URL;
    Path cache = PriceCache.dir(root.environment.variables());
    if (cache == null) {
      throw new org.evalcost.engine.InvalidRequestException(
          "no cache folder: set EVALCOST_HOME (or XDG_CACHE_HOME, or HOME)");
    }
    if (timeout.get() <= 0 || maxSize.get() <= 0) {
      throw new org.evalcost.engine.InvalidRequestException("--timeout and --max-size must be greater than zero");
    }
    PrintWriter err = err();
    Catalog builtIn = new org.evalcost.catalog.CatalogLoader(dataDir.get() == null
        ? org.evalcost.catalog.DataSource.builtIn() : org.evalcost.catalog.DataSource.directory(dataDir.get())).load();
    try {
      Download.Body body = Download.get(source, Duration.ofSeconds(timeout.get()), maxSize.get());
      PriceUpdate.Installed done = PriceUpdate.install(body.bytes(), body.contentType(), litellm, source,
          root.environment.today(), builtIn, cache);
      out().print(String.format(Locale.ROOT,
          "downloaded %,d bytes from %s on %s%n"
              + "installed in %s: %,d new models, %,d curated models repriced from today, %,d confirmed at their "
              + "price, %,d of the %,d built-in models from this source seen (%,d entries left out)%n",
          body.bytes().length, source, root.environment.today(), done.dir(), done.newModels(), done.repricedCurated(),
          done.confirmedCurated(), done.builtInSeen(), done.builtInFromSource(), done.skipped()).replace("\r\n", "\n"));
      out().flush();
      return ExitCodes.OK;
    } catch (PriceUpdate.Refused e) {
      err.print("evalcost: update failed: " + org.evalcost.engine.Names.shown(e.getMessage())
          + "; the previous prices are kept\n");
      err.flush();
      return ExitCodes.UPDATE_FAILED;
    }
  }
}
