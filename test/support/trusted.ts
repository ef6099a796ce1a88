// The `validate: 'checked' | 'trusted'` contract every batch keeps, as test helpers: on records already in normal form
// trusted gives what checked gives (deep-equal JSON); a record of the wrong shape in trusted mode is an error row with
// the core code `trusted_input_invalid` (never a thrown TypeError) while the other rows are computed as checked
// computes them; a bad `validate` value is refused with a PolicyError naming the option.
import fc from 'fast-check';
import { expect } from 'vitest';
import { isPolicyError, type PolicyError } from '../../src/core/index.js';
import type { RecordDef } from '../../src/core/record.js';
import { validRecord } from './record-arbitrary.js';

/** A batch result, as far as these checks read it. */
interface Batch {
  readonly rows: readonly { readonly outcome: string; readonly error?: PolicyError }[];
  readonly counts: { readonly total: number; readonly error: number };
}

/** The records of `raw` that `parse` accepts, in the form it returns (what a trusted batch must be given). */
export function normalForms<T>(raw: readonly unknown[], parse: (value: unknown) => T): T[] {
  const out: T[] = [];
  for (const r of raw) {
    try {
      out.push(parse(r));
    } catch (error) {
      if (!isPolicyError(error)) throw error;
    }
  }
  return out;
}

/** Rows that are no records at all: an engine that reads any field of them throws a TypeError when not checked. */
export const NOT_RECORDS: readonly unknown[] = [null, undefined];

/** `count` records of `record` in normal form: generated (fixed seed) from its field table, those its parse accepts. */
export function generatedRecords<T>(record: RecordDef<T>, count: number, seed: number): T[] {
  const out: T[] = [];
  for (let round = 0; out.length < count && round < 50; round++) {
    const raw = fc.sample(validRecord(record as RecordDef<unknown>), { numRuns: 500, seed: seed + round });
    out.push(...normalForms(raw, (r) => record.parse(r)));
  }
  if (out.length < count) throw new Error(`only ${out.length} valid ${record.name} records`);
  return out.slice(0, count);
}

/**
 * Runs the checks on one batch function: `run(items, extra)` calls it with its options and `extra` (`{ validate }`).
 * @param valid - records in normal form (at least a few hundred for the differential check)
 * @param wrong - rows of the wrong shape that the engine, unchecked, fails on
 */
export function checkValidationModes(
  run: (items: readonly unknown[], extra: Readonly<Record<string, unknown>>) => Batch,
  valid: readonly unknown[],
  wrong: readonly unknown[] = NOT_RECORDS,
): void {
  // Differential: trusted ≡ checked (and ≡ the default) on valid records.
  const checked = run(valid, { validate: 'checked' });
  const trusted = run(valid, { validate: 'trusted' });
  expect(JSON.stringify(trusted)).toBe(JSON.stringify(checked));
  expect(JSON.stringify(run(valid, {}))).toBe(JSON.stringify(checked));
  expect(checked.counts.total).toBe(valid.length);

  // Wrong-shaped rows between valid ones: error rows with the core code at the row's index; the others computed.
  const mixed: unknown[] = [];
  const bad = new Set<number>();
  valid.slice(0, wrong.length + 1).forEach((v, i) => {
    mixed.push(v);
    if (i < wrong.length) {
      bad.add(mixed.length);
      mixed.push(wrong[i]);
    }
  });
  const t = run(mixed, { validate: 'trusted' });
  const c = run(mixed, { validate: 'checked' });
  expect(t.counts.total).toBe(mixed.length);
  // The wrong rows are errors in both modes (refused by the record when checked): the counts are the same.
  expect(t.counts).toEqual(c.counts);
  expect(t.counts.error).toBeGreaterThanOrEqual(bad.size);
  t.rows.forEach((row, i) => {
    if (bad.has(i)) {
      expect(row.outcome, `row ${i}`).toBe('error');
      expect(row.error!.issues.map((x) => [x.code, x.path[0]])).toEqual([['trusted_input_invalid', i]]);
      // Checked, the same row is refused by its record (never the trusted code).
      expect(c.rows[i]!.outcome).toBe('error');
      expect(c.rows[i]!.error!.issues.map((x) => x.code)).not.toContain('trusted_input_invalid');
    } else expect(JSON.stringify(row), `row ${i}`).toBe(JSON.stringify(c.rows[i]));
  });

  // A bad value is refused naming the option; a misspelt name is refused with the right one.
  const refusal = (extra: Record<string, unknown>): PolicyError => {
    try {
      run(valid.slice(0, 1), extra);
    } catch (error) {
      if (isPolicyError(error)) return error;
      throw error;
    }
    throw new Error(`not refused: ${JSON.stringify(extra)}`);
  };
  for (const v of ['unchecked', 'TRUSTED', true, 1])
    expect(refusal({ validate: v }).issues[0]).toMatchObject({ code: 'unknown_enum_value', path: ['validate'] });
  expect(refusal({ valdate: 'trusted' }).issues[0]).toMatchObject({
    code: 'unknown_option',
    params: { suggestion: 'validate' },
  });
}
