// Generators of valid and near-valid records from a record's field table, for the differential test of the fast
// check against the zod reference (and for fuzzing engines with realistic rows).
import fc from 'fast-check';
import type { FieldDef, RecordDef } from '../../src/core/record.js';

const dates = fc
  .record({
    y: fc.integer({ min: 1950, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Values a custom field accepts, by the custom kind's name (tests register samples for their own kinds). */
export const CUSTOM_SAMPLES: Record<string, readonly unknown[]> = {};

/** A value the field accepts on its own (a sample for a custom kind). */
export function validValue(def: FieldDef, depth = 0): fc.Arbitrary<unknown> {
  const t = def.type;
  switch (t.kind) {
    case 'text':
      return t.pattern === undefined
        ? fc.string({ minLength: t.minLength, maxLength: t.maxLength ?? 12 })
        : fc
            .stringMatching(t.pattern)
            .filter((s) => s.length >= t.minLength && (t.maxLength === undefined || s.length <= t.maxLength));
    case 'id':
      return fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer());
    case 'enum':
      return fc.constantFrom(...Object.keys(t.aliases));
    case 'date':
      return dates;
    case 'integer':
      return fc.integer({ min: t.min ?? -1000, max: t.max ?? 1000 });
    case 'number':
      return fc.double({ min: t.min ?? -1000, max: t.max ?? 1000, noNaN: true });
    case 'decimal':
      return fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.stringMatching(/^\d{1,7}(\.\d{1,2})?$/));
    case 'boolean':
      return fc.boolean();
    case 'object':
      return validRecord(t.record, depth + 1);
    case 'array':
      return fc.array(validValue(t.of, depth + 1), { minLength: t.min, maxLength: Math.min(t.max ?? 3, t.min + 3) });
    case 'yearMap':
      return fc.dictionary(fc.integer({ min: 1990, max: 2030 }).map(String), validValue(t.of, depth + 1), {
        maxKeys: 4,
      });
    case 'map':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), validValue(t.of, depth + 1), { maxKeys: 3 });
    case 'custom':
      return fc.constantFrom(...(CUSTOM_SAMPLES[t.name] ?? [null]));
  }
}

/** A structurally valid record (cross-field rules may still refuse it). */
export function validRecord(rec: RecordDef<unknown>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [k, def] of Object.entries(rec.fields)) {
    shape[k] =
      def.required && def.nullable !== true
        ? validValue(def, depth)
        : fc.oneof(validValue(def, depth), fc.constant(null));
    if (def.required) required.push(k);
  }
  return fc.record(shape, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('2023-02-29'),
  fc.constant(Number.NaN),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
);

/** A valid record with one field replaced (or one unknown field added). */
export function nearValidRecord(rec: RecordDef<unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(rec.fields);
  return fc.tuple(validRecord(rec), fc.nat({ max: keys.length }), junk).map(([r, i, v]) => {
    const copy: Record<string, unknown> = { ...r };
    if (i === keys.length) copy.unexpectedField = v;
    else copy[keys[i]!] = v;
    return copy;
  });
}

/**
 * A known-good record (`base`) with one field replaced by another value the field accepts, removed, or replaced by
 * junk: mostly records the cross-field rule accepts, so the differential test reaches the finish step often.
 */
export function variantOf(rec: RecordDef<unknown>, base: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(rec.fields);
  const change = fc.nat({ max: keys.length - 1 }).chain((i) => {
    const key = keys[i]!;
    return fc.tuple(
      fc.constant(key),
      fc.oneof(
        { weight: 3, arbitrary: validValue(rec.fields[key]!) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: junk },
      ),
    );
  });
  return fc.tuple(change, fc.boolean()).map(([[key, v], keep]) => {
    const copy: Record<string, unknown> = { ...base };
    if (keep) return copy;
    if (v === undefined) delete copy[key];
    else copy[key] = v;
    return copy;
  });
}
