// A digest of what the entity records decide over one valid input per entity and every one-field mutation of it
// (each field removed, or set to one of a list of wrong or edge values), through parse (safeParse) and checkInPlace.
// Used by record-fallback.test.ts: the same digest under the generated code and under the closure fallback.
import { createHash } from 'node:crypto';
import * as entities from '../../../src/entities/index.js';
import type { PolicyIssue } from '../../../src/core/errors.js';
import { valid } from '../../entities/fixtures.js';

const ODD: readonly unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  '2024-02-29',
  '2023-02-29',
  '320803001',
  0,
  -1,
  1.5,
  1e21,
  NaN,
  true,
  false,
  [],
  ['x'],
  {},
  { a: 1 },
];

const RECORDS: Record<string, string> = {
  candidate: 'personRecord',
  socialWorkCertificate: 'socialWorkCertificateRecord',
};

// Key order aside: checkInPlace returns an input already in normal form as it is (the generated accept test proves
// it), where the fallback builds the same object in the field table's order.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

export function recordDigest(): { cases: number; digest: string } {
  const hash = createHash('sha256');
  let cases = 0;
  const all = entities as unknown as Record<
    string,
    { safeParse?: (v: unknown) => unknown; checkInPlace?: (v: unknown, p: [], i: PolicyIssue[]) => unknown }
  >;
  for (const [name, base] of Object.entries(valid)) {
    const record = all[RECORDS[name] ?? `${name}Record`];
    if (record?.safeParse === undefined || record.checkInPlace === undefined) throw new Error(`no record for ${name}`);
    const inputs: unknown[] = [base];
    for (const key of Object.keys(base)) {
      const { [key]: _, ...rest } = base as Record<string, unknown>;
      inputs.push(rest);
      for (const v of ODD) inputs.push({ ...base, [key]: v });
    }
    inputs.push({ ...base, unknownField: 1 });
    for (const input of inputs) {
      const issues: PolicyIssue[] = [];
      const inPlace = record.checkInPlace(structuredClone(input), [], issues);
      hash.update(JSON.stringify(canonical([name, record.safeParse(structuredClone(input)), inPlace ?? null, issues])));
      cases++;
    }
  }
  return { cases, digest: hash.digest('hex') };
}

if (process.argv.includes('--print-digest')) process.stdout.write(JSON.stringify(recordDigest()));
