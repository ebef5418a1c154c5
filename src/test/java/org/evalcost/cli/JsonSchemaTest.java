package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Real JSON output, of every kind, validates against the schema shipped in the jar. */
class JsonSchemaTest {
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/org/evalcost/schema/output-v1.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<ValidationMessage> validate(Cli.Result result) throws IOException {
    assertThat(result.code()).as(result.err()).isIn(ExitCodes.OK, ExitCodes.GATE_UNCHECKED);
    return SCHEMA.validate(new ObjectMapper().readTree(result.out()));
  }

  @Test
  void everyKindOfOutputValidates() throws IOException {
    List<String[]> runs = List.of(
        new String[] {"estimate", "-m", "o1"},
        new String[] {"estimate", "-m", "deepseek-chat", "--batch"},
        new String[] {"estimate", "-m", "o3", "--as-of", "2025-01-01"},
        new String[] {"estimate", "-m", "gpt-4o", "--items", "10", "--input-tokens", "1", "--output-tokens", "2"},
        new String[] {"compare", "--models", "o1,gpt-4o,claude-3.7-sonnet-thinking,deepseek-chat", "--batch"},
        new String[] {"estimate", "-m", "o1", "--suite", "aa-index-v2", "--max-cost", "3000", "--gate-on", "high"},
        new String[] {"compare", "--models", "o1,gpt-4o", "--suite", "aa-index-v2", "--max-cost", "5000"},
        new String[] {"diff", "--base-as-of", "2025-05-01"},
        new String[] {"backtest"},
        new String[] {"plan", "-m", "o1", "--budget", "500"},
        new String[] {"plan", "-m", "o1", "--target-ci", "0.02"},
        new String[] {"models"},
        new String[] {"benchmarks"},
        new String[] {"suites"});
    for (String[] args : runs) {
      String[] json = java.util.Arrays.copyOf(args, args.length + 2);
      json[args.length] = "--format";
      json[args.length + 1] = "json";
      assertThat(validate(Cli.run(json))).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void theSchemaCatchesARenamedField() throws IOException {
    String renamed = Cli.run("estimate", "-m", "o1", "--format", "json").out().replace("\"costUsd\"", "\"cost\"");
    assertThat(SCHEMA.validate(new ObjectMapper().readTree(renamed))).isNotEmpty();
  }
}
