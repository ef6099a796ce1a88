// checkRepresentativeAssembly (第二十五条、第二十六条第一款) and checkMeetingQuorum (第二十一条、第二十二条、第二十六条第二款、
// 第二十八条; 居委会组织法 第九条): shares compared exactly in integers.
import { describe, expect, it } from 'vitest';
import { checkMeetingQuorum, checkRepresentativeAssembly } from '../../src/committees/index.js';
import { refusal } from './support.js';

const asOf = '2026-01-05';
const base = {
  households: 300,
  memberCount: 5,
  representativeAssembly: true,
  representatives: 25,
  womenRepresentatives: 10,
  representativesChosenBy: 'households',
  assemblyMeetings: ['2025-02-10', '2025-05-10', '2025-08-10', '2025-11-10'],
};
const rule = (input: object, id: string, when = asOf) =>
  checkRepresentativeAssembly({ ...base, ...input }, { asOf: when }).findings.find((f) => f.rule === id)!;

describe('one representative per 5–15 households (第二十五条第二款)', () => {
  it.each([
    [300, 20, 'pass'], // exactly 15 each
    [300, 19, 'fail'], // 15.8 each
    [300, 60, 'pass'], // exactly 5 each
    [299, 60, 'fail'], // fewer than 5 each
  ])('%i households, %i representatives: %s', (households, representatives, outcome) => {
    expect(rule({ households, representatives, womenRepresentatives: 0 }, 'assembly.representation').outcome).toBe(
      outcome,
    );
  });
  it('says the range in whole representatives', () => {
    expect(rule({ representatives: 19, womenRepresentatives: 0 }, 'assembly.representation').zh).toBe(
      '300户推选村民代表19人；按每5至15户推选一人，代表应为20至60人',
    );
  });
  it('does not apply to representatives chosen by the 村民小组', () => {
    expect(
      rule(
        { representatives: 10, womenRepresentatives: 0, representativesChosenBy: 'groups' },
        'assembly.representation',
      ).outcome,
    ).toBe('not_applicable');
  });
  it('a ratio that fails without the way they were chosen is undetermined; one that holds passes either way', () => {
    const r = checkRepresentativeAssembly(
      { ...base, representatives: 19, womenRepresentatives: 0, representativesChosenBy: undefined },
      { asOf },
    );
    expect(r.findings[0]!.outcome).toBe('undetermined');
    expect(r.missing).toContain('representativesChosenBy');
    expect(rule({ representativesChosenBy: undefined }, 'assembly.representation').outcome).toBe('pass');
  });
});

describe('representatives ≥ 4/5, women representatives ≥ 1/3 of the assembly (第二十五条第一款)', () => {
  it('20 representatives and 5 members: exactly 4/5 passes; 19 and 5 does not', () => {
    expect(rule({ representatives: 20, womenRepresentatives: 9 }, 'assembly.representativeShare').outcome).toBe('pass');
    expect(
      rule(
        { representatives: 19, womenRepresentatives: 9, representativesChosenBy: 'groups' },
        'assembly.representativeShare',
      ),
    ).toMatchObject({
      outcome: 'fail',
      zh: '村民代表19人，占村民代表会议组成人员24人，未达到五分之四以上（至少20人）',
    });
  });
  it('10 women of 30 (25 representatives + 5 members) is exactly one third: passes; 9 fails', () => {
    expect(rule({ womenRepresentatives: 10 }, 'assembly.womenShare')).toMatchObject({
      outcome: 'pass',
      zh: '妇女村民代表10人，占村民代表会议组成人员30人，达到三分之一以上（至少10人）',
    });
    expect(rule({ womenRepresentatives: 9 }, 'assembly.womenShare').outcome).toBe('fail');
  });
  it('women committee members do not count: only women representatives', () => {
    expect(rule({ womenRepresentatives: 9 }, 'assembly.womenShare').zh).toContain('至少10人');
  });
});

describe('每季度召开一次 (第二十六条第一款)', () => {
  it('the four quarters before the quarter of the date asked about', () => {
    expect(rule({}, 'assembly.meetings').outcome).toBe('pass');
    const f = rule({ assemblyMeetings: ['2025-02-10', '2025-05-10', '2025-11-10'] }, 'assembly.meetings');
    expect(f).toMatchObject({ outcome: 'fail', zh: '2025年第三季度召开村民代表会议不足1次（每季度召开一次）' });
  });
  it('the current quarter is not yet due, and meetings after the date do not count', () => {
    expect(
      rule(
        { assemblyMeetings: ['2025-02-10', '2025-05-10', '2025-08-10', '2025-11-10', '2026-03-01'] },
        'assembly.meetings',
        '2026-03-31',
      ).outcome,
    ).toBe('pass');
    expect(
      rule(
        { assemblyMeetings: ['2025-05-10', '2025-08-10', '2025-11-10', '2026-04-01'] },
        'assembly.meetings',
        '2026-04-01',
      ).outcome,
    ).toBe('fail');
  });
});

describe('an assembly is optional (可以设立)', () => {
  it('without one every finding does not apply; not saying is undetermined', () => {
    expect(
      checkRepresentativeAssembly({ households: 80, representativeAssembly: false }, { asOf }).findings.map(
        (f) => f.outcome,
      ),
    ).toEqual(['not_applicable', 'not_applicable', 'not_applicable', 'not_applicable']);
    expect(checkRepresentativeAssembly({ households: 80 }, { asOf })).toMatchObject({
      outcome: 'undetermined',
      missing: ['representativeAssembly'],
    });
  });
  it('a residents’ committee is refused', () => {
    expect(refusal(() => checkRepresentativeAssembly({ kind: 'residents_committee' }, { asOf })).code).toBe(
      'wrong_kind',
    );
  });
});

describe('quorums (exact shares)', () => {
  const q = (m: object) => checkMeetingQuorum(m, { asOf: '2026-03-01' });
  it('村民会议: more than half of the adults, or two thirds of the households (第二十二条)', () => {
    expect(q({ kind: 'villagers_meeting', adults: 800, adultsPresent: 400 }).findings[0]!.outcome).toBe('undetermined'); // half is not more than half; households unknown
    expect(
      q({ kind: 'villagers_meeting', adults: 800, adultsPresent: 400, households: 300, householdsRepresented: 199 })
        .findings[0]!.outcome,
    ).toBe('fail');
    expect(q({ kind: 'villagers_meeting', adults: 800, adultsPresent: 401 }).findings[0]!.outcome).toBe('pass');
    expect(q({ kind: '村民会议', households: 300, householdsRepresented: 200 }).findings[0]!.outcome).toBe('pass');
  });
  it('村民代表会议: two thirds of its members (第二十六条第二款); 20 of 30 passes, 19 fails', () => {
    expect(q({ kind: 'representative_assembly', members: 30, membersPresent: 20 }).findings[0]!.outcome).toBe('pass');
    expect(q({ kind: 'representative_assembly', members: 30, membersPresent: 19 }).findings[0]!.outcome).toBe('fail');
  });
  it('村民小组会议: two thirds of the adults or households (第二十八条)', () => {
    expect(q({ kind: 'villager_group_meeting', adults: 60, adultsPresent: 40 }).findings[0]!.outcome).toBe('pass');
    expect(
      q({ kind: 'villager_group_meeting', adults: 60, adultsPresent: 39, households: 30, householdsRepresented: 19 })
        .findings[0]!.outcome,
    ).toBe('fail');
  });
  it('居民会议: more than half of whichever form it takes (居委会组织法 第九条)', () => {
    expect(q({ kind: 'residents_meeting', households: 500, householdsRepresented: 251 }).findings[0]!.outcome).toBe(
      'pass',
    );
    expect(q({ kind: 'residents_meeting', members: 40, membersPresent: 20 }).findings[0]!.outcome).toBe('fail');
    expect(q({ kind: 'residents_meeting' })).toMatchObject({ outcome: 'undetermined' });
  });
  it('a decision needs more than half of those present: 15 of 30 fails, 16 passes', () => {
    expect(
      q({ kind: 'representative_assembly', members: 30, membersPresent: 30, votesFor: 15 }).findings[1]!.outcome,
    ).toBe('fail');
    expect(
      q({ kind: 'representative_assembly', members: 30, membersPresent: 30, votesFor: 16 }).findings[1]!.outcome,
    ).toBe('pass');
    expect(q({ kind: 'villagers_meeting', adults: 800, adultsPresent: 401, votesFor: 201 }).findings[1]!.outcome).toBe(
      'pass',
    );
    expect(
      q({
        kind: 'villagers_meeting',
        adults: 800,
        adultsPresent: 401,
        households: 300,
        householdsRepresented: 250,
        votesFor: 201,
      }).findings[1]!.outcome,
    ).toBe('undetermined');
  });
  it('村民会议 is announced ten days ahead (第二十一条第二款): on the 10th day before is in time', () => {
    const m = { kind: 'villagers_meeting', adults: 800, adultsPresent: 401, heldOn: '2026-03-21' };
    expect(q({ ...m, noticeGivenOn: '2026-03-11' }).findings[2]).toMatchObject({
      outcome: 'pass',
      zh: '2026-03-11通知，2026-03-21召开；提前10天通知的最后一日为2026-03-11，符合',
    });
    expect(q({ ...m, noticeGivenOn: '2026-03-12' }).findings[2]!.outcome).toBe('fail');
  });
  it('counts that cannot be are refused, naming the field', () => {
    expect(refusal(() => q({ kind: 'villagers_meeting', adults: 10, adultsPresent: 11 }))).toMatchObject({
      code: 'inconsistent',
      path: ['adultsPresent'],
    });
    expect(refusal(() => q({ kind: 'villagers_meeting', attendees: 10, votesFor: 11 }))).toMatchObject({
      code: 'inconsistent',
      path: ['votesFor'],
    });
    expect(refusal(() => q({ kind: 'town_meeting' }))).toMatchObject({ code: 'unknown_enum_value', path: ['kind'] });
  });
});
