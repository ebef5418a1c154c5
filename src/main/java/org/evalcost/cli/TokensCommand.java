package org.evalcost.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evalcost.importer.DataFiles;
import org.evalcost.tokens.DatasetTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** evalcost tokens: a dataset's real input tokens, as a benchmark for --benchmark-file. */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Count a dataset's input tokens and write it as a benchmark for --benchmark-file.",
      "The dataset is JSONL, the prompt in --field (a string, or chat messages whose contents are "
          + "joined). Counts use OpenAI's tokenizers: for other providers' models they are approximations "
          + "(Claude's tokenizer gives about 13% more tokens for the same text)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  evalcost tokens my-eval.jsonl --field prompt -o my-eval.json",
      "  evalcost estimate --model o1 --benchmark-file my-eval.json --benchmark my-eval"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class TokensCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DATASET.jsonl", description = "One item per line.")
  Path dataset;

  @Option(names = "--field", defaultValue = "prompt", paramLabel = "FIELD",
      description = "The field holding the prompt; a.b for a nested one (default: prompt).")
  String field;

  @Option(names = "--encoding", defaultValue = "o200k_base", paramLabel = "NAME",
      description = "o200k_base (GPT-4o, o-series; default) or cl100k_base (GPT-4, GPT-3.5).")
  String encoding;

  @Option(names = "--name", paramLabel = "ID", description = "The benchmark's id (default: the file's name).")
  String name;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "Write here instead of to stdout.")
  Path output;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    EvalCost root = (EvalCost) spec.root().userObject();
    DatasetTokens.Count count = DatasetTokens.count(dataset, field, encoding);
    String file = dataset.getFileName().toString();
    String id = name != null ? name : file.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("id", id);
    b.put("name", id);
    b.put("items", count.items());
    b.put("input_tokens", count.mean());
    b.put("input_tokens_sd", count.sd());
    b.put("input_tokens_derivation", "counted with " + count.encoding() + " (JTokkit) over field '" + field
        + "' of every item; prompt templates and chat formatting not included; approximate for non-OpenAI models");
    b.put("source", "counted from " + file);
    b.put("checked", root.environment.today().toString());
    String text = DataFiles.document("benchmarks", List.of(b));
    Output.write(spec.commandLine().getOut(), output, text);
    spec.commandLine().getErr().print(String.format(Locale.ROOT,
        "%s: %,d items, %s input tokens each on average (%s); approximate for non-OpenAI models\n",
        id, count.items(), count.mean().toPlainString(), count.encoding()));
    return ExitCodes.OK;
  }
}
