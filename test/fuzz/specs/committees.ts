/** Fuzz specs of /committees (fixtures of test/committees and docs/cases/committees.yaml). */
import { withOverrides } from '../../../src/core/profile.js';
import { committeeProfiles } from '../../../src/committees/index.js';
import type { Spec } from '../harness.js';

const asOf = '2025-12-31';
// Committee ids, names and division codes, candidates' names and the profile's labels and sources: the host's own text.
// The host's own keys and text passed through (a checklist item's id is the host's key, like a committee's id).
const ECHOES = ['id', 'name', 'source', 'label', 'divisionCode', 'itemId'];

/** A 村民委员会 that passes every statutory check on 2025-12-31 (made-up data). */
export const VILLAGE = (): Record<string, unknown> => ({
  id: 'c1',
  divisionCode: '320803101201',
  name: '某村村民委员会',
  kind: 'villagers_committee',
  memberCount: 5,
  womenMembers: 1,
  multiEthnic: false,
  termStartedOn: '2021-01-15',
  households: 420,
  subcommittees: ['people_mediation', 'public_security', 'public_health_family_planning'],
  supervisoryBody: true,
  supervisoryMembers: 3,
  supervisoryRelatedMembers: 0,
  supervisoryExpertMembers: 1,
  representativeAssembly: true,
  representatives: 40,
  womenRepresentatives: 15,
  representativesChosenBy: 'households',
  assemblyMeetings: ['2024-12-20', '2025-03-20', '2025-06-18', '2025-09-25'],
  generalDisclosedOn: '2025-12-20',
  financeFrequent: true,
  financeDisclosedOn: '2025-12-25',
  democraticReviewOn: '2025-12-20',
});

/** A 居民委员会 that passes every statutory check on 2025-12-31 (made-up data). */
export const RESIDENTS = (): Record<string, unknown> => ({
  id: 'r1',
  divisionCode: '320803001001',
  name: '某社区居民委员会',
  kind: 'residents_committee',
  memberCount: 7,
  multiEthnic: false,
  termStartedOn: '2021-01-10',
  households: 650,
  subcommittees: ['people_mediation', 'public_security', 'public_health'],
});

/** The facts of a 村民代表会议 (test/committees/assembly.test.ts). */
const ASSEMBLY = () => ({
  households: 300,
  memberCount: 5,
  representativeAssembly: true,
  representatives: 25,
  womenRepresentatives: 10,
  representativesChosenBy: 'households',
  assemblyMeetings: ['2025-02-10', '2025-05-10', '2025-08-10', '2025-11-10'],
});

/** huaian with a host's score sheet (the shipped one is not found). */
const SCORED = () =>
  withOverrides(committeeProfiles.get('huaian'), {
    'selfgov.scoreSheet': {
      set: {
        passMark: '80',
        items: [
          { id: 's1', label: { zh: '成员人数', en: 'Size' }, weight: '40', rule: 'committee.size' },
          { id: 's2', label: { zh: '任期', en: 'Term' }, weight: '30', rule: 'committee.term' },
          { id: 's3', label: { zh: '妇女成员', en: 'Women' }, weight: '10', rule: 'committee.women' },
          { id: 's4', label: { zh: '办公用房', en: 'Office' }, weight: '20', checklistItem: 'k1' },
        ],
      },
    },
  } as never);

const options = (): Record<string, unknown>[] => [
  { asOf },
  { asOf: '2026-03-01', profile: 'huaian' },
  { asOf, profile: SCORED() },
];

export const committeeSpecs: Record<string, Spec> = {
  checkVillageCommittee: {
    examples: () =>
      options()
        .map((o) => [VILLAGE(), o])
        .concat([[{ memberCount: 2, womenMembers: 3 }, { asOf }]]),
    echoes: ECHOES,
  },
  checkResidentsCommittee: {
    examples: () =>
      options()
        .map((o) => [RESIDENTS(), o])
        .concat([[{ households: 5000 }, { asOf }]]),
    echoes: ECHOES,
  },
  checkCommittee: {
    examples: () => [
      [VILLAGE(), { asOf }],
      [
        { ...RESIDENTS(), checklist: [{ itemId: 'k1', met: true }, { itemId: 'k2' }] },
        { asOf, profile: SCORED() },
      ],
      [{ memberCount: 5 }, { asOf }],
      [{ ...VILLAGE(), generalDisclosedOn: '2025-06-30' }, { asOf: '2026-03-01' }],
    ],
    echoes: ECHOES,
  },
  checkCommitteesBatch: {
    examples: () => [
      [
        [
          VILLAGE(),
          { ...VILLAGE(), memberCount: 2, womenMembers: 1 },
          { ...VILLAGE(), womenMembers: 9 },
          'x',
          RESIDENTS(),
          { kind: 'village_group' },
        ],
        { asOf },
      ],
      [
        [RESIDENTS(), { ...RESIDENTS(), checklist: [{ itemId: 'k1', met: false }] }],
        { asOf, explain: true, profile: SCORED() },
      ],
    ],
    echoes: ECHOES,
  },
  checkRepresentativeAssembly: {
    examples: () => [
      [ASSEMBLY(), { asOf }],
      [{ households: 80, representativeAssembly: false }, { asOf }],
      [{ ...ASSEMBLY(), representatives: 19, womenRepresentatives: 0 }, { asOf: '2026-03-01' }],
    ],
    echoes: ECHOES,
  },
  checkMeetingQuorum: {
    examples: () => [
      [
        {
          kind: 'villagers_meeting',
          adults: 800,
          adultsPresent: 401,
          votesFor: 201,
          heldOn: '2026-03-21',
          noticeGivenOn: '2026-03-11',
        },
        { asOf: '2026-03-01' },
      ],
      [{ kind: 'representative_assembly', members: 30, membersPresent: 20, votesFor: 15 }, { asOf: '2026-03-01' }],
      [{ kind: '村民会议', households: 300, householdsRepresented: 200 }, { asOf }],
      [{ kind: 'residents_meeting', members: 40, membersPresent: 20 }, { asOf }],
      [
        { kind: 'villager_group_meeting', adults: 60, adultsPresent: 39, households: 30, householdsRepresented: 19 },
        { asOf },
      ],
    ],
    echoes: ECHOES,
  },
  electionSchedule: {
    examples: () => [
      ['2026-05-21', { asOf: '2026-04-01' }],
      [
        {
          electionDay: '2026-05-21',
          voterListPublishedOn: '2026-04-28',
          objections: [{ receivedOn: '2026-05-03', decidedOn: '2026-05-06' }, { receivedOn: '2026-05-06' }],
        },
        { asOf: '2026-05-10' },
      ],
      [
        { electionDay: '2026-05-21', voterListPublishedOn: '2026-05-02' },
        { asOf: '2026-05-02', profile: 'huaian' },
      ],
    ],
    echoes: ECHOES,
  },
  checkElectionResult: {
    examples: () => [
      [
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
      ],
      [{ kind: 'election', registeredVoters: 1000, ballotsCast: 500 }, { asOf }],
      [
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
      ],
      [{ kind: 'recall', registeredVoters: 1000, ballotsCast: 501, votesFor: 250 }, { asOf }],
    ],
    echoes: ECHOES,
  },
  disclosureDue: {
    examples: () => [
      [
        { generalDisclosedOn: '2025-08-15', financeFrequent: false, democraticReviewOn: '2025-06-30' },
        { asOf: '2026-01-02' },
      ],
      [
        {
          generalDisclosedOn: '2026-01-31',
          financeFrequent: true,
          financeDisclosedOn: '2026-01-31',
          democraticReviewOn: '2025-06-30',
        },
        { asOf: '2026-03-01' },
      ],
      [{}, { asOf: '2026-01-01' }],
    ],
    echoes: ECHOES,
  },
  facilityAdequacy: {
    examples: () => [
      [{ households: 420, serviceArea: '126', activityArea: '80' }, { asOf: '2026-03-01' }],
      [{ households: 420, serviceArea: '125.99', activityArea: '80' }, { asOf: '2026-03-01' }],
      [{ households: 1, serviceArea: 0.3 }, { asOf }],
    ],
    echoes: ECHOES,
  },
};
