// Every committees result renders through core explain(): entirely Chinese (zh) or entirely English (en), with the
// articles named.
import { describe, expect, it } from 'vitest';
import {
  checkCommittee,
  checkCommitteesBatch,
  checkElectionResult,
  checkMeetingQuorum,
  checkRepresentativeAssembly,
  checkResidentsCommittee,
  checkVillageCommittee,
  disclosureDue,
  electionSchedule,
  explain,
  facilityAdequacy,
} from '../../src/committees/index.js';
import { enText, RESIDENTS, VILLAGE, zhText } from './support.js';

const asOf = '2025-12-31';
const results: [string, unknown][] = [
  ['village', checkVillageCommittee({ ...VILLAGE, memberCount: 8, multiEthnic: true }, { asOf })],
  ['village, before 2018', checkVillageCommittee({ ...VILLAGE, termStartedOn: '2017-06-01' }, { asOf: '2020-01-01' })],
  ['residents, outside the range', checkResidentsCommittee({ ...RESIDENTS, households: 701 }, { asOf })],
  [
    'standard',
    checkCommittee(
      { ...VILLAGE, generalDisclosedOn: '2025-01-01', checklist: [{ itemId: '101', met: false }] },
      { asOf },
    ),
  ],
  ['standard, no kind', checkCommittee({ memberCount: 5 }, { asOf })],
  [
    'assembly',
    checkRepresentativeAssembly(
      {
        households: 300,
        memberCount: 5,
        representativeAssembly: true,
        representatives: 19,
        womenRepresentatives: 8,
        assemblyMeetings: ['2025-02-01'],
      },
      { asOf },
    ),
  ],
  [
    'meeting',
    checkMeetingQuorum(
      {
        kind: 'villagers_meeting',
        adults: 800,
        adultsPresent: 400,
        households: 300,
        householdsRepresented: 200,
        attendees: 400,
        votesFor: 201,
        heldOn: '2025-12-21',
        noticeGivenOn: '2025-12-12',
      },
      { asOf },
    ),
  ],
  [
    'schedule',
    electionSchedule(
      { electionDay: '2026-05-21', voterListPublishedOn: '2026-04-28', objections: [{ receivedOn: '2026-05-03' }] },
      { asOf: '2026-05-10' },
    ),
  ],
  ['schedule, 2027', electionSchedule('2026-12-25', { asOf: '2026-12-01' })],
  [
    'election',
    checkElectionResult(
      { kind: 'runoff', registeredVoters: 900, ballotsCast: 600, candidates: [{ votes: 200 }] },
      { asOf },
    ),
  ],
  ['recall', checkElectionResult({ kind: 'recall', registeredVoters: 900, ballotsCast: 400, votesFor: 300 }, { asOf })],
  [
    'disclosure',
    disclosureDue(
      { generalDisclosedOn: '2025-08-15', financeFrequent: true, democraticReviewOn: '2024-06-30' },
      { asOf },
    ),
  ],
  ['facility', facilityAdequacy({ households: 420, serviceArea: '100', activityArea: '55.5' }, { asOf })],
  ['batch with an error row', checkCommitteesBatch([VILLAGE, { memberCount: -1 }], { asOf, explain: true })],
];

describe('explain() renders every committees result', () => {
  it.each(results)('%s: Chinese entirely Chinese', (_, r) => {
    const zh = zhText(explain(r));
    expect(zh).not.toMatch(/[A-Za-z]/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
  it.each(results)('%s: English entirely English (titles and articles cited as written)', (_, r) => {
    const en = enText(explain(r, { lang: 'en' }));
    expect(en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });
  it('names the article of each finding', () => {
    const zh = explain(results[0]![1]);
    expect(zh).toContain('【不符合】成员8人，多于7人（应为3至7人）（依据：《村民委员会组织法》第六条第一款）');
    expect(zh).toContain('缺少「人数较少的民族的成员人数」，无法判定');
  });
});
