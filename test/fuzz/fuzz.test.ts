// The CI slice of `npm run fuzz`: every exported function has a spec, and a fixed-seed 5,000-input slice of the same
// harness finds no defect. Longer exploration: `npm run fuzz -- --seed random --count 1000000`.
import { afterAll, describe, expect, it } from 'vitest';
import { exportedFunctions } from './discover.js';
import { evaluate, formatReport, runFuzz, settle } from './harness.js';
import { SPECS } from './specs/index.js';
import { removeSandbox } from './specs/testing.js';

afterAll(removeSandbox);

const SLICE = 5000;
const SEED = 20260101;

describe('fuzz harness', () => {
  const functions = exportedFunctions();

  it('has a spec for every exported function, and no spec for a function that is not exported', () => {
    expect([...functions.keys()].filter((n) => SPECS[n] === undefined)).toEqual([]);
    expect(Object.keys(SPECS).filter((n) => !functions.has(n))).toEqual([]);
  });

  it("every spec's first example is valid input: it returns a result, not a PolicyError or a defect", async () => {
    const failing: string[] = [];
    for (const [name, fn] of functions) {
      const spec = SPECS[name];
      if (spec === undefined || name === 'fail') continue; // fail() exists to throw
      const first = evaluate(fn, spec, spec.examples()[0]!);
      const o = first.kind === 'pending' ? await first.settled : first;
      if (o.kind !== 'ok') failing.push(`${name}: ${o.kind === 'defect' ? o.message : 'PolicyError'}`);
    }
    expect(failing).toEqual([]);
  });

  it(`finds no defect in a fixed-seed slice of ${SLICE} inputs`, async () => {
    const weights = [...functions.keys()].reduce(
      (sum, n) => sum + (SPECS[n] === undefined ? 0 : (SPECS[n].weight ?? 1)),
      0,
    );
    const reports = runFuzz(functions, SPECS, { seed: SEED, perFunction: Math.ceil(SLICE / weights), shrink: true });
    await settle(reports);
    const inputs = reports.reduce((n, r) => n + r.inputs, 0);
    expect(inputs).toBeGreaterThanOrEqual(SLICE);
    const defects = reports.filter((r) => r.defects > 0);
    expect(defects.length, formatReport(defects, SEED)).toBe(0);
  });
});
