// ratingEligibility: arts. 6, 7, 29, 31 of 民政部令第39号 and the city rules of the profiles, three-state.
import { describe, expect, it } from 'vitest';
import { explain, withOverrides } from '../../src/core/index.js';
import { ratingEligibility, ratingEligibilityBatch, ratingProfiles } from '../../src/ratings/index.js';
import { CLEAN, finding, NEW, refusal } from './support.js';

const asOf = '2026-04-01';
const check = (org: object, options: object = {}) => ratingEligibility(org, { asOf, ...options });
const rule = (org: object, r: string, options: object = {}) => finding(check(org, options).findings, r);

describe('who may apply (arts. 6, 29; the upgrade rule)', () => {
  it('never graded: registered on or before the round cut-off (第六条第一项, 满两个年度 as the notice fixes it)', () => {
    expect(rule(NEW, 'ratings.route', { registeredBefore: '2024-06-30', target: '3A' })).toMatchObject({
      outcome: 'pass',
      date: '2024-06-30',
      citation: { article: '第六条第一项' },
    });
    expect(
      rule({ ...NEW, registeredOn: '2024-07-01' }, 'ratings.route', { registeredBefore: '2024-06-30' }).outcome,
    ).toBe('fail');
  });
  it('never graded without the cut-off or the registration date: undetermined, naming them', () => {
    const r = check(NEW, { target: '3A' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['registeredBefore']);
    expect(check({ ...NEW, registeredOn: undefined }, { registeredBefore: '2024-06-30' }).missing).toEqual([
      'registeredOn',
    ]);
    expect(explain(r)).toContain('本轮通知的登记截止日期');
  });
  it('a grade in its last 2 years may be re-evaluated, whatever the target (第二十九条第一款): from 2024-07-01 for one awarded 2021-06-30', () => {
    expect(ratingEligibility(CLEAN, { asOf: '2024-07-01', target: '4A' }).outcome).toBe('pass');
    const before = ratingEligibility(CLEAN, { asOf: '2024-06-30', target: '4A' });
    expect(finding(before.findings, 'ratings.route')).toMatchObject({ outcome: 'fail', date: '2024-07-01' });
  });
  it('an expired grade may apply (第六条第二项)', () => {
    expect(ratingEligibility(CLEAN, { asOf: '2026-07-01', target: '4A' }).findings[0]).toMatchObject({
      rule: 'ratings.route',
      outcome: 'pass',
      citation: { article: '第六条第二项' },
      date: '2026-06-30',
    });
  });
  it('before the window, a higher grade once the current one is held 2 years (Suzhou, Wuxi: provisional in Jiangsu)', () => {
    const org = { ...CLEAN, rating: '3A', ratedOn: '2024-05-20' };
    const on = ratingEligibility(org, { asOf: '2026-05-20', target: '4A' });
    expect(finding(on.findings, 'ratings.route')).toMatchObject({ outcome: 'fail', date: '2026-05-21' });
    const after = ratingEligibility(org, { asOf: '2026-05-21', target: '4A' });
    expect(finding(after.findings, 'ratings.route')).toMatchObject({ outcome: 'pass', citation: { key: 'U14' } });
    expect(after.outcome).toBe('pass');
    expect(
      after.warnings.some((w) => w.code === 'provisional_parameter' && w.zh.includes('申请晋升等级须持有现等级的年限')),
    ).toBe(true);
    // The same grade again before the window is not possible; without a target it depends on the target.
    expect(
      finding(ratingEligibility(org, { asOf: '2026-05-21', target: '3A' }).findings, 'ratings.route').outcome,
    ).toBe('fail');
    expect(ratingEligibility(org, { asOf: '2026-05-21' }).missing).toEqual(['target']);
  });
  it('Anhui has no upgrade rule (not found): an upgrade is undetermined there', () => {
    const r = ratingEligibility(
      { ...CLEAN, rating: '3A', ratedOn: '2024-05-20' },
      { asOf: '2026-05-21', target: '4A', profile: 'anhui-huaining' },
    );
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['parameter:ratings.upgrade.minYearsHeld']);
  });
  it('a grade without its date: undetermined', () => {
    expect(check({ ...CLEAN, ratedOn: undefined }, { target: '5A' }).missing).toContain('ratedOn');
  });
});

describe('exclusions (art. 7)', () => {
  const insp = (annualInspections: object) =>
    rule({ ...CLEAN, annualInspections }, 'ratings.exclusion.inspection', { target: '5A' });
  it('last year (2025 for 2026) missed or failed; 基本合格 2 years running', () => {
    expect(insp({ 2025: '未参加年度检查' })).toMatchObject({
      outcome: 'fail',
      citation: { article: '第七条第一项、第二项' },
    });
    expect(insp({ 2025: '不合格' }).outcome).toBe('fail');
    expect(insp({ 2025: '基本合格', 2024: '基本合格' }).outcome).toBe('fail');
    expect(insp({ 2025: '基本合格', 2024: '合格' }).outcome).toBe('pass');
    expect(insp({ 2024: '基本合格', 2025: '合格' }).outcome).toBe('pass');
  });
  it('a result not given is undetermined, naming the year', () => {
    expect(insp({ 2025: '基本合格' })).toMatchObject({ outcome: 'undetermined', missing: ['annualInspections.2024'] });
    expect(insp({}).missing).toEqual(['annualInspections.2025']);
    expect(check({ ...CLEAN, annualInspections: undefined }, { target: '5A' }).missing).toEqual([
      'annualInspections.2025',
    ]);
  });
  const pen = (penalties: object[] | undefined) =>
    rule({ ...CLEAN, penalties }, 'ratings.exclusion.penalty', { target: '5A' });
  it('a penalty last year, or one not yet executed; a list not given is undetermined', () => {
    expect(pen([{ decidedOn: '2025-12-31', executedOn: '2026-01-05' }])).toMatchObject({
      outcome: 'fail',
      date: '2025-12-31',
    });
    expect(pen([{ decidedOn: '2024-12-31', executedOn: '2025-01-10' }]).outcome).toBe('pass');
    expect(pen([{ decidedOn: '2024-06-01', executed: false }]).outcome).toBe('fail');
    expect(pen([{ decidedOn: '2026-02-01', executedOn: '2026-04-02' }]).outcome).toBe('fail');
    expect(pen([{ decidedOn: '2026-02-01', executedOn: '2026-04-01' }]).outcome).toBe('pass');
    expect(pen([{ decidedOn: '2024-06-01' }])).toMatchObject({
      outcome: 'undetermined',
      missing: ['penalties.0.executed'],
    });
    expect(pen(undefined)).toMatchObject({ outcome: 'undetermined', missing: ['penalties'] });
    expect(pen([{ decidedOn: '2026-05-01', executed: false }]).outcome).toBe('pass');
  });
  it('under investigation', () => {
    expect(
      rule({ ...CLEAN, underInvestigation: true }, 'ratings.exclusion.investigation', { target: '5A' }).outcome,
    ).toBe('fail');
    expect(
      rule({ ...CLEAN, underInvestigation: undefined }, 'ratings.exclusion.investigation', { target: '5A' }).outcome,
    ).toBe('undetermined');
  });
});

describe('bars (art. 31): 2 years after a lowered grade, 3 after a cancelled one, from the decision', () => {
  const bar = (kind: string, decidedOn: string, on: string) =>
    finding(
      ratingEligibility({ ...CLEAN, ratingSanctions: [{ kind, decidedOn }] }, { asOf: on, target: '4A' }).findings,
      'ratings.bar',
    );
  it('lowered on 2024-03-15: barred through 2026-03-15', () => {
    expect(bar('lowered', '2024-03-15', '2026-03-15')).toMatchObject({ outcome: 'fail', date: '2026-03-15' });
    expect(bar('lowered', '2024-03-15', '2026-03-16').outcome).toBe('pass');
  });
  it('cancelled on 2023-03-15: barred through 2026-03-15, and it may apply again after that', () => {
    expect(bar('cancelled', '2023-03-15', '2026-03-15').outcome).toBe('fail');
    const after = ratingEligibility(
      { ...CLEAN, ratingSanctions: [{ kind: 'cancelled', decidedOn: '2023-03-15' }] },
      { asOf: '2026-03-16', target: '4A' },
    );
    expect(finding(after.findings, 'ratings.bar').outcome).toBe('pass');
    expect(finding(after.findings, 'ratings.route')).toMatchObject({
      outcome: 'pass',
      citation: { article: '第三十一条' },
    });
  });
  it('the text names the years and the last day', () => {
    expect(bar('lowered', '2024-03-15', '2026-03-01').zh).toBe(
      '2024-03-15被降低评估等级，2年内不得提出评估申请，至2026-03-15届满（第三十一条）',
    );
  });
  it('a graded organization must list its sanctions (none is an empty list); one never graded has none', () => {
    expect(rule({ ...CLEAN, ratingSanctions: undefined }, 'ratings.bar', { target: '5A' }).outcome).toBe(
      'undetermined',
    );
    expect(rule(NEW, 'ratings.bar', { registeredBefore: '2024-06-30' }).outcome).toBe('pass');
  });
});

describe('city rules for 5A (profile data)', () => {
  const young4A = { ...CLEAN, ratedOn: '2024-09-01' };
  it('Jiangsu: no "5A only after 4A" rule was found, so none applies (provisional)', () => {
    const r = ratingEligibility(young4A, { asOf, target: '5A' });
    expect(finding(r.findings, 'ratings.fiveA.prior').outcome).toBe('not_applicable');
    expect(r.warnings.some((w) => w.zh.includes('申报五级须持有四级'))).toBe(true);
  });
  it('Suzhou 2021: 4A held 2 years (U14)', () => {
    const r = ratingEligibility(young4A, { asOf: '2026-09-01', target: '5A', profile: 'suzhou-2021' });
    expect(finding(r.findings, 'ratings.fiveA.prior')).toMatchObject({
      outcome: 'fail',
      date: '2026-09-02',
      citation: { key: 'U14' },
    });
    expect(
      finding(
        ratingEligibility(young4A, { asOf: '2026-09-02', target: '5A', profile: 'suzhou-2021' }).findings,
        'ratings.fiveA.prior',
      ).outcome,
    ).toBe('pass');
    expect(
      finding(
        ratingEligibility({ ...CLEAN, rating: '3A' }, { asOf, target: '5A', profile: 'suzhou-2021' }).findings,
        'ratings.fiveA.prior',
      ).outcome,
    ).toBe('fail');
    expect(
      finding(
        ratingEligibility(young4A, { asOf, target: '4A', profile: 'suzhou-2021' }).findings,
        'ratings.fiveA.prior',
      ).outcome,
    ).toBe('not_applicable');
  });
  it('怀宁: no party organization, no 5A (U16); off in Jiangsu, where it was not found', () => {
    const none = { ...CLEAN, hasPartyOrganization: false };
    expect(
      finding(
        ratingEligibility(none, { asOf, target: '5A', profile: 'anhui-huaining' }).findings,
        'ratings.fiveA.party',
      ),
    ).toMatchObject({ outcome: 'fail', citation: { key: 'U16' } });
    expect(finding(ratingEligibility(none, { asOf, target: '5A' }).findings, 'ratings.fiveA.party').outcome).toBe(
      'not_applicable',
    );
    expect(
      ratingEligibility(
        { ...CLEAN, hasPartyOrganization: undefined },
        { asOf, target: '5A', profile: 'anhui-huaining' },
      ).missing,
    ).toEqual(['hasPartyOrganization']);
    const host = withOverrides(ratingProfiles.get('jiangsu'), { 'ratings.fiveA.requiresPartyOrganization': true });
    expect(ratingEligibility(none, { asOf, target: '5A', profile: host }).outcome).toBe('fail');
  });
});

describe('the whole check', () => {
  it('a clean organization in its window passes every rule; the outcome is the worst finding', () => {
    const r = check(CLEAN, { target: '5A' });
    expect(r.findings.map((f) => `${f.rule}:${f.outcome}`)).toEqual([
      'ratings.route:pass',
      'ratings.exclusion.inspection:pass',
      'ratings.exclusion.penalty:pass',
      'ratings.exclusion.investigation:pass',
      'ratings.bar:pass',
      'ratings.fiveA.prior:not_applicable',
      'ratings.fiveA.party:not_applicable',
    ]);
    expect(r).toMatchObject({
      kind: 'rating-eligibility',
      outcome: 'pass',
      id: 'sw-1',
      target: '5A',
      profile: { id: 'jiangsu' },
      engine: { domain: 'ratings' },
    });
    const bad = check({ ...CLEAN, underInvestigation: true, annualInspections: { 2024: '合格' } }, { target: '5A' });
    expect(bad.outcome).toBe('fail');
    expect(bad.missing).toEqual(['annualInspections.2025']);
    expect(explain(bad).split('\n')[0]).toBe('申报五级：不予评估（立案调查）');
  });
  it('the grade applied for comes from the row or the option; different ones are refused', () => {
    expect(check({ ...CLEAN, target: '五级' }).target).toBe('5A');
    expect(check(CLEAN, { target: '4A级' }).target).toBe('4A');
    expect(refusal(() => check({ ...CLEAN, target: '5A' }, { target: '4A' })).code).toBe('target_conflict');
    expect(refusal(() => check(CLEAN, { target: '6A' })).code).toBe('unknown_enum_value');
  });
  it('bad input is a PolicyError naming the field', () => {
    expect(refusal(() => check({ ...CLEAN, kind: 'non_public_enterprise' })).code).toBe('inconsistent');
    expect(refusal(() => check({ ...CLEAN, annualInspections: { 2025: '优秀' } })).path).toEqual([
      'annualInspections',
      '2025',
    ]);
    expect(refusal(() => check({ ...CLEAN, ratedOn: '2015-01-01' })).zh).toBe(
      '「评估等级认定日期」不得早于「登记日期」',
    );
    expect(
      refusal(() => check({ ...CLEAN, penalties: [{ decidedOn: '2025-01-01', executedOn: '2024-12-31' }] })).path,
    ).toEqual(['penalties', 0, 'executedOn']);
    expect(refusal(() => check(CLEAN, { registeredBefore: '2024-02-30' })).path).toEqual(['registeredBefore']);
    expect(refusal(() => check(CLEAN, { profile: 'national-2022' })).code).toBe('unknown_profile');
  });
  it('a batch: one row per input, error rows in place, the counts add up', () => {
    const r = ratingEligibilityBatch([CLEAN, { ...CLEAN, kind: 'x' }, NEW, { ...CLEAN, underInvestigation: true }], {
      asOf,
      target: '4A',
      registeredBefore: '2024-06-30',
    });
    expect(r.rows.map((x) => x.outcome)).toEqual(['pass', 'error', 'pass', 'fail']);
    expect(r.counts).toMatchObject({ total: 4, pass: 2, fail: 1, error: 1 });
    const e = r.rows[1]!;
    expect(e.outcome === 'error' ? [e.id, e.error.path] : undefined).toEqual(['sw-1', [1, 'kind']]);
  });
});
