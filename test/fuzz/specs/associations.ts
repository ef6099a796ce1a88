/** Fuzz specs of /associations. */
import { indexRegistry } from '../../../src/associations/index.js';
import type { Spec } from '../harness.js';
import { ASSOCIATION, CANDIDATE, HOST_RULES, REVIEW_OPTIONS } from './fixtures.js';

const slate = () =>
  [
    { role: 'president', candidate: CANDIDATE() },
    {
      role: 'secretary_general',
      candidate: { ...CANDIDATE(), id: 'p2', residentId: undefined, name: '示例乙', birthDate: '1975-01-01' },
    },
    { role: 'party_secretary', candidate: { id: 'p3' } },
  ].map((s) => ({
    ...s,
    candidate: Object.fromEntries(Object.entries(s.candidate).filter(([, v]) => v !== undefined)),
  }));

// A review shows the candidate's name as given (the resident ID and ID-like person keys are masked), and the host's
// rules and the profile as written (ids, labels, sources).
const REVIEW_ECHOES = ['name', 'label', 'rule', 'source'];

export const associationSpecs: Record<string, Spec> = {
  parseCandidate: { examples: () => [[CANDIDATE()], [{ id: 'p9' }, ['candidate']]], echoes: 'all' },
  safeParseCandidate: { kind: 'safe', examples: () => [[CANDIDATE()], [{ priorTerms: -1 }]], echoes: 'all' },
  parseAssociation: { examples: () => [[ASSOCIATION()], [{ id: 'A2' }, ['association']]], echoes: 'all' },
  safeParseAssociation: { kind: 'safe', examples: () => [[ASSOCIATION()]], echoes: 'all' },
  parseHostRules: { examples: () => [[HOST_RULES()], [HOST_RULES(), ['rules']]], echoes: 'all' },
  safeParseHostRules: { kind: 'safe', examples: () => [[HOST_RULES()]], echoes: 'all' },
  indexRegistry: {
    examples: () => [
      [[{ associationId: 'B7', role: 'president', personId: 'p1' }]],
      [[{ associationId: 'B7', role: 'president', personId: 'p1' }], ['reg']],
    ],
    echoes: ['byPerson'],
  },
  reviewCandidate: {
    examples: () => [
      [CANDIDATE(), REVIEW_OPTIONS()],
      [
        { birthDate: '1955-05-20', priorTerms: 2, termExtension: { vote2of3: true, registrationApproval: false } },
        { role: 'secretary_general', association: ASSOCIATION(), electionDate: '2026-05-20', phase: 'post-election' },
      ],
      [
        CANDIDATE(),
        { ...REVIEW_OPTIONS(), registry: indexRegistry([{ associationId: 'B7', role: 'president', personId: 'p1' }]) },
      ],
    ],
    echoes: REVIEW_ECHOES,
  },
  reviewSlate: {
    examples: () => [
      [slate(), { association: ASSOCIATION(), electionDate: '2026-05-20', rules: HOST_RULES() }],
      [
        slate(),
        {
          association: ASSOCIATION(),
          electionDate: '2026-05-20',
          registry: [{ associationId: 'B7', role: 'president', personId: 'p2' }],
          explain: true,
        },
      ],
    ],
    echoes: REVIEW_ECHOES,
  },
  // The bodies named in the context are the host's own names, returned as given.
  reviewerFor: {
    echoes: ['name'],
    examples: () => [
      [ASSOCIATION(), { asOf: '2026-05-20', industryPartyCommittee: null }],
      [
        { id: 'A3', management: 'supervised' },
        { asOf: '2026-05-20', industryPartyCommittee: '市物流行业党委', subject: 'leader' },
      ],
      [
        { id: 'A4', management: 'territorial' },
        { asOf: '2026-05-20', subject: 'party_secretary', superiorPartyOrganization: '上级党组织' },
      ],
    ],
  },
};
