// checkCommittee / checkCommitteesBatch: every statutory check of either kind, the host's checklist, and a local score
// sheet (not found for Jiangsu or 淮安: shipped notFound; used when a host supplies one).
import { describe, expect, it } from 'vitest';
import { withOverrides, type ParameterValue } from '../../src/core/index.js';
import { checkCommittee, checkCommitteesBatch, committeeProfiles } from '../../src/committees/index.js';
import { RESIDENTS, refusal, VILLAGE } from './support.js';

const asOf = '2025-12-31';

describe('checkCommittee', () => {
  it('a village: its committee, assembly, disclosure and review; all pass', () => {
    const r = checkCommittee(VILLAGE, { asOf });
    expect(r.outcome).toBe('pass');
    expect(r.findings.map((f) => f.rule)).toEqual([
      'committee.size',
      'committee.women',
      'committee.ethnic',
      'committee.term',
      'committee.subcommittees',
      'village.supervisoryBody',
      'village.supervisoryIndependence',
      'village.supervisoryExpertise',
      'assembly.representation',
      'assembly.representativeShare',
      'assembly.womenShare',
      'assembly.meetings',
      'disclosure.general',
      'disclosure.finance',
      'disclosure.review',
    ]);
    expect(r.score).toBeNull();
    expect(
      r.explanation?.rules.some((x) => x.rule === 'committee.standard' && x.text.zh.includes('评分表未找到')),
    ).toBe(true);
  });
  it('a residents’ committee: its own five checks', () => {
    expect(checkCommittee(RESIDENTS, { asOf })).toMatchObject({
      outcome: 'pass',
      committeeKind: 'residents_committee',
    });
  });
  it('the kind is read from the division code when not given; neither: undetermined, missing kind', () => {
    const { kind: _, ...noKind } = RESIDENTS;
    expect(checkCommittee(noKind, { asOf }).committeeKind).toBe('residents_committee');
    expect(checkCommittee({ memberCount: 5 }, { asOf })).toMatchObject({
      outcome: 'undetermined',
      missing: ['kind'],
      committeeKind: null,
    });
  });
  it('an overdue disclosure fails the village on the date', () => {
    const r = checkCommittee({ ...VILLAGE, generalDisclosedOn: '2025-06-30' }, { asOf });
    expect(r.outcome).toBe('fail');
    expect(r.findings.filter((f) => f.outcome === 'fail').map((f) => f.rule)).toEqual(['disclosure.general']);
  });
  it('a checklist item not met, or never assessed, is not met', () => {
    expect(checkCommittee({ ...RESIDENTS, checklist: [{ itemId: 'k1', met: true }] }, { asOf }).outcome).toBe('pass');
    expect(checkCommittee({ ...RESIDENTS, checklist: [{ itemId: 'k1', met: false }] }, { asOf }).outcome).toBe('fail');
    const r = checkCommittee({ ...RESIDENTS, checklist: [{ itemId: 'k1' }] }, { asOf });
    expect(r.checklist).toEqual([{ itemId: 'k1', outcome: 'fail', notAssessed: true }]);
    expect(
      refusal(() =>
        checkCommittee(
          {
            ...RESIDENTS,
            checklist: [
              { itemId: 'k1', met: true },
              { itemId: 'k1', met: false },
            ],
          },
          { asOf },
        ),
      ),
    ).toMatchObject({ code: 'checklist_twice', path: ['checklist', 1, 'itemId'] });
  });
});

describe('a local score sheet (shipped not found; a host supplies one)', () => {
  const sheet: ParameterValue = {
    passMark: '80',
    items: [
      { id: 's1', label: { zh: '成员人数', en: 'Size' }, weight: '40', rule: 'committee.size' },
      { id: 's2', label: { zh: '任期', en: 'Term' }, weight: '30', rule: 'committee.term' },
      { id: 's3', label: { zh: '妇女成员', en: 'Women' }, weight: '10', rule: 'committee.women' },
      { id: 's4', label: { zh: '办公用房', en: 'Office' }, weight: '20', checklistItem: 'k1' },
    ],
  };
  const profile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.scoreSheet': { set: sheet } });
  it('the shipped profile marks it not found', () => {
    expect(committeeProfiles.get('huaian').parameters['selfgov.scoreSheet']!.values[0]).toMatchObject({
      notFound: true,
      value: null,
      source: { key: 'T12' },
    });
  });
  it('points of the items met reach the pass mark: standard, even with a check failing elsewhere', () => {
    const r = checkCommittee(
      { ...RESIDENTS, memberCount: 4, checklist: [{ itemId: 'k1', met: true }] },
      { asOf, profile },
    );
    // size fails (0 of 40); term 30; women does not apply to a residents' committee (10); office 20: 60 < 80.
    expect(r.score).toMatchObject({ points: '60', undetermined: '0', passMark: '80' });
    expect(r.outcome).toBe('fail');
    const ok = checkCommittee(
      { ...RESIDENTS, subcommittees: [], checklist: [{ itemId: 'k1', met: true }] },
      { asOf, profile },
    );
    expect(ok.score?.points).toBe('100');
    expect(ok.outcome).toBe('pass'); // the subcommittees fail, but the sheet does not score them
  });
  it('undetermined items keep it undetermined while they could still decide it', () => {
    const { termStartedOn: _, ...noTerm } = RESIDENTS;
    const r = checkCommittee({ ...noTerm, checklist: [{ itemId: 'k1', met: true }] }, { asOf, profile });
    expect(r.score).toMatchObject({ points: '70', undetermined: '30' });
    expect(r.outcome).toBe('undetermined');
  });
  it('a sheet with an unknown check or a bad weight is refused, naming the parameter', () => {
    const bad = withOverrides(committeeProfiles.get('huaian'), {
      'selfgov.scoreSheet': {
        set: {
          passMark: '80',
          items: [{ id: 'x', label: { zh: '甲', en: 'A' }, weight: '10', rule: 'committee.colour' }],
        },
      },
    });
    expect(refusal(() => checkCommittee(RESIDENTS, { asOf, profile: bad }))).toMatchObject({
      code: 'score_unknown_rule',
    });
    const bad2 = withOverrides(committeeProfiles.get('huaian'), {
      'selfgov.scoreSheet': { set: { passMark: 80, items: [] } },
    });
    expect(refusal(() => checkCommittee(RESIDENTS, { asOf, profile: bad2 }))).toMatchObject({
      code: 'invalid_parameter',
      path: ['parameters', 'selfgov.scoreSheet'],
    });
  });
});

describe('checkCommitteesBatch', () => {
  it('one row per input; a refused row is an error row; counts reconcile', () => {
    const b = checkCommitteesBatch(
      [
        VILLAGE,
        { ...VILLAGE, memberCount: 2, womenMembers: 1 },
        { ...VILLAGE, womenMembers: 9 },
        'x',
        RESIDENTS,
        { kind: 'village_group' },
      ],
      { asOf },
    );
    expect(b.rows.map((r) => r.outcome)).toEqual(['pass', 'fail', 'error', 'error', 'pass', 'error']);
    expect(b.counts).toMatchObject({ total: 6, pass: 2, fail: 1, error: 3, undetermined: 0 });
    const err = b.rows[2]!;
    expect(err.outcome === 'error' && err.error.path).toEqual([2, 'womenMembers']);
    expect(b.rows.length).toBe(b.counts.total);
  });
  it('rows are the single check’s findings, and share them (one object per distinct finding)', () => {
    const b = checkCommitteesBatch([VILLAGE, VILLAGE], { asOf });
    const [a, c] = b.rows as Extract<(typeof b.rows)[number], { findings: unknown }>[];
    expect(a!.findings).toEqual(checkCommittee(VILLAGE, { asOf }).findings);
    expect(a!.findings[0]).toBe(c!.findings[0]);
  });
  it('explain: true gives each row its explanation', () => {
    const b = checkCommitteesBatch([RESIDENTS], { asOf, explain: true });
    expect((b.rows[0] as { explanation?: { summary: { zh: string } } }).explanation?.summary.zh).toBe(
      '居民委员会：各项核查均符合',
    );
  });
  it('not an array: refused', () => {
    expect(refusal(() => checkCommitteesBatch({}, { asOf })).code).toBe('invalid_type');
  });
});
