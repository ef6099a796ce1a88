import { describe, expect, it } from 'vitest';
import { isPolicyError, PolicyError } from '../../src/core/errors.js';
import { envelope, explainedScope, profileAt } from '../../src/core/evaluation.js';
import { explain } from '../../src/core/render.js';
import { valueOn, type Parameter } from '../../src/core/parameters.js';
import { parseProfile, readParameter, safeParseProfile, withOverrides, type Profile } from '../../src/core/profile.js';

const rate: Parameter = {
  id: 'demo.share',
  label: { zh: '基本工资占比', en: 'Basic share' },
  unit: 'ratio',
  type: 'decimal',
  values: [
    { effectiveFrom: '2020-01-01', value: '0.7', source: { key: 'S4', title: 'Doc A', article: '第十九条' } },
    { effectiveFrom: '2024-07-01', value: '0.75', source: { title: 'Doc B' }, provisional: true },
    { effectiveFrom: '2030-01-01', value: null, source: { title: 'Repeal' } },
  ],
};
const table: Parameter = {
  id: 'demo.coefficients',
  label: { zh: '系数', en: 'Coefficients' },
  unit: 'coefficient',
  type: 'table',
  values: [{ effectiveFrom: '2020-01-01', value: { '1': '1.00', '2': '1.05' }, source: { title: 'Doc A' } }],
};
const profile: Profile = parseProfile({
  id: 'demo',
  version: '1.0.0',
  label: { zh: '示例', en: 'Demo' },
  jurisdiction: { name: { zh: '示例市', en: 'Demo City' } },
  parameters: { 'demo.share': rate, 'demo.coefficients': table },
});

describe('dated parameters', () => {
  it('returns the latest value in force, straddling each effective date', () => {
    expect(valueOn(rate, '2020-01-01').value).toBe('0.7');
    expect(valueOn(rate, '2024-06-30').value).toBe('0.7');
    expect(valueOn(rate, '2024-07-01')).toMatchObject({
      value: '0.75',
      effectiveFrom: '2024-07-01',
      provisional: true,
    });
    expect(valueOn(rate, '2029-12-31').value).toBe('0.75');
  });

  it('says "not in force" before the first value and after a repeal, never zero', () => {
    for (const date of ['2019-12-31', '2030-01-01']) {
      try {
        valueOn(rate, date);
        expect.unreachable();
      } catch (e) {
        expect(isPolicyError(e)).toBe(true);
        expect((e as PolicyError).code).toBe('not_in_force');
        expect((e as PolicyError).en).toContain(date);
      }
    }
  });
});

describe('profiles', () => {
  it('rejects unsorted and duplicate dates, wrong value types and mismatched ids at load', () => {
    const bad = {
      ...profile,
      parameters: {
        'demo.share': { ...rate, values: [rate.values[1], rate.values[0]] },
        'demo.coefficients': { ...table, values: [table.values[0], table.values[0]] },
        'demo.x': {
          ...rate,
          id: 'demo.y',
          values: [{ effectiveFrom: '2020-01-01', value: 0.7, source: { title: 't' } }],
        },
      },
    };
    const r = safeParseProfile(bad);
    expect(r.success).toBe(false);
    if (!r.success) {
      const codes = r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
      expect(codes).toContain('unsorted@parameters.demo.share.values.1.effectiveFrom');
      expect(codes).toContain('duplicate@parameters.demo.coefficients.values.1.effectiveFrom');
      expect(codes).toContain('inconsistent@parameters.demo.x.id');
      expect(codes).toContain('invalid_amount@parameters.demo.x.values.0.value');
    }
  });

  it('maps schema errors to codes and paths (missing source title, bad date, extra field)', () => {
    const r = safeParseProfile({
      ...profile,
      extra: 1,
      parameters: { 'demo.share': { ...rate, values: [{ effectiveFrom: '2023-02-29', value: '1', source: {} }] } },
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      const codes = r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
      expect(codes).toContain('unrecognized_keys@');
      expect(codes).toContain('invalid_date@parameters.demo.share.values.0.effectiveFrom');
      expect(codes).toContain('required@parameters.demo.share.values.0.source.title');
    }
  });

  it('withOverrides returns a new profile and leaves the original untouched', () => {
    const copy = JSON.stringify(profile);
    const p2 = withOverrides(profile, { 'demo.share': '0.8' });
    expect(readParameter(p2, 'demo.share', '2019-01-01')).toMatchObject({
      value: '0.8',
      override: true,
      provisional: false,
    });
    expect(readParameter(profile, 'demo.share', '2025-01-01').value).toBe('0.75');
    expect(JSON.stringify(profile)).toBe(copy);
    expect(p2.version).toBe('1.0.0+overrides');
  });

  it('withOverrides: a dated set amends from that date, a merge patches one cell of a table', () => {
    const p2 = withOverrides(profile, {
      'demo.share': { set: '0.72', from: '2022-01-01' },
      'demo.coefficients': { merge: { '2': '1.48' } },
    });
    expect(readParameter(p2, 'demo.share', '2021-12-31').value).toBe('0.7');
    expect(readParameter(p2, 'demo.share', '2022-01-01').value).toBe('0.72');
    expect(readParameter(p2, 'demo.share', '2025-01-01').value).toBe('0.75');
    expect(readParameter(p2, 'demo.coefficients', '2025-01-01').value).toEqual({ '1': '1.00', '2': '1.48' });
  });

  it('withOverrides takes a bare list as a value for a table parameter (not as a patch object)', () => {
    const p2 = withOverrides(profile, { 'demo.coefficients': ['1.00', '1.10'] });
    expect(readParameter(p2, 'demo.coefficients', '2025-01-01')).toMatchObject({
      value: ['1.00', '1.10'],
      override: true,
    });
  });

  it('withOverrides refuses unknown parameters and invalid values', () => {
    expect(() => withOverrides(profile, { 'demo.typo': '1' })).toThrow(
      expect.objectContaining({ code: 'unknown_parameter' }),
    );
    expect(() => withOverrides(profile, { 'demo.share': 'abc' })).toThrow(
      expect.objectContaining({ code: 'invalid_amount' }),
    );
  });
});

describe('explanations', () => {
  it('records each parameter read once, with its source, and warns on provisional values', () => {
    const { scope, explain: finish } = explainedScope(profileAt(profile, '2025-01-01'));
    scope.param('demo.share');
    scope.param('demo.share');
    scope.param('demo.coefficients');
    scope.trace.rule({ rule: 'demo.rule', text: { zh: '示例规则', en: 'Demo rule' }, effectiveFrom: '2025-01-01' });
    const e = finish({ zh: '示例结果', en: 'Demo result' });
    expect(e.parameters.map((p) => p.id)).toEqual(['demo.share', 'demo.coefficients']);
    expect(e.warnings.map((w) => w.code)).toEqual(['provisional_parameter']);
    const result = envelope('demo', 'demo', 'computed', scope, e);
    expect(result.profile).toEqual({ id: 'demo', version: '1.0.0' });
    const zh = explain(result, { lang: 'zh' });
    const en = explain(result, { lang: 'en' });
    expect(zh).toContain('暂定');
    expect(en).toMatch(/Basic share: 0\.75 \(from 2024-07-01; Doc B;.*provisional/);
    expect(en).toContain('Demo rule (from 2025-01-01)');
  });
});
