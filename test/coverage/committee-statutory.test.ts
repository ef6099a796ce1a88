// committee_standardization in its statutory mode (issue 18): on the real 淮安 tree (1,588 村(居)委会), with the host
// data file examples/committees-huaian.json (made-up facts for ten real units); the checklist mode stays the default.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPolicyError, withOverrides, type ParameterValue } from '../../src/core/index.js';
import { committeeProfiles } from '../../src/committees/index.js';
import { computeCoverage, coverageReport } from '../../src/coverage/index.js';

const data = JSON.parse(
  readFileSync(new URL('../../examples/committees-huaian.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const asOf = '2025-12-31';
const statutory = { asOf, committeeMode: 'statutory' as const, gapLimit: 2000 };

describe('statutory mode on the real 淮安 tree', () => {
  const r = computeCoverage('committee_standardization', data, statutory);
  it('counts the committees passing every statutory check and every checklist item; one undetermined is set apart', () => {
    // 447 居委会 + 1,141 村委会 = 1,588; 梅园 misses its term's start: undetermined, outside the denominator.
    expect([r.numerator, r.denominator, r.undetermined]).toEqual([4, 1587, 1]);
    expect([r.rate, r.percent]).toEqual(['0.0025', '0.25%']);
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['committees.termStartedOn']);
    expect(r.errors).toEqual([]);
  });
  it('gaps list the failing checks; units without a row are not reported', () => {
    const failing = r.gaps
      .filter((g) => g.reason !== 'committee_not_reported')
      .map((g) => [g.unit, g.reason, g.detail]);
    expect(failing).toEqual([
      ['320803001002', 'statutory_check_failed', 'committee.size,checklist:k1'],
      ['320803101001', 'item_not_met', 'checklist:k1'],
      ['320803101201', 'statutory_check_failed', 'committee.women,checklist:k1'],
      ['320803101202', 'statutory_check_failed', 'assembly.womenShare'],
      ['320803101203', 'statutory_check_failed', 'disclosure.general,checklist:k1'],
    ]);
    expect(r.gaps.filter((g) => g.reason === 'committee_not_reported').length).toBe(1588 - 10);
    expect(r.gapCount).toBe(r.denominator! - r.numerator!);
  });
  it('each check is a measure of its own; a check that does not apply is not counted', () => {
    const m = (id: string) => r.measures.find((x) => x.id === id)!;
    expect([m('check:committee.size').numerator, m('check:committee.size').denominator]).toEqual([9, 10]);
    expect([m('check:assembly.womenShare').numerator, m('check:assembly.womenShare').denominator]).toEqual([3, 4]); // 张庙 has no assembly
    expect(m('check:committee.term').undetermined).toBe(1);
  });
  it('the warnings of the checks reach the result (provisional readings; 勺湖 outside 100–700 户)', () => {
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['provisional_parameter', 'households_warning']),
    );
    expect(r.explanation?.intermediates.find((i) => i.name === 'committee.mode')?.value).toBe('法定核查');
  });
  it('rolls up to 淮城街道 and 平桥镇 (清江浦区)', () => {
    const township = (code: string) => r.rollup!.township.find((t) => t.code === code)!;
    expect([township('320803001').numerator, township('320803001').undetermined]).toEqual([2, 1]);
    expect(township('320803101').numerator).toBe(2);
  });
});

describe('the checklist mode stays the default', () => {
  it('without the option, the checklist decides (one item, k1: met by 6 units)', () => {
    const c = computeCoverage('committee_standardization', data, { asOf });
    expect([c.numerator, c.denominator]).toEqual([6, 1588]);
  });
  it('statutory mode without a checklist needs none (no no_checklist warning)', () => {
    const { checklistItems: _i, checklistResults: _r, ...committeesOnly } = data;
    const c = computeCoverage('committee_standardization', committeesOnly, statutory);
    expect([c.numerator, c.undetermined]).toEqual([5, 1]); // 新城, 勺湖, 平桥居委会, 杨柳, 张庙; 梅园 still undetermined
    expect(c.warnings.some((w) => w.code === 'no_checklist')).toBe(false);
  });
  it('a bad mode is refused naming the option; the report takes the option too', () => {
    let code: string | undefined;
    try {
      computeCoverage('committee_standardization', data, { asOf, committeeMode: 'score' as never });
    } catch (e) {
      if (isPolicyError(e)) code = e.code + '@' + e.path.join('.');
    }
    expect(code).toBe('unknown_enum_value@committeeMode');
    const report = coverageReport(data, {
      asOf,
      committeeMode: 'statutory',
      indicators: ['committee_standardization'],
    });
    expect(report.rows[0]).toMatchObject({ numerator: 4, denominator: 1587 });
  });
});

describe('a local score sheet in the committees profile decides when the host supplies one', () => {
  const sheet: ParameterValue = {
    passMark: '60',
    items: [
      { id: 's1', label: { zh: '成员人数', en: 'Size' }, weight: '40', rule: 'committee.size' },
      { id: 's2', label: { zh: '任期', en: 'Term' }, weight: '40', rule: 'committee.term' },
      { id: 's3', label: { zh: '议事规则上墙', en: 'Rules on the wall' }, weight: '20', checklistItem: 'k1' },
    ],
  };
  const committeeProfile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.scoreSheet': { set: sheet } });
  it('standard at the pass mark: the women, share and disclosure failures are not on the sheet', () => {
    const r = computeCoverage('committee_standardization', data, { ...statutory, committeeProfile });
    // 夹城 scores 40 (term) < 60; 梅园 40 + 20 met, term undetermined: 60, standard; the other eight score 80 or more.
    expect([r.numerator, r.undetermined]).toEqual([9, 0]);
    expect(r.explanation?.rules[0]?.text.zh).toContain('按本地评分表计分');
  });
  it('the shipped profile has none (not found): the statutory checks decide', () => {
    expect(committeeProfiles.get('huaian').parameters['selfgov.scoreSheet']!.values[0]!.notFound).toBe(true);
  });
});

describe('rows the registry refuses', () => {
  it('a kind that contradicts the tree, and counts that cannot be, are row-level errors; the rest is counted', () => {
    const rows = [
      ...(data.committees as object[]),
      { divisionCode: '320803101205', kind: 'residents_committee' },
      { divisionCode: '320803101206', memberCount: 3, womenMembers: 4 },
    ];
    const r = computeCoverage('committee_standardization', { ...data, committees: rows }, statutory);
    expect(r.errors.map((e) => [e.index, e.error.code, e.error.path.join('.')])).toEqual([
      [10, 'inconsistent', 'committees.10.kind'],
      [11, 'inconsistent', 'committees.11.womenMembers'],
    ]);
    expect(r.numerator).toBe(4);
    expect(r.records.committees).toMatchObject({ read: 12, errors: 2 });
  });
});
