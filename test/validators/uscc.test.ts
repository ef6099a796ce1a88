import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidUscc,
  organizationCodeCheckChar,
  parseUscc,
  safeParseUscc,
  usccCheckChar,
  usccCodeConfidence,
} from '../../src/validators/index.js';
import { expectIssue, policyError } from './helpers.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const POLICY_VECTORS = ['91350100M000100Y43', '91110108551385082Q', '91310115591693856A'];

/** A valid code from a department/category, a region and an 8-character organization body. */
function makeUscc(dc: string, region: string, body8: string): string {
  const first17 = dc + region + body8 + organizationCodeCheckChar(body8);
  return first17 + usccCheckChar(first17);
}

const usccArb = fc
  .record({
    dc: fc.constantFrom('11', '12', '51', '52', '53', '59', '91', '92', '93', 'Y1', '81', 'N2'),
    region: fc.stringMatching(/^\d{6}$/),
    body: fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{8}$/),
  })
  .map(({ dc, region, body }) => makeUscc(dc, region, body));

describe('parseUscc', () => {
  it.each(POLICY_VECTORS)('accepts the POLICY.md vector %s with no warning', (code) => {
    const p = parseUscc(code);
    expect(p.code).toBe(code);
    expect(p.department).toEqual({ code: '9', confidence: 'high' });
    expect(p.category).toEqual({ code: '91', confidence: 'high' });
    expect(p.regionCode).toBe(code.slice(2, 8));
    expect(p.organizationCode).toBe(code.slice(8, 17));
    expect(p.warnings).toEqual([]);
  });

  it('computes the check characters by hand: 91350100M000100Y4 → 3, M000100Y → 4', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
    expect(organizationCodeCheckChar('55138508')).toBe('2');
  });

  it('reads social organizations: 51 社会团体, 52 民办非企业单位, 53 基金会', () => {
    for (const dc of ['51', '52', '53']) {
      const p = parseUscc(makeUscc(dc, '320800', '50000000'));
      expect(p.department).toEqual({ code: '5', confidence: 'high' });
      expect(p.category).toEqual({ code: dc, confidence: 'high' });
      expect(p.regionCode).toBe('320800');
    }
    expect(parseUscc(makeUscc('54', '320812', 'MA1K2L3P')).category).toEqual({ code: '54', confidence: 'medium' });
    expect(parseUscc(makeUscc('Q1', '320812', 'MA1K2L3P')).department.confidence).toBe('low');
  });

  it('normalizes lower case to upper case', () => {
    expect(parseUscc('91350100m000100y43').code).toBe('91350100M000100Y43');
    expect(isValidUscc('91110108551385082q')).toBe(true);
  });

  it('warns (does not fail) when the embedded organization code fails GB 11714', () => {
    const body = '12345678';
    const wrong = organizationCodeCheckChar(body) === '0' ? '1' : '0';
    const f17 = `91320800${body}${wrong}`;
    const p = parseUscc(f17 + usccCheckChar(f17));
    expect(p.warnings.map((w) => w.code)).toEqual(['organization_code_mismatch']);
    expect(p.warnings[0]!.zh).toMatch(/组织机构代码/);
  });

  it('accepts an unlisted category of a medium-confidence department with a warning, refuses one of a high one', () => {
    const p = parseUscc(makeUscc('85', '320800', '12345678'));
    expect(p.category).toBeUndefined();
    expect(p.warnings.map((w) => w.code)).toEqual(['unconfirmed_category']);
    const e = policyError(() => parseUscc(makeUscc('94', '320800', '12345678'), ['org', 'uscc']));
    expectIssue(e, 'unknown_code', ['org', 'uscc']);
    expect(e.issues[0]!.params).toEqual({ category: '94' });
  });

  it('refuses an unknown department', () => {
    const e = policyError(() => parseUscc(makeUscc('B1', '320800', '12345678')));
    expectIssue(e, 'unknown_code');
    expect(e.zh).toContain('B');
    expect(e.issues[0]!.params).toEqual({ department: 'B' });
  });

  it('reports every error kind with code, path and both messages', () => {
    const path = ['organizations', 2, 'uscc'];
    expectIssue(
      policyError(() => parseUscc(91350100, path)),
      'invalid_type',
      path,
    );
    expectIssue(
      policyError(() => parseUscc(undefined, path)),
      'required',
      path,
    );
    const len = policyError(() => parseUscc('91350100M000100Y4', path));
    expectIssue(len, 'invalid_format', path);
    expect(len.issues[0]!.params).toEqual({ length: 17 });
    const chars = policyError(() => parseUscc('91350100M000100I43', path));
    expectIssue(chars, 'invalid_format', path);
    expect(chars.issues[0]!.params).toEqual({ position: 16 });
    // Characters 3–8 must be digits even though letters are in the set.
    expect(policyError(() => parseUscc('913501A0M000100Y43')).issues[0]!.params).toEqual({ position: 7 });
    const check = policyError(() => parseUscc('91350100M000100Y44', path));
    expectIssue(check, 'invalid_check_digit', path);
    expect(check.issues[0]!.params).toEqual({ expected: '3' });
  });

  it('refuses a full-width or non-ASCII look-alike that upper-cases into the set', () => {
    expect(isValidUscc('91350100M000100Y4３')).toBe(false);
    expect(isValidUscc('ﬀ350100M000100Y43')).toBe(false);
  });

  it('never throws anything but a PolicyError', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = safeParseUscc(v);
        return r.success === isValidUscc(v);
      }),
    );
  });

  it('property: generated codes are valid and keep their parts', () => {
    fc.assert(
      fc.property(usccArb, (code) => {
        const p = parseUscc(code);
        return p.code === code && p.regionCode === code.slice(2, 8) && p.warnings.length === 0;
      }),
    );
  });

  it('property: any single character changed to any other allowed character is rejected', () => {
    fc.assert(
      fc.property(usccArb, fc.nat(17), fc.nat(30), (code, pos, k) => {
        const ch = CHARSET.charAt(k);
        fc.pre(ch !== code.charAt(pos));
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        return !isValidUscc(changed);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('usccCodeConfidence', () => {
  it('reads the table', () => {
    expect(usccCodeConfidence('9')).toBe('high');
    expect(usccCodeConfidence('53')).toBe('high');
    expect(usccCodeConfidence('55')).toBe('medium');
    expect(usccCodeConfidence('36')).toBe('low');
    expect(usccCodeConfidence('39')).toBe('medium');
    expect(usccCodeConfidence('Y1')).toBe('high');
    expect(usccCodeConfidence('Y9')).toBeUndefined();
    expect(usccCodeConfidence('B')).toBeUndefined();
    expect(usccCodeConfidence('511')).toBeUndefined();
  });
});

describe('argument checks (fuzz findings)', () => {
  it('usccCheckChar refuses anything but 17 characters of the code set (it threw a TypeError on a number)', () => {
    expectIssue(
      policyError(() => usccCheckChar(5 as never)),
      'invalid_type',
    );
    expectIssue(
      policyError(() => usccCheckChar('91350100M000100Y')),
      'invalid_format',
    );
    expectIssue(
      policyError(() => usccCheckChar('91350100M000100YI')),
      'invalid_format',
    );
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('organizationCodeCheckChar refuses anything but 8 digits or upper-case letters', () => {
    expectIssue(
      policyError(() => organizationCodeCheckChar(undefined as never)),
      'required',
    );
    expectIssue(
      policyError(() => organizationCodeCheckChar('m000100y')),
      'invalid_format',
    );
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
  });

  it('usccCodeConfidence refuses a value that is not a string (it threw a TypeError on -1)', () => {
    expectIssue(
      policyError(() => usccCodeConfidence(-1 as never)),
      'invalid_type',
    );
    expect(usccCodeConfidence('5X')).toBeUndefined();
  });
});
