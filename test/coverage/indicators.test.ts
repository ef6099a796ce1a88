import { describe, expect, it } from 'vitest';
import { computeCoverage, coverageProfiles } from '../../src/coverage/index.js';
import { withOverrides } from '../../src/core/index.js';
import {
  C_JIA,
  C_YI,
  CITY,
  hostTree,
  row,
  T_JIA_JIEDAO,
  T_JIA_ZHEN,
  T_YI_KAIFA,
  T_YI_ZHEN,
  V1,
  V2,
  V3,
  V4,
  V5,
  V6,
} from './fixtures.js';

const opts = { asOf: '2025-12-31', divisions: hostTree() };
const huaian = () => coverageProfiles.get('huaian');
const figures = (m: { numerator: number | null; denominator: number | null; rate: string | null }) => [
  m.numerator,
  m.denominator,
  m.rate,
];
const errorCodes = (r: {
  errors: readonly { error: { issues: readonly { code: string; path: readonly (string | number)[] }[] } }[];
}) => r.errors.flatMap((e) => e.error.issues.map((i) => `${i.code}@${i.path.join('.')}`));
const measure = (r: { measures: readonly { id: string }[] }, id: string) =>
  r.measures.find((m) => m.id === id) as (typeof r.measures)[number] &
    import('../../src/coverage/index.js').MeasureResult;

describe('dual_review (双审双培)', () => {
  const data = {
    associationEvents: [
      {
        id: 'E1',
        associationId: 'A1',
        divisionCode: CITY,
        kind: 'general_election',
        electionDate: '2025-03-10',
        reviewDate: '2025-03-01',
      },
      {
        id: 'E2',
        associationId: 'A1',
        divisionCode: CITY,
        kind: 'mid_term_change',
        electionDate: '2025-08-01',
        reviewDate: '2025-08-01',
      },
      { id: 'E3', associationId: 'A2', divisionCode: C_JIA, kind: 'establishment', electionDate: '2025-05-01' },
      {
        id: 'E4',
        associationId: 'A3',
        divisionCode: C_YI,
        kind: 'general_election',
        electionDate: '2025-06-01',
        reviewDate: '2025-06-02',
      },
      { id: 'E5', associationId: 'A4', divisionCode: C_YI, kind: 'general_election', electionDate: '2024-12-31' },
      { id: 'E6', associationId: 'A5', divisionCode: V1, kind: 'general_election', electionDate: '2026-01-10' },
      {
        id: 'E7',
        associationId: 'A3',
        divisionCode: C_JIA,
        kind: 'general_election',
        electionDate: '2025-07-01',
        reviewDate: '2025-06-01',
      },
      { id: 'E1', associationId: 'A9', divisionCode: CITY, kind: 'general_election', electionDate: '2025-03-10' },
    ],
    trainees: [
      { personId: 'P1', role: 'party_secretary', associationId: 'A1', divisionCode: CITY, trainedOn: ['2025-04-01'] },
      { personId: 'P2', role: 'party_instructor', associationId: 'A2', divisionCode: C_JIA, trainedOn: ['2024-11-01'] },
      { personId: 'P3', role: 'party_secretary', associationId: 'A3', divisionCode: C_YI, trainedOn: ['2025-09-09'] },
      { personId: 'P3', role: 'party_secretary', associationId: 'A3', divisionCode: C_JIA, trainedOn: [] },
      { personId: 'P4', role: 'party_secretary', associationId: 'A4', divisionCode: C_YI, trainedOn: ['2026-02-01'] },
    ],
  };
  const r = computeCoverage('dual_review', data, opts);

  it('counts associations whose leadership changes in the period were all reviewed first (hand-checked)', () => {
    expect(figures(r)).toEqual([1, 3, '0.3333']);
    expect(r.rollup!.city[0]!.direct).toEqual({ numerator: 1, denominator: 1, undetermined: 0 });
    expect(figures(row(r.rollup!.county, C_JIA))).toEqual([0, 1, '0.0000']);
    expect(figures(row(r.rollup!.county, C_YI))).toEqual([0, 1, '0.0000']);
    expect(r.gaps.map((g) => [g.record, g.reason, g.detail])).toEqual([
      ['A2', 'not_reviewed', 'E3'],
      ['A3', 'reviewed_late', 'E4'],
    ]);
    expect(r.gapCount).toBe(2);
    expect(r.records.associationEvents).toEqual({ read: 8, counted: 5, outOfScope: 2, undetermined: 0, errors: 1 });
  });

  it('counts each person and role once (hand-checked)', () => {
    expect(figures(measure(r, 'training'))).toEqual([2, 4, '0.5000']);
    expect(measure(r, 'training').gaps.map((g) => g.record)).toEqual(['P2', 'P4']);
  });

  it('refuses a repeated event id and a repeated person and role; warns of an association in two units', () => {
    expect(errorCodes(r)).toEqual(['duplicate_row@associationEvents.7.id', 'duplicate_row@trainees.3.personId']);
    expect(r.warnings.find((w) => w.code === 'association_in_two_units')?.zh).toBe(
      '1 个社会团体的负责人变动登记在不同单位，按第一次出现的单位计：A3',
    );
  });

  it('takes the period (an option of its own) and the review lead time (a parameter)', () => {
    const y2024 = computeCoverage('dual_review', data, { ...opts, period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(figures(y2024)).toEqual([0, 1, '0.0000']);
    expect(figures(measure(y2024, 'training'))).toEqual([1, 4, '0.2500']);
    const lead = withOverrides(huaian(), { 'coverage.dualReview.minLeadDays': 1 });
    expect(computeCoverage('dual_review', data, { ...opts, profile: lead }).numerator).toBe(0);
    expect(() =>
      computeCoverage('social_work_stations', {}, {
        ...opts,
        period: { from: '2024-01-01', to: '2024-12-31' },
      } as never),
    ).toThrow(/Unknown option "period"/);
  });
});

describe('committee_standardization (村(居)委会标准化建设)', () => {
  const results = [
    { divisionCode: V1, itemId: 'office', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V1, itemId: 'rules', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V2, itemId: 'office', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V2, itemId: 'rules', met: false, assessedOn: '2024-01-01' },
    { divisionCode: V2, itemId: 'rules', met: true, assessedOn: '2025-05-01' },
    { divisionCode: V3, itemId: 'office', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V3, itemId: 'rules', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V3, itemId: 'rules', met: false, assessedOn: '2025-10-01' },
    { divisionCode: V4, itemId: 'office', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V5, itemId: 'office', met: true, assessedOn: '2026-03-01' },
    { divisionCode: V6, itemId: 'office', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V1, itemId: 'ghost', met: true, assessedOn: '2025-01-01' },
    { divisionCode: T_JIA_ZHEN, itemId: 'office', met: true, assessedOn: '2025-01-01' },
    { divisionCode: V1, itemId: 'office', met: false, assessedOn: '2025-01-01' },
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
    expect(measure(r, 'item:office').label.zh).toBe('清单项目办公用房达标率');
    expect(figures(row(r.rollup!.county, C_JIA))).toEqual([2, 3, '0.6667']);
    expect(figures(row(r.rollup!.township, T_YI_KAIFA))).toEqual([0, 0, null]);
  });

  it('one gap per committee not meeting the standard, naming its items (gap count = denominator − numerator)', () => {
    expect(r.gaps.map((g) => [g.unit, g.reason, g.detail])).toEqual([
      [V3, 'item_not_met', 'rules'],
      [V4, 'item_not_assessed', 'rules'],
      [V5, 'item_not_assessed', 'office,rules'],
    ]);
    for (const m of r.measures) expect(m.gapCount).toBe(m.denominator - m.numerator);
  });

  it('refuses results for items not in the checklist, not at a village-level unit, or repeated on one day', () => {
    expect(errorCodes(r)).toEqual([
      'unknown_item@checklistResults.11.itemId',
      'unit_level@checklistResults.12.divisionCode',
      'duplicate_row@checklistResults.13.divisionCode',
    ]);
    expect(r.records.checklistResults).toEqual({ read: 14, counted: 10, outOfScope: 1, undetermined: 0, errors: 3 });
  });

  it('without a checklist it is undetermined (no official checklist exists; the host supplies it), never a silent 0%', () => {
    const none = computeCoverage('committee_standardization', { checklistResults: results.slice(0, 11) }, opts);
    expect(none.outcome).toBe('undetermined');
    expect(none.missing).toEqual(['checklistItems']);
    expect([none.numerator, none.rate, none.measures.length]).toEqual([null, null, 0]);
    expect(none.warnings.map((w) => w.code)).toContain('no_checklist');
  });
});

describe('volunteer_teams (镇街、社区志愿服务队伍)', () => {
  const teams = [
    {
      id: 'VT1',
      scope: 'township',
      divisionCode: T_JIA_JIEDAO,
      establishedOn: '2020-01-01',
      lastActivityOn: '2025-11-01',
    },
    {
      id: 'VT2',
      scope: 'township',
      divisionCode: T_JIA_ZHEN,
      establishedOn: '2020-01-01',
      lastActivityOn: '2024-12-31',
    },
    {
      id: 'VT3',
      scope: 'township',
      divisionCode: T_YI_ZHEN,
      establishedOn: '2020-01-01',
      dissolvedOn: '2025-06-01',
      lastActivityOn: '2025-05-01',
    },
    { id: 'VT4', scope: 'community', divisionCode: V1, establishedOn: '2020-01-01', lastActivityOn: '2025-01-01' },
    { id: 'VT5', scope: 'community', divisionCode: V4, establishedOn: '2026-01-01', lastActivityOn: '2026-01-02' },
    { id: 'VT6', scope: 'community', divisionCode: V3, establishedOn: '2020-01-01' },
    { id: 'VT7', scope: 'community', divisionCode: V6, establishedOn: '2020-01-01', lastActivityOn: '2025-12-01' },
    { id: 'VT8', scope: 'township', divisionCode: C_JIA, establishedOn: '2020-01-01', lastActivityOn: '2025-12-01' },
    { id: 'VT9', scope: 'community', divisionCode: V5, establishedOn: '2020-01-01', lastActivityOn: '2025-12-31' },
  ];
  const r = computeCoverage('volunteer_teams', { volunteerTeams: teams }, opts);

  it('by default a team in force covers its unit (no definition requires an activity; provisional)', () => {
    expect(figures(r)).toEqual([2, 3, '0.6667']);
    expect(figures(measure(r, 'village'))).toEqual([3, 5, '0.6000']);
    expect(r.rollup!.village).toEqual([]); // the 镇街 measure has no village rows
    expect(r.gaps.map((g) => [g.unit, g.reason])).toEqual([[T_YI_ZHEN, 'no_active_team']]);
    expect(measure(r, 'village').gaps.map((g) => [g.unit, g.reason])).toEqual([
      [V2, 'no_team'],
      [V4, 'no_active_team'],
    ]);
    expect(errorCodes(r)).toEqual(['inconsistent@volunteerTeams.7.divisionCode']);
    expect(r.warnings.some((w) => w.code === 'provisional_parameter' && w.zh.includes('须有近期活动'))).toBe(true);
  });

  it('a host that requires an activity must supply the window (no text gives one): until then, undetermined', () => {
    const required = withOverrides(huaian(), { 'coverage.volunteer.activityRequired': true });
    const noWindow = computeCoverage('volunteer_teams', { volunteerTeams: teams }, { ...opts, profile: required });
    expect(noWindow.outcome).toBe('undetermined');
    expect(noWindow.missing).toEqual(['parameter:coverage.volunteer.activityWindowDays']);
    expect(noWindow.explanation?.missing[0]?.reason?.zh).toBe(
      '参数「志愿服务队伍“近期活动”的窗口（天）」未找到官方取值，需由使用方提供',
    );
    const window = withOverrides(required, { 'coverage.volunteer.activityWindowDays': 365 });
    const w = computeCoverage('volunteer_teams', { volunteerTeams: teams }, { ...opts, profile: window });
    expect(figures(w)).toEqual([1, 3, '0.3333']);
    // VT6 has no activity date: its village cannot be classified.
    expect([...figures(measure(w, 'village')), measure(w, 'village').undetermined]).toEqual([2, 4, '0.5000', 1]);
    expect(measure(w, 'village').unclassified).toEqual([
      { measure: 'village', unit: V3, missing: ['volunteerTeams.lastActivityOn'] },
    ]);
  });

  it('takes from the profile whether village teams cover their 镇街', () => {
    const up = withOverrides(huaian(), { 'coverage.volunteer.villageTeamsCoverTownship': true });
    expect(computeCoverage('volunteer_teams', { volunteerTeams: teams }, { ...opts, profile: up }).numerator).toBe(3);
  });
});

describe('social_work_stations (镇街社会工作站)', () => {
  const data = {
    socialWorkStations: [
      { id: 'S1', divisionCode: T_JIA_JIEDAO, establishedOn: '2022-01-01' },
      { id: 'S2', divisionCode: T_JIA_ZHEN, establishedOn: '2026-02-01' },
      { id: 'S3', divisionCode: T_YI_ZHEN, establishedOn: '2021-01-01', dissolvedOn: '2025-12-31' },
      { id: 'S4', divisionCode: T_YI_KAIFA, establishedOn: '2022-01-01' },
    ],
    socialWorkRooms: [
      { id: 'R5', divisionCode: V1, establishedOn: '2023-01-01' },
      { id: 'R6', divisionCode: V1, establishedOn: '2024-01-01' },
      { id: 'R7', divisionCode: V2 },
      { id: 'R8', divisionCode: T_JIA_ZHEN, establishedOn: '2024-01-01' },
    ],
  };
  const r = computeCoverage('social_work_stations', data, opts);

  it('counts 镇 + 街道 with a station in force; 类似乡级单位 are not in the denominator; a station closed on the date no longer counts', () => {
    expect(figures(r)).toEqual([1, 3, '0.3333']);
    expect(row(r.rollup!.township, T_YI_KAIFA).denominator).toBe(0);
    expect(r.gaps.map((g) => [g.unit, g.reason])).toEqual([
      [T_JIA_ZHEN, 'station_not_operating'],
      [T_YI_ZHEN, 'station_not_operating'],
    ]);
  });

  it('counts a village with two rooms once; a room with no date of set-up leaves its village undetermined', () => {
    const v = measure(r, 'village');
    expect([...figures(v), v.undetermined]).toEqual([1, 4, '0.2500', 1]);
    expect(row(v.rollup.village, V1).numerator).toBe(1);
    expect(v.unclassified).toEqual([{ measure: 'village', unit: V2, missing: ['socialWorkRooms.establishedOn'] }]);
    expect(errorCodes(r)).toEqual(['unit_level@socialWorkRooms.3.divisionCode']);
  });
});

describe('certification_rate (社工证持证率)', () => {
  const workers = [
    { id: 'W1', divisionCode: V1, certificate: { level: 'intermediate', obtained: '2024-05-01' } },
    { id: 'W2', divisionCode: V1 },
    { id: 'W3', divisionCode: V2, certificate: { level: 'assistant', obtained: '2026-01-01' } },
    {
      id: 'W4',
      divisionCode: V3,
      certificate: { level: 'assistant', obtained: '2020-01-01' },
      employedUntil: '2025-06-30',
    },
    { id: 'W5', divisionCode: T_JIA_ZHEN, certificate: { level: 'assistant' } },
    { id: 'W6', divisionCode: V4, employedFrom: '2026-01-01' },
    { id: 'W1', divisionCode: V2 },
    {
      id: 'W8',
      divisionCode: T_JIA_ZHEN,
      certificate: { level: '高级社会工作师', obtained: '2023-03-01' },
      post: 'principal',
      education: 'bachelor',
    },
  ];
  const r = computeCoverage('certification_rate', { communityWorkers: workers }, opts);

  it('counts certified workers among those employed on the date (hand-checked)', () => {
    expect([...figures(r), r.undetermined]).toEqual([2, 4, '0.5000', 1]);
    expect(figures(row(r.rollup!.village, V1))).toEqual([1, 2, '0.5000']);
    expect(row(r.rollup!.township, T_JIA_ZHEN).direct).toEqual({ numerator: 1, denominator: 1, undetermined: 1 });
    expect(r.gaps.map((g) => [g.record, g.reason])).toEqual([
      ['W2', 'not_certified'],
      ['W3', 'certified_later'],
    ]);
    expect(r.missing).toEqual(['communityWorkers.certificate.obtained']);
    expect(r.explanation?.missing[0]?.label.zh).toBe('社区工作者的「取得证书日期」');
    expect(errorCodes(r)).toEqual(['duplicate_row@communityWorkers.6.id']);
    expect(r.records.communityWorkers).toEqual({ read: 8, counted: 5, outOfScope: 2, undetermined: 0, errors: 1 });
  });
});
