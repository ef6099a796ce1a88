/**
 * Valid inputs the fuzz specs start from (each spec breaks them in every way the harness knows). Factories, so every
 * call gets fresh objects.
 */
import { huaianSalaryProfile } from '../../../src/salary/index.js';

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

const ent = { category: 'non_public_enterprise', fixedSite: true, inBusiness: true };

/** A small registry touching every collection, on the tree above. */
export const REGISTRY = () => ({
  organizations: [
    { id: 'O1', unit: '990101001001', ...ent, employees: 20, formalPartyMembers: 5 },
    { id: 'O2', unit: '990101100201', ...ent, employees: 15, formalPartyMembers: 3, instructor: true },
  ],
  partyOrganizations: [{ id: 'P1', unit: '990101001001', type: 'branch', formation: 'single', members: ['O1'], established: '2019-07-01' }],
  associationEvents: [{ id: 'E1', association: 'A1', unit: '990100', type: 'general_election', electionDate: '2025-03-10', reviewDate: '2025-03-01' }],
  trainingRecords: [{ person: 'P1', role: 'party_secretary', association: 'A1', unit: '990100', trainedOn: '2025-04-01' }],
  checklistItems: [{ id: 'office', name: '办公用房' }],
  checklistResults: [{ unit: '990101001001', item: 'office', met: true, assessedOn: '2025-01-01' }],
  volunteerTeams: [{ id: 'VT1', unit: '990101001', established: '2020-01-01', lastActivityOn: '2025-11-01' }],
  stations: [{ id: 'S1', unit: '990101001', opened: '2022-01-01' }],
  communityWorkers: [{ id: 'W1', unit: '990101001001', certified: true, certificateLevel: 'intermediate', certifiedOn: '2024-05-01' }],
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

export const CANDIDATE = () => ({
  personId: 'p1',
  name: '示例甲',
  residentId: '32081219680412924X',
  birthDate: '1968-04-12',
  memberUnit: 'U1',
  priorTerms: 1,
  civilServant: 'none',
  retiredCadre: false,
  politicalRightsDeprived: false,
  fullCivilCapacity: true,
  otherPosts: [{ association: 'B7', role: 'vice_president' }],
  reviewDate: '2026-05-01',
  extra: { debtOverdue: false },
});

export const ASSOCIATION = () => ({ id: 'A1', name: '淮安市示例行业协会', management: 'decoupled', termYears: 5 });

export const HOST_RULES = () => [
  {
    id: 'local.debt',
    label: { zh: '债务', en: 'Debt' },
    citation: { title: 'Local list' },
    predicate: { all: [{ field: 'debtOverdue', equals: true }, { not: { field: 'age', op: 'gt', value: 65 } }], outcome: 'fail' },
  },
];

export const REVIEW_OPTIONS = () => ({
  role: 'president',
  association: ASSOCIATION(),
  electionDate: '2026-05-20',
  rules: HOST_RULES(),
  registry: [{ association: 'B7', role: 'secretary_general', personId: 'p1' }],
});

/** A small valid profile (the shipped huaian salary profile, as plain JSON). */
export const PROFILE_JSON = () => JSON.parse(JSON.stringify(huaianSalaryProfile)) as Record<string, unknown>;

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
  { name: '三名正式党员应成立支部', computation: 'party_organization', input: { formalMembers: 3 }, expect: { organization: 'branch' } },
  {
    name: '副职硕士',
    computation: 'salary',
    asOf: '2026-01-01',
    input: { post: 'deputy', education: 'master', serviceStart: '2014-09-01' },
    overrides: { 'salary.pay.base': '1200' },
    expect: { grade: 9, total: '3144.00' },
  },
];

export const CASE_TEXT = () => `description: fuzz
defaults:
  computation: salary
  asOf: 2026-01-01
cases:
  - name: 副职硕士
    input: { post: deputy, education: master, serviceStart: 2014-09-01 }
    expect: { grade: 9 }
  - 名称: 七名正式党员
    计算: party_organization
    输入: { formalMembers: 7 }
    期望: { leadership: { kind: committee } }
`;
