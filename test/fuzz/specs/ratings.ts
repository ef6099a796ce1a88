/** Fuzz specs of /ratings (fixtures of test/ratings and docs/cases/ratings.yaml). */
import { CIVIL_CODE_PERIODS } from '../../../src/core/index.js';
import type { Spec } from '../harness.js';

const asOf = '2026-03-01';
// Organization ids and names, the labels and sources of the profile: the host's own text, returned as given.
const ECHOES = ['id', 'name', 'source', 'label', 'divisionCode'];

/** A 民办社工机构 with every fact an evaluation reads: 4A awarded 2021-06-30, inspections 2023–2025 合格. */
export const RATED = (): Record<string, unknown> => ({
  id: 'sw-1',
  name: '淮安市某社会工作服务中心',
  kind: 'social_work_service_agency',
  divisionCode: '320812',
  legalForm: 'private_non_enterprise',
  registeredOn: '2016-03-01',
  rating: '4A',
  ratedOn: '2021-06-30',
  ratingSanctions: [],
  annualInspections: { 2023: 'qualified', 2024: 'qualified', 2025: 'qualified' },
  penalties: [],
  underInvestigation: false,
  hasPartyOrganization: true,
});

/** Never graded. */
const NEW = (): Record<string, unknown> => ({
  id: 'sw-2',
  kind: 'social_work_service_agency',
  registeredOn: '2024-06-30',
  annualInspections: { 2025: 'qualified' },
  penalties: [],
  underInvestigation: false,
});

const options = (): Record<string, unknown>[] => [
  { asOf },
  { asOf: '2026-07-01', profile: 'anhui-huaining' },
  { asOf, profile: 'suzhou-2021' },
];
const noRoll = () => ({
  ...CIVIL_CODE_PERIODS,
  id: 'no-roll',
  rollOver: 'none' as const,
  articles: { start: 'civil-code-201', monthEnd: 'civil-code-202' },
});
const yes = () => ({ socialWorkDegree: true });
const no = () => ({ socialWorkDegree: false });

export const ratingSpecs: Record<string, Spec> = {
  gradeFromScore: {
    examples: () => [
      [950, { asOf }],
      ['950.5', { asOf, profile: 'anhui-huaining' }],
      ['700', { asOf: '2026-06-01', profile: 'jiangsu' }],
    ],
    echoes: ECHOES,
  },
  gradeFromScoreBatch: {
    examples: () => [
      [[950, '951', 'x', -3, 800], { asOf, explain: true }],
      [['999.9', 0, 1000], { asOf, profile: 'anhui-huaining' }],
    ],
    echoes: ECHOES,
  },
  ratingEligibility: {
    examples: () => [
      [RATED(), { asOf, target: '4A', registeredBefore: '2024-06-30' }],
      [NEW(), { asOf }],
      [
        { ...RATED(), underInvestigation: true },
        { asOf, target: '5A级', profile: 'suzhou-2021' },
      ],
    ],
    echoes: ECHOES,
  },
  ratingEligibilityBatch: {
    examples: () => [
      [
        [RATED(), { ...RATED(), kind: 'x' }, NEW(), { ...RATED(), underInvestigation: true }],
        { asOf, target: '4A', registeredBefore: '2024-06-30', explain: true },
      ],
      [[NEW(), 'junk'], { asOf }],
    ],
    echoes: ECHOES,
  },
  ratingStatus: {
    examples: () =>
      options().flatMap((o) => [
        [RATED(), o],
        [NEW(), o],
      ]),
    echoes: ECHOES,
  },
  ratingStatusBatch: {
    examples: () =>
      options().map((o, i) => [
        [RATED(), NEW(), { ...RATED(), ratedOn: '2019-01-01' }, 7],
        i === 0 ? { ...o, explain: true } : o,
      ]),
    echoes: ECHOES,
  },
  ratingBenefits: {
    examples: () => [
      ['4A', { asOf }],
      [RATED(), { asOf }],
      ['5A', { asOf, profile: 'anhui-huaining' }],
      [{ ...RATED(), ratedOn: undefined }, { asOf }],
    ],
    echoes: ECHOES,
  },
  projectCompliance: {
    examples: () => [
      [{ staff: [yes(), yes(), yes(), no()], laborCost: '80000.00', budget: '100000.00' }, { asOf }],
      [
        {
          staff: [{ certificate: { level: 'assistant', obtained: '2020-01-01' } }, yes(), {}],
          laborCost: 79999.99,
          budget: 100000,
        },
        { asOf },
      ],
      [
        { staff: [yes()], laborCost: 80, budget: 100 },
        { asOf, isProfessional: (m: { certificate?: unknown }) => m.certificate !== undefined },
      ],
      [
        { staff: [yes()], laborCost: 80, budget: 100 },
        { asOf, profile: 'anhui-huaining' },
      ],
    ],
    // The labour cost and budget are the caller's amounts passed through: numbers, not personal data (a 15-digit
    // amount is not a resident ID; see roundYuan).
    echoes: [...ECHOES, 'amount', 'budget'],
    // The labour share is shown as it is above 1 (a cost above the budget, formatDecimalRate); the staff share is a
    // share of a count, in [0, 1].
    rates: [],
    check: (r) => {
      const rate = (r as { staff?: { rate?: unknown } }).staff?.rate;
      return rate === null || (typeof rate === 'string' && /^(0\.\d+|1(\.0+)?|0)$/.test(rate))
        ? undefined
        : `staff.rate ${String(rate)} is not a share in [0, 1]`;
    },
  },
  gradeValidity: {
    examples: () => [
      [
        { rating: '4A', ratedOn: '2021-06-30' },
        '2026-06-30',
        { validityYears: 5, renewalWindowYears: 2, convention: noRoll() },
      ],
      [
        { rating: '3A', ratedOn: '2024-02-29' },
        '2028-02-29',
        { validityYears: 5, renewalWindowYears: 2, convention: CIVIL_CODE_PERIODS },
      ],
    ],
    // The period convention is the caller's own settings, returned as given.
    echoes: [...ECHOES, 'convention'],
    // A GradeValidity is a value, not an envelope: explain() renders envelopes.
    render: false,
  },
};
