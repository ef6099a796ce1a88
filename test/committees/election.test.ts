// electionSchedule (村委会组织法 第十四条、第二十条) on the legal calendar and checkElectionResult (第十五条、第十六条).
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { checkElectionResult, committeeProfiles, electionSchedule } from '../../src/committees/index.js';
import { refusal } from './support.js';

const step = (s: ReturnType<typeof electionSchedule>, id: string, n = 0) => s.steps.filter((x) => x.id === id)[n]!;

describe('the voter list: 在选举日的二十日前 (第十四条第一款)', () => {
  it('counted back, the election day not counted: the 20th day before 2026-05-21 is 2026-05-01, the last day to publish', () => {
    const s = electionSchedule('2026-05-21', { asOf: '2026-04-01' });
    expect(s.publishBy).toBe('2026-05-01');
    expect(step(s, 'voterList')).toMatchObject({
      due: '2026-05-01',
      state: 'pending',
      counting: ['civil-code-201'],
      basis: { article: '第十四条第一款' },
    });
  });
  it('it does not move although 2026-05-01 is a holiday (moving it later would shorten the 20 days)', () => {
    expect(step(electionSchedule('2026-05-21', { asOf: '2026-04-01' }), 'voterList').rolledFrom).toBeNull();
  });
  it('published on the 20th day is in time; a day later is late', () => {
    expect(
      step(
        electionSchedule({ electionDay: '2026-05-21', voterListPublishedOn: '2026-05-01' }, { asOf: '2026-05-02' }),
        'voterList',
      ).state,
    ).toBe('in_time');
    const late = electionSchedule(
      { electionDay: '2026-05-21', voterListPublishedOn: '2026-05-02' },
      { asOf: '2026-05-02' },
    );
    expect(step(late, 'voterList').state).toBe('late');
    expect(late.outcome).toBe('fail');
  });
  it('the other reading (20 whole days between) is one day earlier', () => {
    const profile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.nthDayBeforeInTime': false });
    expect(electionSchedule('2026-05-21', { asOf: '2026-04-01', profile }).publishBy).toBe('2026-04-30');
  });
  it('the reading is provisional and says so', () => {
    expect(
      electionSchedule('2026-05-21', { asOf: '2026-04-01' })
        .warnings.map((w) => w.zh)
        .join(),
    ).toContain('“二十日前”“提前十天”含最后一日');
  });
});

describe('objections 5 日, decisions 3 日, handover 10 日 (第十四条第二款、第二十条)', () => {
  it('from the last day allowed when the list is not yet published (a plan): 05-01 + 5 = 05-06', () => {
    const o = step(electionSchedule('2026-05-21', { asOf: '2026-04-01' }), 'objection');
    expect(o).toMatchObject({ from: '2026-05-01', planned: true, due: '2026-05-06', state: 'open' });
  });
  it('from the publication given: 04-28 + 5 = 05-03, in the 劳动节 holiday, moves to 05-06', () => {
    const o = step(
      electionSchedule({ electionDay: '2026-05-21', voterListPublishedOn: '2026-04-28' }, { asOf: '2026-05-07' }),
      'objection',
    );
    expect(o).toMatchObject({
      due: '2026-05-06',
      rolledFrom: '2026-05-03',
      holiday: { zh: '劳动节' },
      state: 'closed',
      counting: ['civil-code-201', 'civil-code-203'],
    });
  });
  it('a decision within 3 日 of each objection; the make-up working Saturday 2026-05-09 does not move', () => {
    const s = electionSchedule(
      {
        electionDay: '2026-05-21',
        voterListPublishedOn: '2026-04-28',
        objections: [{ receivedOn: '2026-05-03', decidedOn: '2026-05-06' }, { receivedOn: '2026-05-06' }],
      },
      { asOf: '2026-05-10' },
    );
    expect(step(s, 'objectionDecision', 0)).toMatchObject({ due: '2026-05-06', state: 'in_time' });
    expect(step(s, 'objectionDecision', 1)).toMatchObject({ due: '2026-05-09', rolledFrom: null, state: 'overdue' });
    expect(s.outcome).toBe('fail');
  });
  it('handover: 10 日 from the election day end on Sunday 05-31, moved to Monday 06-01; from a later constitution when given', () => {
    expect(step(electionSchedule('2026-05-21', { asOf: '2026-04-01' }), 'handover')).toMatchObject({
      from: '2026-05-21',
      due: '2026-06-01',
      rolledFrom: '2026-05-31',
    });
    expect(
      step(
        electionSchedule({ electionDay: '2026-05-21', constitutedOn: '2026-05-25' }, { asOf: '2026-04-01' }),
        'handover',
      ).due,
    ).toBe('2026-06-04');
  });
  it('without the reading that the committee is constituted on the election day, the handover needs the day', () => {
    const profile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.constitutedOnElectionDay': false });
    const s = electionSchedule('2026-05-21', { asOf: '2026-04-01', profile });
    expect(s).toMatchObject({ outcome: 'undetermined', missing: ['constitutedOn'] });
  });
  it('a step needing a year without holiday data is undetermined (calendar:2027), never guessed', () => {
    const s = electionSchedule('2026-12-25', { asOf: '2026-12-01' });
    expect(step(s, 'handover')).toMatchObject({ outcome: 'undetermined', missing: ['calendar:2027'] });
    expect(s.missing).toEqual(['calendar:2027']);
    expect(step(s, 'objection').due).toBe('2026-12-10');
  });
  it('dates out of order are refused naming the article', () => {
    const e = refusal(() =>
      electionSchedule({ electionDay: '2026-05-21', voterListPublishedOn: '2026-05-22' }, { asOf: '2026-05-01' }),
    );
    expect(e).toMatchObject({ code: 'inconsistent', path: ['voterListPublishedOn'] });
    expect(e.zh).toContain('第十四条');
    expect(refusal(() => electionSchedule('2026-02-30', { asOf: '2026-05-01' }))).toMatchObject({
      code: 'invalid_date',
      path: ['election', 'electionDay'],
    });
  });
});

describe('votes (第十五条第二款、第十六条第二款)', () => {
  const asOf = '2026-05-21';
  it('an election is valid with more than half voting: 500 of 1000 is not, 501 is', () => {
    expect(checkElectionResult({ kind: 'election', registeredVoters: 1000, ballotsCast: 500 }, { asOf }).outcome).toBe(
      'fail',
    );
    expect(checkElectionResult({ kind: 'election', registeredVoters: 1000, ballotsCast: 501 }, { asOf }).outcome).toBe(
      'pass',
    );
  });
  it('a candidate needs more than half of the votes cast; nobody is elected by an invalid vote', () => {
    const r = checkElectionResult(
      {
        kind: 'election',
        registeredVoters: 1000,
        ballotsCast: 501,
        candidates: [
          { name: '张三', votes: 251 },
          { name: '李四', votes: 250 },
        ],
      },
      { asOf },
    );
    expect(r.candidates.map((c) => c.elected)).toEqual([true, false]);
    const invalid = checkElectionResult(
      { kind: 'election', registeredVoters: 1000, ballotsCast: 400, candidates: [{ name: '张三', votes: 400 }] },
      { asOf },
    );
    expect(invalid.candidates[0]!.elected).toBe(false);
  });
  it('a run-off: exactly one third of the ballots cast elects; one vote less does not', () => {
    const r = checkElectionResult(
      {
        kind: 'runoff',
        registeredVoters: 500,
        ballotsCast: 300,
        candidates: [
          { name: '王五', votes: 100 },
          { name: '赵六', votes: 99 },
        ],
      },
      { asOf },
    );
    expect(r.candidates.map((c) => c.elected)).toEqual([true, false]);
    expect(r.candidates[0]!.text.zh).toBe('王五得票100，投票300人，达到三分之一以上（至少100票），当选');
  });
  it('a run-off also needs the turnout under the default (provisional) reading; a host may read it otherwise', () => {
    expect(checkElectionResult({ kind: 'runoff', registeredVoters: 1000, ballotsCast: 300 }, { asOf }).outcome).toBe(
      'fail',
    );
    const profile = withOverrides(committeeProfiles.get('huaian'), { 'selfgov.runoffNeedsTurnout': false });
    expect(
      checkElectionResult({ kind: 'runoff', ballotsCast: 300, candidates: [{ votes: 100 }] }, { asOf, profile })
        .candidates[0]!.elected,
    ).toBe(true);
  });
  it('a recall: more than half voting and more than half of them in favour', () => {
    expect(
      checkElectionResult({ kind: 'recall', registeredVoters: 1000, ballotsCast: 501, votesFor: 251 }, { asOf })
        .outcome,
    ).toBe('pass');
    expect(
      checkElectionResult({ kind: 'recall', registeredVoters: 1000, ballotsCast: 501, votesFor: 250 }, { asOf })
        .outcome,
    ).toBe('fail');
    expect(
      checkElectionResult(
        { kind: 'recall', registeredVoters: 1000, ballotsCast: 500, votesFor: 500 },
        { asOf },
      ).findings.map((f) => f.outcome),
    ).toEqual(['fail', 'fail']);
  });
  it('missing counts are undetermined; impossible counts and unknown kinds are refused', () => {
    expect(checkElectionResult({ kind: 'election', ballotsCast: 10 }, { asOf })).toMatchObject({
      outcome: 'undetermined',
      missing: ['registeredVoters'],
    });
    expect(
      refusal(() => checkElectionResult({ kind: 'election', registeredVoters: 10, ballotsCast: 11 }, { asOf })),
    ).toMatchObject({ code: 'inconsistent', path: ['ballotsCast'] });
    expect(
      refusal(() => checkElectionResult({ kind: 'election', ballotsCast: 10, candidates: [{ votes: 11 }] }, { asOf })),
    ).toMatchObject({ path: ['candidates', 0, 'votes'] });
    expect(refusal(() => checkElectionResult({ kind: 'by_election' }, { asOf }))).toMatchObject({
      code: 'unknown_enum_value',
      path: ['kind'],
    });
  });
});
