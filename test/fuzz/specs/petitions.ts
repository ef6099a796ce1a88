/** Fuzz specs of /petitions. */
import { withOverrides } from '../../../src/core/profile.js';
import { defaultWorkCalendar } from '../../../src/core/work-calendar.js';
import { petitionProfiles } from '../../../src/petitions/index.js';
import type { Spec } from '../harness.js';
import { NOTICE_2027, PETITION } from './fixtures.js';

const asOf = '2026-03-20';
// Petition ids, offices, topics and proposers are the host's own text, returned as given.
const ECHOES = ['id', 'office', 'topic', 'reason', 'proposal', 'proposer', 'source', 'label'];
const options = (): Record<string, unknown>[] => [
  { asOf },
  { asOf: '2026-12-28', calendar: NOTICE_2027() },
  { asOf, profile: withOverrides(petitionProfiles.get('national-2022'), { 'petition.daysAreCalendarDays': false }) },
  { asOf, profile: 'national-2022', calendar: defaultWorkCalendar() },
];
const CHECK = () => ({
  form: 'visit',
  visitors: 8,
  representatives: 6,
  receivedOn: '2026-03-01',
  toSuperior: true,
  sameFactsAndReasons: true,
  prior: { route: 'opinion', acceptedOn: '2026-02-10', reexamRequestedOn: '2026-02-12', reexamDecidedOn: '2026-02-20' },
});
const CLASSIFY = () => ({
  makesClaim: true,
  judicialMatter: false,
  arbitrable: false,
  partyAppeal: false,
  administrativeProcedure: false,
  protectionRequest: false,
});
const SUGGESTION = () => ({
  id: 'JY-2026-0001',
  topic: '老旧小区加装电梯',
  reason: '老年居民上下楼困难',
  proposal: '简化审批',
  personalClaim: false,
  legalChannel: 'none',
  receivedOn: '2026-03-02',
});

/** A single function over `item` examples and its batch twin over lists of them. */
function pair(items: () => unknown[]): [Spec, Spec] {
  return [
    { examples: () => items().flatMap((item) => options().map((o) => [item, o])), echoes: ECHOES },
    {
      examples: () =>
        options().map((o, i) => [
          [...items(), { receivedOn: '2026-02-30' }, 'junk'],
          i === 0 ? { ...o, explain: true } : o,
        ]),
      echoes: ECHOES,
    },
  ];
}

const [petitionDeadlines, petitionDeadlinesBatch] = pair(() => [
  PETITION(),
  { intake: 'transferred', receivedOn: '2026-12-28' },
  { intake: 'direct', receivedOn: '2026-02-10' },
]);
const [petitionStatus, petitionStatusBatch] = pair(() => [
  PETITION(),
  {
    intake: 'direct',
    identityUnclear: true,
    category: 'claim',
    route: 'arbitration',
    receivedOn: '2026-02-10',
    acceptedOn: '2026-03-05',
  },
]);
const [checkPetition, checkPetitionBatch] = pair(() => [
  CHECK(),
  { form: 'visit', visitors: 9, receivedOn: '2026-03-01', prior: { acceptedOn: '2026-02-10' } },
]);
const [classifyPetition, classifyPetitionBatch] = pair(() => [
  CLASSIFY(),
  { makesClaim: true, reportsMisconduct: true },
]);
const [reviewSuggestion, reviewSuggestionBatch] = pair(() => [
  SUGGESTION(),
  { topic: '个人补偿', personalClaim: true },
]);

export const petitionSpecs: Record<string, Spec> = {
  petitionDeadlines,
  petitionDeadlinesBatch,
  petitionStatus,
  petitionStatusBatch,
  checkPetition,
  checkPetitionBatch,
  classifyPetition,
  classifyPetitionBatch,
  reviewSuggestion,
  reviewSuggestionBatch,
};
