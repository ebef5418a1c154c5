package org.evalcost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evalcost.catalog.BenchmarkCodec;
import org.evalcost.catalog.DataFile;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Source;
import org.evalcost.tokens.DatasetTokens;

/** evalcost tokens: a dataset's real input tokens, as a benchmark for --benchmark-file. */
final class TokensCommand extends Command {
  private final Value<Path> dataset = parameter("DATASET.jsonl", Path.class, "One item per line.");
  private final Value<String> field = option("--field=FIELD", String.class,
      "The field holding the prompt; a.b for a nested one (default: prompt).")
      .defaultValue("prompt");
  private final Value<String> encoding = option("--encoding=NAME", String.class,
      "o200k_base (GPT-4o, o-series; default) or cl100k_base (GPT-4, GPT-3.5).")
      .defaultValue("o200k_base");
  private final Value<String> name = option("--name=ID", String.class, "The benchmark's id (default: the file's name).");

  TokensCommand() {
    group(new OutputOption());
    flag("--debug", "Print the stack trace of an error."); // read from the parse result, by Failures
  }

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Count a dataset's input tokens and write it as a benchmark for --benchmark-file.", """
            The dataset is JSONL, the prompt in --field (a string, or chat messages whose contents are joined). \
            Counts use OpenAI's tokenizers: for other providers' models they are approximations (Claude's \
            tokenizer gives about 13%% more tokens for the same text).""")
        .examples(
            "  evalcost tokens my-eval.jsonl --field prompt -o my-eval.json",
            "  evalcost estimate --model o1 --benchmark-file my-eval.json --benchmark my-eval")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() throws IOException {
    DatasetTokens.Count count = DatasetTokens.count(dataset.get(), field.get(), encoding.get());
    String file = root.stdin.label(dataset.get()).equals(StandardInput.LABEL) ? "standard input"
        : dataset.get().getFileName().toString();
    String id = name.get() != null ? name.get() : file.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
    Benchmark b;
    try {
      b = new Benchmark(id, id, count.items(), count.mean(), null, new Source("counted from " + file,
          root.environment.today()), count.sd(), null, "counted with " + count.encoding() + " (JTokkit) over field '"
          + field.get() + "' of every item; prompt templates and chat formatting not included; approximate for "
          + "non-OpenAI models");
    } catch (org.evalcost.engine.InvalidValueException e) {
      throw new org.evalcost.engine.InvalidRequestException(dataset.get() + " makes no benchmark: " + e.field() + " "
          + e.getMessage());
    }
    String text = DataFile.write(new BenchmarkCodec(), List.of(b));
    out().print(text);
    err().print(String.format(Locale.ROOT,
        "%s: %,d items, %s input tokens each on average (%s); approximate for non-OpenAI models\n",
        id, count.items(), count.mean().toPlainString(), count.encoding()));
    return ExitCodes.OK;
  }
}
