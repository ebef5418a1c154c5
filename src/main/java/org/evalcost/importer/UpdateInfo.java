package org.evalcost.importer;

import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.WHOLE;

import org.evalcost.catalog.FieldReader;
import org.evalcost.catalog.FieldValues;
import org.evalcost.catalog.FieldWriter;
import org.evalcost.catalog.RecordSchema;

/** What update.json says of the installed download: where from, when, its digest, and what it held. */
record UpdateInfo(String from, String url, String downloaded, String sha256, long models, long curatedRepriced) {
  /** update.json, for the people and scripts that look at the cache; evalcost itself reads the catalogs beside it. */
  static final class Codec extends org.evalcost.catalog.Codec<UpdateInfo> {
    private static final RecordSchema FIELDS = new RecordSchema().with(TEXT, "from", "url", "downloaded").key("sha256")
        .with(WHOLE, "models", "curated_repriced");

    Codec() {
      super("updates", "update", FIELDS);
    }

    @Override
    protected UpdateInfo build(FieldReader in, FieldValues v) {
      return new UpdateInfo(v.text("from"), v.text("url"), v.text("downloaded"), v.text("sha256"),
          in.required("models", v.whole("models")), in.required("curated_repriced", v.whole("curated_repriced")));
    }

    @Override
    public void write(FieldWriter out, UpdateInfo i) {
      out.text("from", i.from()).text("url", i.url()).text("downloaded", i.downloaded()).text("sha256", i.sha256())
          .whole("models", i.models()).whole("curated_repriced", i.curatedRepriced());
    }
  }
}
