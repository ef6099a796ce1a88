import { describe, expect, it } from 'vitest';
import { computeCoverage, huaianCoverageProfile } from '../../src/coverage/index.js';
import { withOverrides } from '../../src/core/index.js';
import { C_JIA, C_YI, CITY, hostTree, row, T_JIA_JIEDAO, T_JIA_ZHEN, T_YI_KAIFA, T_YI_ZHEN, V1, V2, V3, V4, V5, V6 } from './fixtures.js';

const opts = { asOf: '2025-12-31', divisions: hostTree() };
const figures = (m: { numerator: number; denominator: number; rate: string | null }) => [m.numerator, m.denominator, m.rate];
const issueCodes = (r: { issues: readonly { code: string; path: readonly (string | number)[] }[] }) => r.issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('dual_review (双审双培)', () => {
  const data = {
    associationEvents: [
      { id: 'E1', association: 'A1', unit: CITY, type: 'general_election', electionDate: '2025-03-10', reviewDate: '2025-03-01' },
      { id: 'E2', association: 'A1', unit: CITY, type: 'mid_term_change', electionDate: '2025-08-01', reviewDate: '2025-08-01' },
      { id: 'E3', association: 'A2', unit: C_JIA, type: 'establishment', electionDate: '2025-05-01' },
      { id: 'E4', association: 'A3', unit: C_YI, type: 'general_election', electionDate: '2025-06-01', reviewDate: '2025-06-02' },
      { id: 'E5', association: 'A4', unit: C_YI, type: 'general_election', electionDate: '2024-12-31' },
      { id: 'E6', association: 'A5', unit: V1, type: 'general_election', electionDate: '2026-01-10' },
      { id: 'E7', association: 'A3', unit: C_JIA, type: 'general_election', electionDate: '2025-07-01', reviewDate: '2025-06-01' },
      { id: 'E1', association: 'A9', unit: CITY, type: 'general_election', electionDate: '2025-03-10' },
    ],
    trainingRecords: [
      { person: 'P1', role: 'party_secretary', association: 'A1', unit: CITY, trainedOn: '2025-04-01' },
      { person: 'P2', role: 'party_instructor', association: 'A2', unit: C_JIA },
      { person: 'P2', role: 'party_instructor', association: 'A2', unit: C_JIA, trainedOn: '2024-11-01' },
      { person: 'P3', role: 'party_secretary', association: 'A3', unit: C_YI, trainedOn: '2025-09-09' },
      { person: 'P3', role: 'party_secretary', association: 'A3', unit: C_JIA },
      { person: 'P4', role: 'party_secretary', association: 'A4', unit: C_YI, trainedOn: '2026-02-01' },
    ],
  };
  const r = computeCoverage('dual_review', data, opts);

  it('counts associations whose leadership changes in the period were all reviewed first (hand-checked)', () => {
    expect(figures(r)).toEqual([1, 3, '0.3333']);
    expect(r.rollup.city[0]!.direct).toEqual({ numerator: 1, denominator: 1 });
    expect(figures(row(r.rollup.county, C_JIA))).toEqual([0, 1, '0.0000']);
    expect(figures(row(r.rollup.county, C_YI))).toEqual([0, 1, '0.0000']);
    expect(r.gaps.filter((g) => g.measure === 'review').map((g) => [g.record, g.reason, g.detail])).toEqual([
      ['A2', 'not_reviewed', 'E3'],
      ['A3', 'reviewed_late', 'E4'],
    ]);
  });

  it('counts trained secretaries and instructors once each (hand-checked)', () => {
    const t = r.measures.find((m) => m.id === 'training')!;
    expect(figures(t)).toEqual([2, 4, '0.5000']);
    expect(r.gaps.filter((g) => g.measure === 'training').map((g) => g.record)).toEqual(['P2', 'P4']);
  });

  it('reports duplicate events and an association or person in two units', () => {
    expect(issueCodes(r)).toEqual(['counted_twice@associationEvents.6.unit', 'duplicate@associationEvents.7.id', 'counted_twice@trainingRecords.4.unit']);
  });

  it('takes the period and the review lead time as inputs', () => {
    const y2024 = computeCoverage('dual_review', data, { ...opts, period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(figures(y2024)).toEqual([0, 1, '0.0000']);
    expect(figures(y2024.measures[1]!)).toEqual([1, 4, '0.2500']);
    const lead = withOverrides(huaianCoverageProfile(), { 'coverage.dualReview.minLeadDays': 1 });
    expect(computeCoverage('dual_review', data, { ...opts, profile: lead }).numerator).toBe(0);
  });
});

describe('committee_standardization (村(居)委会标准化建设)', () => {
  const results = [
    { unit: V1, item: 'office', met: true, assessedOn: '2025-01-01' },
    { unit: V1, item: 'rules', met: true, assessedOn: '2025-01-01' },
    { unit: V2, item: 'office', met: true, assessedOn: '2025-01-01' },
    { unit: V2, item: 'rules', met: false, assessedOn: '2024-01-01' },
    { unit: V2, item: 'rules', met: true, assessedOn: '2025-05-01' },
    { unit: V3, item: 'office', met: true, assessedOn: '2025-01-01' },
    { unit: V3, item: 'rules', met: true, assessedOn: '2025-01-01' },
    { unit: V3, item: 'rules', met: false, assessedOn: '2025-10-01' },
    { unit: V4, item: 'office', met: true, assessedOn: '2025-01-01' },
    { unit: V5, item: 'office', met: true, assessedOn: '2026-03-01' },
    { unit: V6, item: 'office', met: true, assessedOn: '2025-01-01' },
    { unit: V1, item: 'ghost', met: true, assessedOn: '2025-01-01' },
    { unit: T_JIA_ZHEN, item: 'office', met: true, assessedOn: '2025-01-01' },
    { unit: V1, item: 'office', met: false, assessedOn: '2025-01-01' },
  ];
  const data = { checklistItems: [{ id: 'office', name: '办公用房' }, { id: 'rules' }], checklistResults: results };
  const r = computeCoverage('committee_standardization', data, opts);

  it('counts committees meeting every item, using the latest assessment on or before the date', () => {
    expect(figures(r)).toEqual([2, 5, '0.4000']);
    expect(r.measures.map((m) => [m.id, m.numerator, m.denominator])).toEqual([
      ['overall', 2, 5],
      ['item:office', 4, 5],
      ['item:rules', 2, 5],
    ]);
    expect(figures(row(r.rollup.county, C_JIA))).toEqual([2, 3, '0.6667']);
    expect(figures(row(r.rollup.township, T_YI_KAIFA))).toEqual([0, 0, null]);
  });

  it('names the failing item of each gap', () => {
    expect(r.gaps.map((g) => [g.unit, g.reason, g.detail])).toEqual([
      [V3, 'item_not_met', 'rules'],
      [V4, 'item_not_assessed', 'rules'],
      [V5, 'item_not_assessed', 'office'],
      [V5, 'item_not_assessed', 'rules'],
    ]);
  });

  it('reports unknown items, results not at a village-level unit and same-day duplicates', () => {
    expect(issueCodes(r)).toEqual(['unknown_item@checklistResults.11.item', 'invalid_unit_level@checklistResults.12.unit', 'duplicate@checklistResults.13']);
  });

  it('without a checklist takes the items from the results (with a warning); with no items at all nobody meets it', () => {
    const derived = computeCoverage('committee_standardization', { checklistResults: results.slice(0, 11) }, opts);
    expect(derived.numerator).toBe(2);
    expect(derived.warnings.map((w) => w.code)).toContain('checklist_from_results');
    const none = computeCoverage('committee_standardization', {}, opts);
    expect(figures(none)).toEqual([0, 5, '0.0000']);
    expect(none.issues.map((i) => i.code)).toEqual(['missing_checklist']);
  });
});

describe('volunteer_teams (镇街、社区志愿服务队伍)', () => {
  const teams = [
    { id: 'VT1', unit: T_JIA_JIEDAO, established: '2020-01-01', lastActivityOn: '2025-11-01' },
    { id: 'VT2', unit: T_JIA_ZHEN, established: '2020-01-01', lastActivityOn: '2024-12-31' },
    { id: 'VT3', unit: T_YI_ZHEN, established: '2020-01-01', dissolved: '2025-06-01', lastActivityOn: '2025-05-01' },
    { id: 'VT4', unit: V1, established: '2020-01-01', lastActivityOn: '2025-01-01' },
    { id: 'VT5', unit: V4, established: '2026-01-01', lastActivityOn: '2026-01-02' },
    { id: 'VT6', unit: V3, established: '2020-01-01' },
    { id: 'VT7', unit: V6, established: '2020-01-01', lastActivityOn: '2025-12-01' },
    { id: 'VT8', unit: C_JIA, established: '2020-01-01', lastActivityOn: '2025-12-01' },
    { id: 'VT9', unit: V5, established: '2020-01-01', lastActivityOn: '2025-12-31' },
  ];
  const r = computeCoverage('volunteer_teams', { volunteerTeams: teams }, opts);

  it('counts 镇街 and village-level units with an active team in the window (hand-checked)', () => {
    expect(figures(r)).toEqual([1, 3, '0.3333']);
    expect(figures(r.measures[1]!)).toEqual([2, 5, '0.4000']);
    expect(r.rollup.village).toEqual([]); // the 镇街 measure has no village rows
    expect(r.gaps.map((g) => [g.measure, g.unit, g.reason])).toEqual([
      ['township', T_JIA_ZHEN, 'no_active_team'],
      ['township', T_YI_ZHEN, 'no_active_team'],
      ['village', V2, 'no_team'],
      ['village', V3, 'no_active_team'],
      ['village', V4, 'no_team'],
    ]);
    expect(issueCodes(r)).toEqual(['invalid_unit_level@volunteerTeams.7.unit']);
  });

  it('takes the window and whether village teams cover their 镇街 from the profile', () => {
    const wide = withOverrides(huaianCoverageProfile(), { 'coverage.volunteer.activityWindowDays': 366 });
    expect(computeCoverage('volunteer_teams', { volunteerTeams: teams }, { ...opts, profile: wide }).numerator).toBe(2);
    const up = withOverrides(huaianCoverageProfile(), { 'coverage.volunteer.villageTeamsCoverTownship': true });
    expect(computeCoverage('volunteer_teams', { volunteerTeams: teams }, { ...opts, profile: up }).numerator).toBe(2);
  });
});

describe('social_work_stations (镇街社会工作站)', () => {
  const stations = [
    { id: 'S1', unit: T_JIA_JIEDAO, opened: '2022-01-01' },
    { id: 'S2', unit: T_JIA_ZHEN, opened: '2026-02-01' },
    { id: 'S3', unit: T_YI_ZHEN, opened: '2021-01-01', closed: '2025-12-31' },
    { id: 'S4', unit: T_YI_KAIFA, opened: '2022-01-01' },
    { id: 'S5', unit: V1, opened: '2023-01-01' },
    { id: 'S6', unit: V1, opened: '2024-01-01' },
  ];
  const r = computeCoverage('social_work_stations', { stations }, opts);

  it('counts 镇 + 街道 with an operating station; 类似乡级单位 are not in the denominator', () => {
    expect(figures(r)).toEqual([1, 3, '0.3333']);
    expect(row(r.rollup.township, T_YI_KAIFA).denominator).toBe(0);
    expect(r.gaps.filter((g) => g.measure === 'township').map((g) => [g.unit, g.reason])).toEqual([
      [T_JIA_ZHEN, 'station_not_operating'],
      [T_YI_ZHEN, 'station_not_operating'],
    ]);
  });

  it('counts a village-level unit with two rooms once', () => {
    expect(figures(r.measures[1]!)).toEqual([1, 5, '0.2000']);
    expect(row(r.measures[1]!.rollup.village, V1).numerator).toBe(1);
  });
});

describe('certification_rate (社工证持证率)', () => {
  const workers = [
    { id: 'W1', unit: V1, certified: true, certificateLevel: 'intermediate', certifiedOn: '2024-05-01' },
    { id: 'W2', unit: V1, certified: false },
    { id: 'W3', unit: V2, certified: true, certifiedOn: '2026-01-01' },
    { id: 'W4', unit: V3, certified: true, employedUntil: '2025-06-30' },
    { id: 'W5', unit: T_JIA_ZHEN, certified: true },
    { id: 'W6', unit: V4, certified: false, employedFrom: '2026-01-01' },
    { id: 'W1', unit: V2, certified: false },
  ];
  const r = computeCoverage('certification_rate', { communityWorkers: workers }, opts);

  it('counts certified workers among those employed on the date (hand-checked)', () => {
    expect(figures(r)).toEqual([2, 4, '0.5000']);
    expect(figures(row(r.rollup.village, V1))).toEqual([1, 2, '0.5000']);
    expect(row(r.rollup.township, T_JIA_ZHEN).direct).toEqual({ numerator: 1, denominator: 1 });
    expect(r.gaps.map((g) => g.record)).toEqual(['W2', 'W3']);
    expect(issueCodes(r)).toEqual(['duplicate@communityWorkers.6.id']);
  });
});
