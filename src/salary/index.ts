/**
 * 三岗十八级: community workers' grades and pay, as data-driven rules with an explanation for every number.
 *
 * - {@link computeGrade}, {@link computeSalary}, {@link computeSalaries}, {@link projectGrade}, {@link explainSalary}
 * - worker input: {@link parseWorker} / {@link safeParseWorker}
 * - profiles: {@link salaryProfiles}, {@link getSalaryProfile}; the default `huaian` profile's amounts are provisional
 * @module salary
 */
export { parseWorker, safeParseWorker, POSTS, EDUCATIONS, CERTIFICATE_LEVELS, ASSESSMENT_RESULTS } from './worker.js';
export type { Post, Education, CertificateLevel, AssessmentResult, Certificate, Worker } from './worker.js';
export { computeGrade } from './grade.js';
export type { GradeResult, GradeStep } from './grade.js';
export { computeSalary, computeSalaries } from './compute.js';
export type { SalaryOptions, SalariesOptions, PayResult, SalaryResult, SalaryRow, SalariesResult, SalariesSummary, PostSummary } from './compute.js';
export type { SalaryLine, FloorCheck } from './context.js';
export { projectGrade } from './project.js';
export type { GradeChange, GradeProjection } from './project.js';
export { explainSalary } from './explain.js';
export { MISSING_TABLE_ENTRY } from './rules.js';
export type { PayComponent, SalaryParameterId, GradeWindow } from './rules.js';
export { salaryProfiles, getSalaryProfile, huaianSalaryProfile, nanjing2018SalaryProfile, beijingOrQuanjiaoSalaryProfile } from './profiles/index.js';
