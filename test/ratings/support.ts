// Shared helpers of the ratings tests.
import type { RatingFinding } from '../../src/ratings/index.js';

export { refusal } from '../support/refusal.js';

/** The finding of a rule. */
export function finding(findings: readonly RatingFinding[], rule: string): RatingFinding {
  const f = findings.find((x) => x.rule === rule);
  if (f === undefined) throw new Error(`no finding ${rule}`);
  return f;
}

/** A 民办社工机构 with every fact an evaluation reads, clean: 4A awarded 2021-06-30, inspections 2023–2025 合格. */
export const CLEAN = {
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
} as const;

/** A 民办社工机构 never graded, with every fact an evaluation reads. */
export const NEW = {
  id: 'sw-2',
  kind: 'social_work_service_agency',
  registeredOn: '2024-06-30',
  annualInspections: { 2025: 'qualified' },
  penalties: [],
  underInvestigation: false,
} as const;
