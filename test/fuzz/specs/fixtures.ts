/**
 * Valid inputs the fuzz specs start from (each spec breaks them in every way the harness knows). Factories, so every
 * call gets fresh objects.
 */
import { profileToJson, withOverrides, type Profile, type ProfilePatch } from '../../../src/core/profile.js';
import { salaryProfiles } from '../../../src/salary/index.js';
import { toyProfileJson } from '../../core/kit/toy-domain.js';

export const TREE_JSON = () => ({
  title: '测试市',
  source: 'fuzz fixture',
  city: { code: '990100', name: '测试市' },
  counties: [
    { code: '990101', name: '甲区', kind: 'district' },
    { code: '990102', name: '乙县', kind: 'county' },
  ],
  townships: [
    { code: '990101001', name: '甲街道', kind: 'subdistrict', parent: '990101' },
    { code: '990101100', name: '甲镇', kind: 'town', parent: '990101' },
    { code: '990102100', name: '乙镇', kind: 'town', parent: '990102' },
  ],
  villages: [
    { code: '990101001001', name: '一社区', kind: 'residents_committee', parent: '990101001' },
    { code: '990101100201', name: '三村', kind: 'villagers_committee', parent: '990101100' },
    { code: '990102100201', name: '四村', kind: 'villagers_committee', parent: '990102100' },
  ],
});

const ent = { kind: 'non_public_enterprise', fixedSite: true, inBusiness: true };

/** A small registry touching every collection, on the tree above. */
export const REGISTRY = () => ({
  organizations: [
    { id: 'O1', divisionCode: '990101001001', ...ent, employeeCount: 20, formalPartyMembers: 5 },
    {
      id: 'O2',
      divisionCode: '990101100201',
      ...ent,
      employeeCount: 15,
      formalPartyMembers: 3,
      partyInstructorIds: ['I1'],
    },
  ],
  partyOrganizations: [
    { id: 'P1', level: 'branch', formation: 'standalone', coveredUnitIds: ['O1'], establishedOn: '2019-07-01' },
  ],
  volunteerTeams: [
    {
      id: 'VT1',
      scope: 'community',
      divisionCode: '990101001001',
      establishedOn: '2020-01-01',
      lastActivityOn: '2025-11-01',
    },
  ],
  socialWorkStations: [{ id: 'S1', divisionCode: '990101001', establishedOn: '2022-01-01' }],
  socialWorkRooms: [{ id: 'R1', divisionCode: '990101001001', establishedOn: '2023-01-01' }],
  associationEvents: [
    {
      id: 'E1',
      associationId: 'A1',
      divisionCode: '990100',
      kind: 'general_election',
      electionDate: '2025-03-10',
      reviewDate: '2025-03-01',
    },
  ],
  trainees: [
    { personId: 'T1', role: 'party_secretary', associationId: 'A1', divisionCode: '990100', trainedOn: ['2025-04-01'] },
  ],
  checklistItems: [{ id: 'office', name: '办公用房' }],
  checklistResults: [{ divisionCode: '990101001001', itemId: 'office', met: true, assessedOn: '2025-01-01' }],
  communityWorkers: [
    { id: 'W1', divisionCode: '990101001001', certificate: { level: 'intermediate', obtained: '2024-05-01' } },
  ],
});

/** A petition with every date (the entities' fixture). */
export const PETITION = (): Record<string, unknown> => ({
  id: 'XF-2026-0001',
  office: '淮安市某局',
  intake: 'transferred',
  form: 'letter',
  category: 'claim',
  route: 'opinion',
  receivedOn: '2026-02-10',
  noticeGivenOn: '2026-02-24',
  acceptedOn: '2026-02-10',
  extensionDays: 10,
  resolvedOn: '2026-04-10',
  answerReceivedOn: '2026-04-13',
  reviewRequestedOn: '2026-05-06',
});

/** A made-up 2027 holiday notice (test data, not the real one). */
export const NOTICE_2027 = () => ({
  year: 2027,
  confidence: 'H',
  sources: [{ title: '测试用2027年放假安排', issuer: '测试' }],
  holidays: [
    { name: { zh: '元旦', en: "New Year's Day" }, restDays: ['2027-01-01/2027-01-03'] },
    { name: { zh: '春节', en: 'Spring Festival' }, restDays: ['2027-02-06/2027-02-12'], workdays: ['2027-02-14'] },
  ],
});

export const WORKER = () => ({
  id: 'HA001',
  name: '示例甲',
  post: '副职',
  education: 'master',
  serviceStart: '2014-09-01',
  certificate: { level: 'intermediate', obtained: '2019-06-20' },
  assessments: { '2022': 'excellent', '2023': '优秀', '2024': 'fail' },
});

/** A host's amounts over huaian (the base, coefficients and allowance huaian never found): test values, not policy. */
export const HOST_PAY = (): Record<string, unknown> => ({
  'salary.pay.base': { set: '1000', source: { title: 'host pay document' } },
  'salary.pay.gradeCoefficients': {
    set: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(i + 1), (1 + i / 10).toFixed(2)])),
    source: { title: 'host pay document' },
  },
  'salary.pay.certificateAllowance': {
    set: { assistant: '100', intermediate: '200', senior: '300' },
    source: { title: 'host pay document' },
  },
});

/** huaian with the host's amounts, so pay is computed. */
export const HOST_SALARY = (): Profile => withOverrides(salaryProfiles.get('huaian'), HOST_PAY() as ProfilePatch);

export const CANDIDATE = () => ({
  id: 'p1',
  name: '示例甲',
  residentId: '32081219680412924X',
  birthDate: '1968-04-12',
  organizationId: 'U1',
  priorTerms: 1,
  civilServant: 'none',
  retiredCadre: false,
  politicalRightsDeprived: false,
  fullCivilCapacity: true,
  associationPosts: [{ associationId: 'B7', role: 'vice_president' }],
  reviewDate: '2026-05-01',
  extra: { debtOverdue: false },
});

export const ASSOCIATION = () => ({ id: 'A1', name: '淮安市示例行业协会', management: 'decoupled', termYears: 5 });

export const HOST_RULES = () => [
  {
    id: 'local.debt',
    label: { zh: '债务', en: 'Debt' },
    source: { title: 'Local list' },
    predicate: {
      all: [{ field: 'debtOverdue', equals: true }, { not: { field: 'age', op: 'gt', value: 65 } }],
      outcome: 'fail',
    },
  },
];

export const REVIEW_OPTIONS = () => ({
  role: 'president',
  association: ASSOCIATION(),
  electionDate: '2026-05-20',
  rules: HOST_RULES(),
  registry: [{ associationId: 'B7', role: 'secretary_general', personId: 'p1' }],
});

/** A small valid profile (the shipped huaian salary profile, as self-contained JSON). */
export const PROFILE_JSON = () => profileToJson(salaryProfiles.get('huaian'));

/** The toy profile JSON of the kit's tests: a decimal, an integer with an unknown date, a value not found. */
export const TOY_PROFILE_JSON = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(toyProfileJson)) as Record<string, unknown>;

export const PARAMETER = () => ({
  id: 'x',
  label: { zh: '示例', en: 'Example' },
  unit: 'ratio',
  type: 'decimal',
  values: [
    { effectiveFrom: '2020-01-01', value: '0.5', source: { title: 'Doc' } },
    { effectiveFrom: '2024-01-01', value: '0.7', source: { title: 'Doc' } },
  ],
});

export const CASE_DATA = () => [
  {
    name: '三名正式党员应成立支部',
    computation: 'party_organization',
    asOf: '2026-01-01',
    input: { formalPartyMembers: 3 },
    expect: { formation: 'standalone' },
  },
  {
    name: '副职硕士',
    computation: 'salary',
    asOf: '2026-01-01',
    input: { post: 'deputy', education: 'master', serviceStart: '2014-09-01' },
    overrides: HOST_PAY(),
    expect: { grade: 9, monthly: '1800.00' },
  },
];

export const CASE_TEXT = () => `description: fuzz
defaults:
  computation: grade
  asOf: 2026-01-01
cases:
  - name: 副职硕士
    input: { post: deputy, education: master, serviceStart: 2014-09-01 }
    expect: { grade: 9 }
  - 名称: 七名正式党员
    计算: party_organization
    输入: { formalPartyMembers: 7 }
    期望: { leadership: { kind: committee } }
`;
