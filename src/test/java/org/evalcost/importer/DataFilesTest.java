package org.evalcost.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFilesTest {
  /** Every kind of value a data file holds, in the layout the shipped files use. */
  @Test
  void writesEveryValueKindInTheShippedLayout() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", "o1 \"preview\"");
    record.put("input", new BigDecimal("1.5E+1")); // plain, never 1.5E+1
    record.put("small", new BigDecimal("0.000001"));
    record.put("samples", 12_000L);
    record.put("items", 198);
    record.put("batch", true);
    record.put("notes", null);
    record.put("aliases", List.of("a", "b"));
    record.put("none", List.of());
    record.put("tree", JsonNodeFactory.instance.objectNode().put("x", 1)); // anything else: the mapper

    String text = DataFiles.document("models", List.of(record));

    assertThat(text).isEqualTo(String.join("\n",
        "{",
        "  \"schema_version\": 1,",
        "  \"models\": [",
        "    {",
        "      \"id\": \"o1 \\\"preview\\\"\",",
        "      \"input\": 15,",
        "      \"small\": 0.000001,",
        "      \"samples\": 12000,",
        "      \"items\": 198,",
        "      \"batch\": true,",
        "      \"notes\": null,",
        "      \"aliases\": [",
        "        \"a\",",
        "        \"b\"",
        "      ],",
        "      \"none\": [ ],",
        "      \"tree\": {",
        "        \"x\": 1",
        "      }",
        "    }",
        "  ]",
        "}",
        ""));
  }

  @Test
  void anEmptyDocumentStillHasItsVersion() {
    assertThat(DataFiles.document("profiles", Arrays.asList()))
        .isEqualTo("{\n  \"schema_version\": 1,\n  \"profiles\": [ ]\n}\n");
  }
}
