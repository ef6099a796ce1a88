// Bad input is a PolicyError naming the field (counts that cannot be, unknown kinds, impossible dates, unknown options,
// a bad profile), never a TypeError, NaN or a silent default; missing facts are undetermined with the list.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPolicyError, withOverrides } from '../../src/core/index.js';
import {
  checkCommittee,
  checkElectionResult,
  checkMeetingQuorum,
  checkRepresentativeAssembly,
  checkResidentsCommittee,
  checkVillageCommittee,
  committeeProfiles,
  disclosureDue,
  electionSchedule,
  facilityAdequacy,
} from '../../src/committees/index.js';
import { refusal, VILLAGE } from './support.js';

const asOf = '2025-12-31';

describe('counts that cannot be', () => {
  it.each([
    [{ memberCount: 3, womenMembers: 4 }, 'womenMembers', '「妇女成员人数」（4）不得多于「成员人数」（3）'],
    [{ memberCount: 3, smallerEthnicMembers: 4 }, 'smallerEthnicMembers', undefined],
    [{ households: 10, representatives: 11 }, 'representatives', '「村民代表人数」（11）不得多于「户数」（10）'],
    [{ representatives: 10, womenRepresentatives: 11 }, 'womenRepresentatives', undefined],
    [{ supervisoryMembers: 3, supervisoryRelatedMembers: 4 }, 'supervisoryRelatedMembers', undefined],
    [{ supervisoryBody: false, supervisoryMembers: 3 }, 'supervisoryMembers', undefined],
    [{ representativeAssembly: false, representatives: 3 }, 'representatives', undefined],
  ])('%o is refused at %s', (input, field, zh) => {
    const e = refusal(() => checkCommittee(input, { asOf }));
    expect(e.code).toBe('inconsistent');
    expect(e.path).toEqual([field]);
    if (zh !== undefined) expect(e.zh).toBe(zh);
  });
  it('negative and fractional counts', () => {
    expect(refusal(() => checkVillageCommittee({ memberCount: -1 }, { asOf }))).toMatchObject({
      code: 'out_of_range',
      path: ['memberCount'],
    });
    expect(refusal(() => checkVillageCommittee({ memberCount: 4.5 }, { asOf }))).toMatchObject({
      path: ['memberCount'],
    });
    expect(refusal(() => checkVillageCommittee({ memberCount: '5' }, { asOf }))).toMatchObject({
      code: 'invalid_type',
      path: ['memberCount'],
    });
  });
  it('village facts on a residents’ committee', () => {
    expect(
      refusal(() => checkResidentsCommittee({ kind: 'residents_committee', supervisoryBody: true }, { asOf })),
    ).toMatchObject({ code: 'inconsistent', path: ['supervisoryBody'] });
  });
});

describe('unknown kinds and impossible dates', () => {
  it('an unknown kind, subcommittee or way of choosing representatives', () => {
    expect(refusal(() => checkCommittee({ kind: 'street_committee' }, { asOf }))).toMatchObject({
      code: 'unknown_enum_value',
      path: ['kind'],
    });
    expect(refusal(() => checkCommittee({ subcommittees: ['文化'] }, { asOf }))).toMatchObject({
      code: 'unknown_enum_value',
      path: ['subcommittees', 0],
    });
    expect(refusal(() => checkRepresentativeAssembly({ representativesChosenBy: 'lottery' }, { asOf }))).toMatchObject({
      path: ['representativesChosenBy'],
    });
  });
  it('a kind that contradicts the code, and a code that is not of a village', () => {
    expect(
      refusal(() => checkCommittee({ kind: 'villagers_committee', divisionCode: '320803001001' }, { asOf })),
    ).toMatchObject({ code: 'inconsistent', path: ['kind'] });
    expect(refusal(() => checkCommittee({ divisionCode: '320803001' }, { asOf }))).toMatchObject({
      code: 'inconsistent',
      path: ['divisionCode'],
    });
  });
  it('impossible dates', () => {
    expect(refusal(() => checkVillageCommittee({ termStartedOn: '2021-02-29' }, { asOf }))).toMatchObject({
      code: 'invalid_date',
      path: ['termStartedOn'],
    });
    expect(refusal(() => checkRepresentativeAssembly({ assemblyMeetings: ['2025-13-01'] }, { asOf }))).toMatchObject({
      code: 'invalid_date',
      path: ['assemblyMeetings', 0],
    });
    expect(refusal(() => disclosureDue({ democraticReviewOn: '2025/06/30' }, { asOf })).path).toEqual([
      'democraticReviewOn',
    ]);
    expect(
      refusal(() =>
        checkMeetingQuorum({ kind: 'villagers_meeting', heldOn: '2026-03-01', noticeGivenOn: '2026-03-02' }, { asOf }),
      ),
    ).toMatchObject({ code: 'inconsistent', path: ['noticeGivenOn'] });
  });
  it('unknown fields are refused (strict records), naming them', () => {
    expect(refusal(() => checkCommittee({ members: 5 }, { asOf })).code).toBe('unrecognized_keys');
  });
});

describe('options and profiles', () => {
  it('asOf is required and must be a real date; unknown options are refused with a suggestion', () => {
    expect(refusal(() => checkCommittee(VILLAGE, {} as never))).toMatchObject({ code: 'required', path: ['asOf'] });
    expect(refusal(() => checkCommittee(VILLAGE, { asOf: '2025-02-29' }))).toMatchObject({
      code: 'invalid_date',
      path: ['asOf'],
    });
    const e = refusal(() => checkCommittee(VILLAGE, { asof: asOf } as never));
    expect(e.code).toBe('unknown_option');
    expect(e.zh).toContain('asOf');
    expect(refusal(() => electionSchedule('2026-05-21', { asOf, calendar: 5 } as never)).path).toEqual(['calendar']);
  });
  it('an unknown profile or one of another domain', () => {
    expect(refusal(() => checkCommittee(VILLAGE, { asOf, profile: 'nanjing' })).code).toBe('unknown_profile');
    expect(
      refusal(() =>
        checkCommittee(VILLAGE, { asOf, profile: { ...committeeProfiles.get('huaian'), domain: 'salary' } }),
      ).code,
    ).toBe('wrong_profile_domain');
  });
  it('a host table of the wrong shape is refused naming the parameter', () => {
    const p = withOverrides(committeeProfiles.get('huaian'), {
      'selfgov.villageCommitteeSize': { set: { min: 7, max: 3 } },
    });
    expect(refusal(() => checkVillageCommittee(VILLAGE, { asOf, profile: p }))).toMatchObject({
      code: 'invalid_parameter',
      path: ['parameters', 'selfgov.villageCommitteeSize'],
    });
    const q = withOverrides(committeeProfiles.get('huaian'), {
      'selfgov.womenRepShareMin': { set: { share: '4/3', bound: '以上' } },
    });
    expect(
      refusal(() =>
        checkRepresentativeAssembly(
          { representativeAssembly: true, representatives: 3, memberCount: 3, womenRepresentatives: 1 },
          { asOf, profile: q },
        ),
      ).code,
    ).toBe('out_of_range');
  });
  it('a date before the 2018 text: the statutory numbers are not in force, so the checks are undetermined', () => {
    const r = checkVillageCommittee(VILLAGE, { asOf: '2018-06-01' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toContain('parameter:selfgov.villageCommitteeSize');
  });
});

describe('every function refuses a non-object input with a PolicyError', () => {
  it.each([
    ['checkVillageCommittee', () => checkVillageCommittee(null, { asOf })],
    ['checkResidentsCommittee', () => checkResidentsCommittee(7, { asOf })],
    ['checkCommittee', () => checkCommittee([], { asOf })],
    ['checkRepresentativeAssembly', () => checkRepresentativeAssembly('x', { asOf })],
    ['checkMeetingQuorum', () => checkMeetingQuorum(undefined, { asOf })],
    ['electionSchedule', () => electionSchedule(20260521, { asOf })],
    ['checkElectionResult', () => checkElectionResult(true, { asOf })],
    ['disclosureDue', () => disclosureDue(null, { asOf })],
    ['facilityAdequacy', () => facilityAdequacy('126', { asOf })],
  ])('%s', (_, f) => {
    expect(refusal(f).code).toBe('invalid_type');
  });
});

describe('anything at all: a result or a PolicyError, never another error (fixed seed)', () => {
  const fns: [string, (input: unknown) => unknown][] = [
    ['checkVillageCommittee', (i) => checkVillageCommittee(i, { asOf })],
    ['checkResidentsCommittee', (i) => checkResidentsCommittee(i, { asOf })],
    ['checkCommittee', (i) => checkCommittee(i, { asOf })],
    ['checkRepresentativeAssembly', (i) => checkRepresentativeAssembly(i, { asOf })],
    ['checkMeetingQuorum', (i) => checkMeetingQuorum(i, { asOf })],
    ['electionSchedule', (i) => electionSchedule(i, { asOf })],
    ['checkElectionResult', (i) => checkElectionResult(i, { asOf })],
    ['disclosureDue', (i) => disclosureDue(i, { asOf })],
    ['facilityAdequacy', (i) => facilityAdequacy(i, { asOf })],
  ];
  // Values near the records' shapes: the committee's fields with values of any type.
  const near = fc.record(
    {
      kind: fc.oneof(
        fc.constantFrom('村委会', '居委会', 'villagers_meeting', 'residents_meeting', 'election', 'runoff', 'recall'),
        fc.anything(),
      ),
      memberCount: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.anything()),
      womenMembers: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.anything()),
      households: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.double()),
      termStartedOn: fc.oneof(fc.constantFrom('2021-01-15', '2017-02-29', '2027-01-01'), fc.string()),
      representatives: fc.integer({ min: 0, max: 100 }),
      electionDay: fc.constantFrom('2026-05-21', '2026-12-25', '2026-02-30'),
      serviceArea: fc.oneof(fc.constantFrom('126', '0', '1e3', '-1'), fc.double()),
      adults: fc.integer({ min: 0, max: 1000 }),
      adultsPresent: fc.integer({ min: 0, max: 1000 }),
      registeredVoters: fc.integer({ min: 0, max: 1000 }),
      ballotsCast: fc.integer({ min: 0, max: 1000 }),
    },
    { requiredKeys: [] },
  );
  it.each(fns)('%s', (_, f) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), near), (v) => {
        try {
          f(v);
        } catch (e) {
          if (!isPolicyError(e)) throw e;
        }
      }),
      { numRuns: 1500, seed: 20261129 },
    );
  });
});
