import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  maskResidentId,
  parseResidentId,
  residentIdCheckChar,
  safeParseResidentId,
  safeUpgradeResidentId,
  upgradeResidentId,
} from '../../src/validators/index.js';
import { expectIssue, policyError } from './helpers.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A valid 18-character ID from its parts. */
function makeId(region: string, y: number, m: number, d: number, seq: number): string {
  const first17 = `${region}${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}${pad(seq, 3)}`;
  return first17 + residentIdCheckChar(first17);
}

const idArb = fc
  .record({
    region: fc.stringMatching(/^[1-8]\d{5}$/),
    y: fc.integer({ min: 1900, max: 2025 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, y, m, d, seq }) => makeId(region, y, m, d, seq));

/** No message or param may contain the middle (birth date + sequence) of the number. */
function expectMasked(error: { zh: string; en: string; issues: readonly { params?: unknown }[] }, id: string): void {
  const hidden = id.slice(6, 14);
  expect(error.zh).not.toContain(hidden);
  expect(error.en).not.toContain(hidden);
  expect(JSON.stringify(error.issues)).not.toContain(hidden);
}

describe('parseResidentId', () => {
  it('reads the POLICY.md vectors', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({
      id: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
      masked: '110105********002X',
    });
    expect(parseResidentId('440524188001010014')).toMatchObject({
      birthDate: '1880-01-01',
      sex: 'male',
      regionCode: '440524',
    });
  });

  it('computes the MOD 11-2 check by hand (Σ = 167, 167 mod 11 = 2 → X)', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('accepts a lower-case x and returns upper case', () => {
    expect(parseResidentId('11010519491231002x').id).toBe('11010519491231002X');
  });

  it('reads sex from the 17th digit: odd male, even female', () => {
    expect(parseResidentId(makeId('320803', 1990, 1, 1, 1)).sex).toBe('male');
    expect(parseResidentId(makeId('320803', 1990, 1, 1, 10)).sex).toBe('female');
    expect(parseResidentId(makeId('320803', 1990, 1, 1, 999)).sex).toBe('male');
  });

  it('accepts 2024-02-29 and refuses 2023-02-29 as a birth date (invalid_date)', () => {
    expect(parseResidentId(makeId('320803', 2024, 2, 29, 12)).birthDate).toBe('2024-02-29');
    const bad = makeId('320803', 2023, 2, 29, 12);
    const e = policyError(() => parseResidentId(bad, { path: ['people', 0, 'residentId'] }));
    expectIssue(e, 'invalid_date', ['people', 0, 'residentId']);
    expectMasked(e, bad);
  });

  it('refuses a birth date after asOf (out_of_range), accepts one on asOf', () => {
    const id = '11010519491231002X';
    expect(parseResidentId(id, { asOf: '1949-12-31' }).birthDate).toBe('1949-12-31');
    const e = policyError(() => parseResidentId(id, { asOf: '1949-12-30', path: ['id'] }));
    expectIssue(e, 'out_of_range', ['id']);
    expect(e.issues[0]!.params).toEqual({ asOf: '1949-12-30' });
    expectMasked(e, id);
    expectIssue(
      policyError(() => parseResidentId(id, { asOf: '2023-02-29' })),
      'invalid_date',
      ['asOf'],
    );
  });

  it('reports every error kind with code, path and both messages, never the unmasked number', () => {
    const path = ['workers', 3, 'residentId'];
    expectIssue(
      policyError(() => parseResidentId(11010519491231, { path })),
      'invalid_type',
      path,
    );
    expectIssue(
      policyError(() => parseResidentId(undefined, { path })),
      'required',
      path,
    );
    const short = policyError(() => parseResidentId('1101051949123100', { path }));
    expectIssue(short, 'invalid_format', path);
    expect(short.issues[0]!.params).toEqual({ length: 16 });
    const fifteen = policyError(() => parseResidentId('110105491231002', { path }));
    expectIssue(fifteen, 'invalid_format', path);
    expect(fifteen.en).toContain('upgrade');
    expectIssue(
      policyError(() => parseResidentId('1101051949123100Y', { path })),
      'invalid_format',
      path,
    );
    const wrong = '110105194912310021';
    const check = policyError(() => parseResidentId(wrong, { path }));
    expectIssue(check, 'invalid_check_digit', path);
    expect(check.zh).toContain('110105********0021');
    expectMasked(check, wrong);
  });

  it('property: generated numbers are valid and their parts read back', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        const p = parseResidentId(id);
        return p.id === id && p.regionCode === id.slice(0, 6) && p.birthDate.replaceAll('-', '') === id.slice(6, 14);
      }),
    );
  });

  it('property: any single character changed to another digit (or X in the last place) is rejected', () => {
    fc.assert(
      fc.property(idArb, fc.nat(17), fc.nat(10), (id, pos, k) => {
        const ch = '0123456789X'.charAt(k);
        fc.pre(ch !== id.charAt(pos) && (ch !== 'X' || pos === 17));
        const changed = id.slice(0, pos) + ch + id.slice(pos + 1);
        const r = safeParseResidentId(changed);
        if (r.success) return false;
        expectMasked(r.error, changed);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('property: never throws anything but a PolicyError', () => {
    fc.assert(fc.property(fc.anything(), (v) => safeParseResidentId(v).success === isValidResidentId(v)));
  });
});

describe('upgradeResidentId', () => {
  it('inserts 19 and appends the check character', () => {
    expect(upgradeResidentId('110105491231002')).toBe('11010519491231002X');
    expect(upgradeResidentId('440524800101001')).toBe('440524198001010013'); // Σ = 196, 196 mod 11 = 9 → 3
    expect(isValidResidentId(upgradeResidentId('320803650704123'))).toBe(true);
  });

  it('refuses what is not 15 digits or has an impossible date, masked', () => {
    expectIssue(
      policyError(() => upgradeResidentId('11010549123100', ['old'])),
      'invalid_format',
      ['old'],
    );
    expectIssue(
      policyError(() => upgradeResidentId(110105491231002)),
      'invalid_type',
    );
    const e = policyError(() => upgradeResidentId('110105490229002'));
    expectIssue(e, 'invalid_date');
    expect(e.zh).not.toContain('490229');
    expect(safeUpgradeResidentId('11010549123100X').success).toBe(false);
  });
});

describe('maskResidentId', () => {
  it('hides the whole birth date: 8 digits of 18, 6 of 15 (the sequence code and check character stay)', () => {
    expect(maskResidentId('320802199001011234')).toBe('320802********1234');
    // Fuzz finding: the 15-digit form kept 4 characters, the first of them the last digit of the birth day.
    expect(maskResidentId('110105491231002')).toBe('110105******002');
    expect(maskResidentId('12345')).toBe('*****');
  });

  it('refuses a value that is not a string (it was converted with String(), a Symbol threw a TypeError)', () => {
    expectIssue(
      policyError(() => maskResidentId(Symbol('s') as never)),
      'invalid_type',
    );
    expectIssue(
      policyError(() => maskResidentId(undefined as never)),
      'required',
    );
  });
});

describe('argument checks (fuzz findings)', () => {
  it('residentIdCheckChar refuses anything but 17 digits (it threw a TypeError on null, returned garbage on letters)', () => {
    expectIssue(
      policyError(() => residentIdCheckChar(null as never)),
      'invalid_type',
    );
    expectIssue(
      policyError(() => residentIdCheckChar('1101051949123100X')),
      'invalid_format',
    );
    expectIssue(
      policyError(() => residentIdCheckChar('11010519491231002X')),
      'invalid_format',
    );
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('parseResidentId and its safe twin read null options as no options (they threw a TypeError)', () => {
    expect(parseResidentId('11010519491231002X', null as never).birthDate).toBe('1949-12-31');
    expect(safeParseResidentId('1101051949123100', null as never).success).toBe(false);
  });

  it('a path that is not a list of keys gives a well-formed PolicyError, not a TypeError', () => {
    const e = policyError(() => parseResidentId('x', { path: null as never }));
    expect(e.code).toBe('invalid');
    expect(Array.isArray(e.path)).toBe(true);
  });
});
