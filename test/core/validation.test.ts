// The validation mode is one core concept: `runBatch` in `trusted` mode turns anything a row throws that is not a
// PolicyError (a TypeError from a record of the wrong shape) into an error row with the core code, and goes on; in
// `checked` mode such a throw is a bug and propagates. Coverage exports the core's names, not copies.
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as coverage from '../../src/coverage/index.js';
import {
  isPolicyError,
  parseCalendarDate,
  PolicyError,
  runBatch,
  trustedFailure,
  validateOption,
} from '../../src/core/index.js';
import { readRow } from '../../src/core/validation.js';

const evaluate = (raw: unknown) => ({ outcome: 'computed' as const, n: (raw as { n: number }).n.toFixed(0) });

describe('validation modes', () => {
  it('are defined once, in the core, and coverage re-exports the same values', () => {
    expect(core.VALIDATION_MODES).toEqual(['checked', 'trusted']);
    expect(coverage.VALIDATION_MODES).toBe(core.VALIDATION_MODES);
  });

  it('validateOption defaults to checked and refuses anything else naming the option', () => {
    expect(validateOption(undefined, ['validate'])).toBe('checked');
    expect(validateOption('trusted', ['validate'])).toBe('trusted');
    let error: unknown;
    try {
      validateOption('trust', ['validate']);
    } catch (e) {
      error = e;
    }
    expect(isPolicyError(error)).toBe(true);
    expect((error as PolicyError).issues[0]).toMatchObject({ code: 'unknown_enum_value', path: ['validate'] });
  });

  it('runBatch in trusted mode makes a row that throws a TypeError an error row with the core code', () => {
    const { rows, counts } = runBatch([{ n: 1 }, { id: 'b' }, null, { n: 4 }], evaluate, [], 'trusted');
    expect(counts).toMatchObject({ total: 4, computed: 2, error: 2 });
    expect(rows[0]).toEqual({ outcome: 'computed', n: '1' });
    expect(rows[3]).toEqual({ outcome: 'computed', n: '4' });
    expect(rows[1]).toMatchObject({ index: 1, outcome: 'error', id: 'b' });
    for (const i of [1, 2]) {
      const e = (rows[i] as { error: PolicyError }).error;
      expect(e.issues.map((x) => [x.code, x.path])).toEqual([['trusted_input_invalid', [i]]]);
      // zh entirely Chinese, en entirely English.
      expect(e.issues[0]!.zh).not.toMatch(/[A-Za-z]/);
      expect(e.issues[0]!.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('runBatch in checked mode (the default) lets the TypeError through, as a bug', () => {
    expect(() => runBatch([{ n: 1 }, null], evaluate)).toThrow(TypeError);
    expect(() => runBatch([{ n: 1 }, null], evaluate, [], 'checked')).toThrow(TypeError);
  });

  it('runBatch keeps a PolicyError of a trusted row as it is, and refuses an unknown mode', () => {
    const refuse = () => {
      throw new PolicyError([{ code: 'required', path: ['x'], zh: '缺少', en: 'Missing' }]);
    };
    const { rows } = runBatch([1], refuse, [], 'trusted');
    expect((rows[0] as { error: PolicyError }).error.issues[0]).toMatchObject({ code: 'required', path: [0, 'x'] });
    expect(() => runBatch([1], evaluate, [], 'unchecked' as never)).toThrow(PolicyError);
  });

  it('trustedFailure keeps a PolicyError and words anything else with the core code at the path', () => {
    const p = new PolicyError([{ code: 'required', path: ['x'], zh: '缺少', en: 'Missing' }]);
    expect(trustedFailure(p, [1])).toBe(p);
    expect(trustedFailure(new TypeError('x'), ['validate']).issues[0]).toMatchObject({
      code: 'trusted_input_invalid',
      path: ['validate'],
    });
    expect(() => trustedFailure(new TypeError('x'), 'validate' as never)).toThrow(PolicyError);
  });

  it('readRow parses in checked mode and takes the row as given in trusted mode', () => {
    const record = { parse: parseCalendarDate };
    expect(readRow(record, '2026-01-31', 4, 'checked')).toBe('2026-01-31');
    expect(() => readRow(record, '2026-02-30', 4, 'checked')).toThrow(PolicyError);
    expect(readRow(record, '2026-02-30', 4, 'trusted')).toBe('2026-02-30');
  });
});
