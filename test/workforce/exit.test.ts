// The exit cases of the Jiangsu 16条 (U31): "连续两年考核不合格或者连续三年考核基本合格", read over the years from the
// first full year of service to the last completed year; a year not given that could complete a run is missing; the
// other cases are the host's to record.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { exitTriggers, workforceProfiles } from '../../src/workforce/index.js';
import { refusal } from './support.js';

const asOf = '2026-03-01';

describe('assessments', () => {
  it('two consecutive 不合格 years: an exit case, with its years', () => {
    const r = exitTriggers({ assessments: { 2024: '不合格', 2025: '不合格' } }, { asOf });
    expect([r.outcome, r.triggers]).toEqual([
      'fail',
      [
        {
          case: 'consecutive_fail',
          label: { zh: '连续2年考核不合格', en: '2 consecutive years assessed 不合格' },
          years: [2024, 2025],
        },
      ],
    ]);
  });
  it('three consecutive 基本合格 years; two are not enough, nor are two 不合格 years apart', () => {
    expect(
      exitTriggers({ assessments: { 2023: '基本合格', 2024: '基本合格', 2025: '基本合格' } }, { asOf }).triggers[0],
    ).toMatchObject({ case: 'consecutive_basic_pass', years: [2023, 2024, 2025] });
    expect(exitTriggers({ assessments: { 2023: '合格', 2024: '基本合格', 2025: '基本合格' } }, { asOf }).outcome).toBe(
      'pass',
    );
    expect(
      exitTriggers({ assessments: { 2022: '不合格', 2023: '合格', 2024: '不合格', 2025: '合格' } }, { asOf }).outcome,
    ).toBe('pass');
    // 不合格 and 基本合格 are different results: a mix is neither run.
    expect(
      exitTriggers({ assessments: { 2023: '基本合格', 2024: '不合格', 2025: '基本合格' } }, { asOf }).outcome,
    ).toBe('pass');
  });
  it('an earlier run counts too (the latest is named)', () => {
    const r = exitTriggers(
      {
        assessments: {
          2019: '不合格',
          2020: '不合格',
          2021: '不合格',
          2022: '合格',
          2023: '合格',
          2024: '合格',
          2025: '合格',
        },
      },
      { asOf },
    );
    expect(r.triggers).toEqual([expect.objectContaining({ case: 'consecutive_fail', years: [2020, 2021] })]);
  });
  it('a missing year that could complete a run: undetermined, the year named', () => {
    expect(exitTriggers({ assessments: { 2023: '基本合格', 2025: '基本合格' } }, { asOf }).missing).toEqual([
      'assessments.2024',
    ]);
    // The last completed year (2025) is expected on 2026-03-01: after a 不合格 2024 it could make a run.
    expect(exitTriggers({ assessments: { 2023: '合格', 2024: '不合格' } }, { asOf }).missing).toEqual([
      'assessments.2025',
    ]);
    // A year before the record, in service: counted from the first full year of service (2023 for a May 2022 start).
    const r = exitTriggers({ serviceStart: '2022-05-01', assessments: { 2024: '不合格', 2025: '合格' } }, { asOf });
    expect([r.outcome, r.years, r.missing]).toEqual(['undetermined', { from: 2023, to: 2025 }, ['assessments.2023']]);
    // A missing year next to a 合格 year completes nothing.
    expect(
      exitTriggers({ serviceStart: '2022-05-01', assessments: { 2024: '合格', 2025: '不合格' } }, { asOf }).outcome,
    ).toBe('pass');
  });
  it('a record of the current year is read; future years are not', () => {
    expect(
      exitTriggers({ assessments: { 2025: '不合格', 2026: '不合格' } }, { asOf: '2026-12-31' }).triggers[0]?.years,
    ).toEqual([2025, 2026]);
    expect(exitTriggers({ assessments: { 2024: '合格', 2025: '合格', 2027: '不合格' } }, { asOf }).outcome).toBe(
      'pass',
    );
  });
  it('no assessment on record: undetermined; no full year of service yet: not applicable', () => {
    expect(exitTriggers({ serviceStart: '2020-01-01' }, { asOf })).toMatchObject({
      outcome: 'undetermined',
      missing: ['assessments'],
    });
    expect(exitTriggers({ serviceStart: '2025-03-01' }, { asOf })).toMatchObject({
      outcome: 'not_applicable',
      missing: [],
    });
    expect(exitTriggers({ serviceStart: '2025-01-01' }, { asOf }).missing).toEqual(['assessments']);
  });
  it('the numbers are parameters (a host may declare others)', () => {
    const three = withOverrides(workforceProfiles.get('huaian'), { 'workforce.exit.consecutiveFail': 3 });
    expect(exitTriggers({ assessments: { 2024: '不合格', 2025: '不合格' } }, { asOf, profile: three }).outcome).toBe(
      'pass',
    );
  });
});

describe('the cases the host records', () => {
  it('dereliction (quoted by the report) and the other four (not seen) are host flags', () => {
    const r = exitTriggers({ assessments: { 2024: '合格', 2025: '合格' }, exitFlags: ['工作失职', 'other'] }, { asOf });
    expect(r.outcome).toBe('fail');
    expect(r.triggers.map((t) => t.case)).toEqual(['dereliction', 'other']);
    expect(r.findings.map((f) => [f.rule, f.outcome])).toEqual([
      ['workforce.exit.dereliction', 'fail'],
      ['workforce.exit.other', 'fail'],
      ['workforce.exit.assessments', 'pass'],
    ]);
    expect(r.explanation!.rules.at(-1)!.text.zh).toContain('其余4种未见');
  });
  it('refuses an unknown flag, a flag twice, a bad year', () => {
    expect(refusal(() => exitTriggers({ exitFlags: ['辞职'] }, { asOf })).code).toBe('unknown_enum_value');
    expect(refusal(() => exitTriggers({ exitFlags: ['other', '其他'] }, { asOf })).code).toBe('duplicate');
    expect(refusal(() => exitTriggers({ assessments: { 25: '合格' } }, { asOf })).code).toBe('invalid_year');
  });
});
