package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;

import org.evalcost.engine.Provider;

/** A record of providers.json: a seller, and the share of list price its batch API charges. */
public final class ProviderCodec extends Codec<Provider> {
  private static final RecordSchema FIELDS = new RecordSchema().key("id").with(TEXT, "name", "notes").with(DECIMAL, "batch_discount")
      .sourced();

  public ProviderCodec() {
    super("providers", "provider", FIELDS);
  }

  @Override
  protected Provider build(FieldReader in, FieldValues v) {
    return new Provider(v.text("id"), v.text("name"), v.decimal("batch_discount"), v.source(), v.text("notes"));
  }

  @Override
  public void write(FieldWriter out, Provider p) {
    out.text("id", p.id()).text("name", p.name()).decimal("batch_discount", p.batchDiscount()).text("notes", p.notes());
    Values.write(out, p.source());
  }
}
