import { describe, expect, it } from 'vitest';
import { isPolicyError, PolicyError } from '../../src/core/errors.js';
import { envelope, explainedScope, profileAt } from '../../src/core/evaluation.js';
import { explain } from '../../src/core/render.js';
import { valueOn, type Parameter } from '../../src/core/parameters.js';
import {
  parseProfile,
  profileJsonRecord,
  readParameter,
  safeParseProfile,
  withOverrides,
  type Profile,
} from '../../src/core/profile.js';
import { schemaParse } from '../../src/core/record-zod.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { CUSTOM_SAMPLES, nearValidRecord, validRecord } from '../support/record-arbitrary.js';

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

  it("words schema refusals with the field's name and its path, in Chinese and in English", () => {
    const r = safeParseProfile({
      id: 'Demo City',
      format: 1,
      version: '1',
      label: { zh: '示例' },
      jurisdiction: { name: { zh: '示例市', en: 'Demo City' } },
      parameters: { 'demo.share': { ...rate, values: [{ effectiveFrom: null, source: 5 }] } },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => [i.code, i.path.join('.'), i.zh, i.en])).toEqual([
      ['out_of_range', 'format', '「格式版本」应为 2', '"format version" must be 2'],
      [
        'invalid_format',
        'id',
        '「配置编号」的格式不正确，应为小写字母、数字、点、下划线或连字符，以字母或数字开头：「Demo City」',
        '"profile id" is not in the right format (lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit): "Demo City"',
      ],
      ['required', 'label.en', '缺少必填字段「英文」', 'Required field "English" is missing'],
      ['required', 'parameters.demo.share.values.0.value', '缺少必填字段「取值」', 'Required field "value" is missing'],
      [
        'invalid_type',
        'parameters.demo.share.values.0.source',
        '「来源」应为字符串或对象，实际为数字',
        '"source" must be a string or object, got number',
      ],
    ]);
  });

  it("the profile record's fast check equals its zod reference: shipped profiles and near-valid ones", () => {
    const outcome = (r: ReturnType<typeof safeParseProfile>) =>
      r.success
        ? { ok: r.data }
        : { issues: r.error.issues.map((i) => `${i.path.join('.')} ${i.code} ${i.zh} | ${i.en}`) };
    const files = readdirSync(new URL('../../src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
      (f) => /profiles\/[^/]+\.json$/.test(f) && !f.endsWith('sources.json'),
    );
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const json = JSON.parse(readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8')) as unknown;
      const fast = profileJsonRecord.safeParse(json);
      expect(fast.success, f).toBe(true);
      expect(outcome(schemaParse(profileJsonRecord, json) as never)).toEqual(outcome(fast as never));
    }
    CUSTOM_SAMPLES['json'] = ['1.5', 3, true, ['a'], { a: { b: null } }];
    CUSTOM_SAMPLES['profile-source-ref'] = ['S1', { title: '文件' }, { title: 'doc', issuer: null, confidence: 'H' }];
    fc.assert(
      fc.property(fc.oneof(validRecord(profileJsonRecord), nearValidRecord(profileJsonRecord)), (value) => {
        expect(outcome(profileJsonRecord.safeParse(value, [1]) as never)).toEqual(
          outcome(schemaParse(profileJsonRecord, value, [1]) as never),
        );
      }),
      { numRuns: 2_000, seed: 20261130 },
    );
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
