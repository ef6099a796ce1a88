/** Fuzz specs of /associations. */
import { indexRegistry } from '../../../src/associations/index.js';
import type { Spec } from '../harness.js';
import { ASSOCIATION, CANDIDATE, HOST_RULES, REVIEW_OPTIONS } from './fixtures.js';

const slate = () => [
  { role: 'president', candidate: CANDIDATE() },
  { role: 'secretary_general', candidate: { ...CANDIDATE(), personId: 'p2', residentId: undefined, name: '示例乙', birthDate: '1975-01-01' } },
  { role: 'party_secretary', candidate: { personId: 'p3' } },
].map((s) => ({ ...s, candidate: Object.fromEntries(Object.entries(s.candidate).filter(([, v]) => v !== undefined)) }));

// A review shows the candidate's name as given (the resident ID and ID-like person keys are masked), and the host's
// rules and the profile as written (ids, labels, citations, sources).
const REVIEW_ECHOES = ['name', 'label', 'rule', 'citation', 'source'];

export const associationSpecs: Record<string, Spec> = {
  parseCandidate: { examples: () => [[CANDIDATE()], [{ personId: 'p9' }, ['candidate']]], echoes: 'all' },
  safeParseCandidate: { kind: 'safe', examples: () => [[CANDIDATE()], [{ priorTerms: -1 }]], echoes: 'all' },
  parseAssociation: { examples: () => [[ASSOCIATION()], [{ id: 'A2' }, ['association']]], echoes: 'all' },
  safeParseAssociation: { kind: 'safe', examples: () => [[ASSOCIATION()]], echoes: 'all' },
  parseSlate: { examples: () => [[slate()], [slate(), ['slate']]], echoes: 'all' },
  safeParseSlate: { kind: 'safe', examples: () => [[slate()]], echoes: 'all' },
  parseHostRules: { examples: () => [[HOST_RULES()], [HOST_RULES(), ['rules']]], echoes: 'all' },
  safeParseHostRules: { kind: 'safe', examples: () => [[HOST_RULES()]], echoes: 'all' },
  combineOutcomes: { examples: () => [[['pass', 'undetermined']], [['fail']], [[]]] },
  indexRegistry: { examples: () => [[[{ association: 'B7', role: 'president', personId: 'p1' }]], [[{ association: 'B7', role: 'president', personId: 'p1' }], ['reg']]], echoes: ['byPerson'] },
  reviewCandidate: {
    examples: () => [
      [CANDIDATE(), REVIEW_OPTIONS()],
      [{ birthDate: '1955-05-20', priorTerms: 2, termExtension: { vote2of3: true, registrationApproval: false } }, { role: 'secretary_general', association: ASSOCIATION(), electionDate: '2026-05-20', phase: 'post-election', asOf: '2026-06-01' }],
      [CANDIDATE(), { ...REVIEW_OPTIONS(), registry: indexRegistry([{ association: 'B7', role: 'president', personId: 'p1' }]) }],
    ],
    echoes: REVIEW_ECHOES,
  },
  reviewSlate: {
    examples: () => [
      [slate(), { association: ASSOCIATION(), electionDate: '2026-05-20', rules: HOST_RULES() }],
      [slate(), { association: ASSOCIATION(), electionDate: '2026-05-20', registry: [{ association: 'B7', role: 'president', personId: 'p2' }] }],
    ],
    echoes: REVIEW_ECHOES,
  },
  // The bodies named in the context are the host's own names, returned as given.
  reviewerFor: { echoes: ['name'], examples: () => [[ASSOCIATION(), { industryPartyCommittee: null }], [{ id: 'A3', management: 'supervised' }, { industryPartyCommittee: '市物流行业党委', subject: 'leader' }], [{ id: 'A4', management: 'territorial' }, { subject: 'party_secretary', superiorPartyOrganization: '上级党组织' }]] },
  trainingCoverage: {
    examples: () => [
      [
        [
          { personId: 'p1', role: 'party_secretary', trainings: ['2025-04-02'] },
          { personId: 'p2', role: 'party_secretary', trainings: [], association: 'A1' },
          { personId: 'p3', role: 'party_instructor', trainings: ['2024-12-30'] },
        ],
        { period: { from: '2025-01-01', to: '2025-12-31' } },
      ],
      [[{ personId: 'p1', role: 'party_instructor', trainings: ['2025-04-02'] }], { period: { from: '2025-01-01', to: '2025-12-31' }, roles: ['party_instructor'], decimals: 2 }, ['training']],
    ],
    rates: ['rate'],
    echoes: ['association'],
  },
  getAssociationProfile: { examples: () => [['national-2015']], echoes: 'all' },
};
