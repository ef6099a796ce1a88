// The entity → engine round trip, over every engine input the public subpaths export (the list docs/schemas is
// generated from, so an input added later is covered too). An engine input is built from the entity it shares the
// most fields with (pick, extend, partial, required); what that entity's parser returns passes the engine's record
// without renaming: each shared field unchanged, and the whole record when the engine needs nothing the entity lacks.
import { describe, expect, it } from 'vitest';
import { engineInputRecords } from '../../scripts/export-schemas.js';
import { fieldChecker, type RecordDef } from '../../src/core/record.js';
import type { PolicyIssue } from '../../src/core/errors.js';
import { entityRecords } from '../../src/entities/index.js';
import { valid } from './fixtures.js';

const camel = (name: string) => name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/**
 * The entity an engine input is built from: the one it shares the most fields with, among those whose field
 * definitions it keeps as they are (two or more) or with which it shares five fields (a candidate is a person made
 * partial: new definitions). Records sharing only generic keys (`id`, `kind`) are an engine's own.
 */
function baseOf(record: RecordDef<unknown>): RecordDef<unknown> | undefined {
  let best: { e: RecordDef<unknown>; shared: number; same: number } | undefined;
  for (const e of entityRecords) {
    const keys = Object.keys(record.fields).filter((k) => k in e.fields);
    const same = keys.filter((k) => record.fields[k] === e.fields[k]).length;
    if (
      (same >= 2 || keys.length >= 5) &&
      (best === undefined || keys.length > best.shared || (keys.length === best.shared && same > best.same))
    )
      best = { e, shared: keys.length, same };
  }
  return best?.e;
}

/** Each valid fixture of an entity as its parser returns it (a person has two: a worker and a candidate). */
function fixturesOf(entity: RecordDef<unknown>): Record<string, unknown>[] {
  const fixtures = valid as Record<string, unknown>;
  const raw = [fixtures[camel(entity.name)], ...(entity.name === 'person' ? [fixtures['candidate']] : [])];
  return raw.filter((r) => r !== undefined).map((r) => entity.parse(r) as Record<string, unknown>);
}

const inputs = engineInputRecords().map((e) => ({ ...e, base: baseOf(e.record) }));
const built = inputs.filter((i) => i.base !== undefined && fixturesOf(i.base).length > 0);
// Inputs checked as a whole record (an engine needing a fact its entity lacks is checked field by field only).
const whole = new Set<string>();

describe('entity → engine round trip', () => {
  it('covers most engine inputs (the others are an engine’s own facts: a ballot, a meeting, a host rule)', () => {
    expect(built.length).toBeGreaterThanOrEqual(20);
    expect(built.map((b) => b.record.name)).toEqual(
      expect.arrayContaining(['worker', 'candidate', 'coverage-organization', 'workforce-worker', 'petition-check']),
    );
  });

  it.each(built.map((b) => [b.record.name, b.base!.name, b.record, b.base!] as const))(
    '%s: a %s parsed by /entities passes field by field, unchanged',
    (_n, _b, record, base) => {
      let checked = 0;
      for (const parsed of fixturesOf(base))
        for (const [key, v] of Object.entries(parsed)) {
          const def = record.fields[key];
          if (def === undefined || v === undefined) continue;
          const issues: PolicyIssue[] = [];
          expect(fieldChecker(def)(v, [key], issues, true), `${record.name}.${key}`).toEqual(v);
          expect(issues, `${record.name}.${key}`).toEqual([]);
          checked++;
        }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it.each(built.map((b) => [b.record.name, b.base!.name, b.record, b.base!] as const))(
    '%s: a %s parsed by /entities passes as a whole when it holds every field the engine requires',
    (_n, _b, record, base) => {
      for (const parsed of fixturesOf(base)) {
        const required = Object.entries(record.fields)
          .filter(([, d]) => d.required)
          .map(([k]) => k);
        if (!required.every((k) => parsed[k] !== undefined)) continue;
        const picked = Object.fromEntries(Object.entries(parsed).filter(([k]) => k in record.fields));
        const r = record.safeParse(picked);
        expect(r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.path.join('.')}`), record.name).toEqual([]);
        if (r.success)
          for (const k of Object.keys(picked)) expect((r.data as Record<string, unknown>)[k], k).toEqual(picked[k]);
        whole.add(record.name);
      }
    },
  );

  it('checked most of them as whole records', () => {
    expect(whole.size).toBeGreaterThanOrEqual(15);
  });
});
