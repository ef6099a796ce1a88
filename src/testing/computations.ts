/**
 * The built-in computations a case can name, one adapter per domain function: each takes the case's input and
 * context and calls the domain's public API, so cases test exactly what hosts call.
 * @module
 */
import { explain, type ProfileRegistry } from '../core/index.js';
import { typeName } from '../core/errors.js';
import { associationProfiles, reviewCandidate, reviewSlate, reviewerFor } from '../associations/index.js';
import {
  computeCoverage,
  coverageProfiles,
  coverageReport,
  requiredPartyOrganization,
  trainingCoverage,
  type IndicatorId,
} from '../coverage/index.js';
import { parseDivisionTree } from '../divisions/index.js';
import {
  checkPetition,
  classifyPetition,
  petitionDeadlines,
  petitionProfiles,
  petitionStatus,
  reviewSuggestion,
} from '../petitions/index.js';
import {
  checkCommittee,
  checkElectionResult,
  checkMeetingQuorum,
  checkRepresentativeAssembly,
  checkResidentsCommittee,
  checkVillageCommittee,
  committeeProfiles,
  disclosureDue,
  electionSchedule,
  facilityAdequacy,
} from '../committees/index.js';
import {
  gradeFromScore,
  projectCompliance,
  ratingBenefits,
  ratingEligibility,
  ratingProfiles,
  ratingStatus,
} from '../ratings/index.js';
import { computeGrade, computeSalaries, computeSalary, projectGrade, salaryProfiles } from '../salary/index.js';
import {
  averagePayCheck,
  certificationDeadline,
  exitTriggers,
  rosterTargets,
  staffingRequirement,
  workforceProfiles,
  workforceReport,
} from '../workforce/index.js';
import type { Lang } from './case.js';
import type { ComputationContext, ComputationRegistry, PolicyComputation } from './computation.js';
import { testingMessages } from './messages.js';

function object(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    testingMessages.fail('input_not_object', [], { received: typeName(input), expected: 'object' });
  }
  return input as Record<string, unknown>;
}

/** The case's date, required by this computation. */
function asOfOf(ctx: ComputationContext): string {
  if (ctx.asOf === undefined) testingMessages.fail('as_of_required', ['asOf'], { key: 'asOf' });
  return ctx.asOf;
}

/** Options passed through from the case, then the context's date and profile (which take precedence). */
function withContext(ctx: ComputationContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...ctx.options, ...extra, ...(ctx.profile !== undefined ? { profile: ctx.profile } : {}) };
}

/** A domain's shipped profiles as a computation family: looked up by id, listed, and the default. */
function familyOf(
  registry: ProfileRegistry,
): Required<Pick<PolicyComputation, 'profile' | 'profileIds' | 'defaultProfile'>> {
  return {
    profile: (id) => (registry.ids.includes(id) ? registry.get(id) : undefined),
    profileIds: () => registry.ids,
    defaultProfile: () => registry.get(registry.defaultId),
  };
}

/** Results rendered with the one renderer, `explain(result, { lang })`. */
const rendered = { explain: (result: unknown, lang: Lang): string => explain(result, { lang }) };

/**
 * A domain function as a computation: `input` is its first argument; the case's options pass through, with the
 * context's profile and the case's date (required).
 */
function domainComputation(
  family: Pick<PolicyComputation, 'profile' | 'profileIds' | 'defaultProfile' | 'explain'>,
  label: { zh: string; en: string },
  aliases: readonly string[],
  fn: (input: unknown, options: never) => unknown,
): PolicyComputation {
  return {
    label,
    aliases,
    ...family,
    run: (input, ctx) => fn(input, { ...withContext(ctx), asOf: asOfOf(ctx) } as never),
  };
}

const salaryFamily = { ...familyOf(salaryProfiles), ...rendered };

const coverageFamily = { ...familyOf(coverageProfiles), ...rendered };

const associationFamily = familyOf(associationProfiles);

const grade: PolicyComputation = {
  label: { zh: '岗位等级', en: 'Grade' },
  aliases: ['等级', '岗位等级'],
  ...salaryFamily,
  run: (input, ctx) =>
    computeGrade(input, { ...withContext(ctx), asOf: asOfOf(ctx) } as Parameters<typeof computeGrade>[1]),
};

const salary: PolicyComputation = {
  label: { zh: '薪酬', en: 'Pay' },
  aliases: ['薪酬', '工资'],
  ...salaryFamily,
  run: (input, ctx) =>
    computeSalary(input, { ...withContext(ctx), asOf: asOfOf(ctx) } as Parameters<typeof computeSalary>[1]),
};

const salaries: PolicyComputation = {
  label: { zh: '花名册薪酬', en: 'Roster pay' },
  aliases: ['花名册薪酬', '批量薪酬'],
  ...salaryFamily,
  run: (input, ctx) =>
    computeSalaries(input, { ...withContext(ctx), asOf: asOfOf(ctx) } as Parameters<typeof computeSalaries>[1]),
};

const gradeProjection: PolicyComputation = {
  label: { zh: '等级变动预测', en: 'Grade projection' },
  aliases: ['等级预测'],
  ...salaryFamily,
  run: (input, ctx) => {
    const i = object(input);
    return projectGrade(i.worker, { ...withContext(ctx), from: i.from ?? ctx.asOf, to: i.to } as Parameters<
      typeof projectGrade
    >[1]);
  },
};

const coverage: PolicyComputation = {
  label: { zh: '覆盖率', en: 'Coverage' },
  aliases: ['覆盖率'],
  ...coverageFamily,
  run: (input, ctx) => {
    const i = object(input);
    const divisions = i.divisions === undefined ? {} : { divisions: i.divisions };
    return computeCoverage(i.indicator as IndicatorId, i.data ?? {}, {
      ...withContext(ctx, divisions),
      asOf: asOfOf(ctx),
    } as Parameters<typeof computeCoverage>[2]);
  },
};

const coverageReportComputation: PolicyComputation = {
  label: { zh: '五个全覆盖报告', en: 'Coverage report' },
  aliases: ['覆盖报告', '五个全覆盖'],
  ...coverageFamily,
  run: (input, ctx) => {
    const i = object(input);
    const divisions = i.divisions === undefined ? {} : { divisions: i.divisions };
    const indicators = i.indicators === undefined ? {} : { indicators: i.indicators };
    return coverageReport(i.data ?? {}, {
      ...withContext(ctx, { ...divisions, ...indicators }),
      asOf: asOfOf(ctx),
    } as Parameters<typeof coverageReport>[1]);
  },
};

const trainingCoverageComputation: PolicyComputation = {
  label: { zh: '双培培训覆盖率', en: 'Training coverage' },
  aliases: ['培训覆盖率', '双培'],
  ...coverageFamily,
  run: (input, ctx) => {
    const i = object(input);
    return trainingCoverage(i.trainees, {
      ...withContext(ctx, i.period === undefined ? {} : { period: i.period }),
      asOf: asOfOf(ctx),
    } as Parameters<typeof trainingCoverage>[1]);
  },
};

const partyOrganization: PolicyComputation = {
  label: { zh: '党组织设置', en: 'Party organization to set up' },
  aliases: ['党组织设置', '党支部设置'],
  ...coverageFamily,
  run: (input, ctx) =>
    requiredPartyOrganization(input, {
      ...(ctx.profile !== undefined ? { profile: ctx.profile } : {}),
      asOf: asOfOf(ctx),
    }),
};

const review: PolicyComputation = {
  label: { zh: '负责人人选审核', en: 'Candidate review' },
  aliases: ['审核', '人选审核'],
  ...associationFamily,
  run: (input, ctx) => {
    const { candidate, ...rest } = object(input);
    return reviewCandidate(candidate, { ...rest, ...withContext(ctx) });
  },
  explain: (result, lang) => explain(result, { lang }),
};

const reviewSlateComputation: PolicyComputation = {
  label: { zh: '班子审核', en: 'Slate review' },
  aliases: ['班子审核', '名单审核'],
  ...associationFamily,
  run: (input, ctx) => {
    const { slate, ...rest } = object(input);
    return reviewSlate(slate, { explain: true, ...rest, ...withContext(ctx) });
  },
  explain: (result, lang) => explain(result, { lang }),
};

const reviewer: PolicyComputation = {
  label: { zh: '审核主体', en: 'Reviewing body' },
  aliases: ['审核主体'],
  ...associationFamily,
  run: (input, ctx) => {
    const { association, ...context } = object(input);
    return reviewerFor(association, { ...context, ...withContext(ctx), asOf: ctx.asOf });
  },
  explain: (result, lang) => explain(result, { lang }),
};

const petitionFamily = { ...familyOf(petitionProfiles), ...rendered };

const ratingFamily = { ...familyOf(ratingProfiles), ...rendered };

const committeeFamily = { ...familyOf(committeeProfiles), ...rendered };

const workforceFamily = { ...familyOf(workforceProfiles), ...rendered };

/**
 * The library's computations, by the name a case uses (Chinese aliases in brackets):
 * - `grade` (等级): `computeGrade(input, { asOf, profile })`; input: a worker;
 * - `salary` (薪酬): `computeSalary(input, { asOf, profile, ...options })`; options: `benchmark`, `floorGroup`;
 * - `salaries` (花名册薪酬): `computeSalaries(input, ...)`; input: a list of workers;
 * - `grade_projection` (等级预测): `projectGrade(input.worker, { from: input.from ?? asOf, to: input.to })`;
 * - `coverage` (覆盖率): `computeCoverage(input.indicator, input.data, { asOf, divisions: input.divisions, ...options })`;
 * - `coverage_report` (覆盖报告): `coverageReport(input.data, { asOf, indicators: input.indicators, ... })`;
 * - `training_coverage` (培训覆盖率): `trainingCoverage(input.trainees, { asOf, period: input.period, ...options })`;
 * - `party_organization` (党组织设置): `requiredPartyOrganization(input, { asOf })`; input: `{ formalPartyMembers, probationaryPartyMembers, unitType }`;
 * - `review` (审核): `reviewCandidate(input.candidate, { role, association, electionDate, registry, rules, phase } from input)`;
 *   parameters are read on the election date (the result's `asOf`);
 * - `review_slate` (班子审核): `reviewSlate(input.slate, { association, electionDate, registry, ... } from input, explain: true)`;
 * - `reviewer` (审核主体): `reviewerFor(input.association, { asOf, ...the rest of input })`;
 * - `petition_deadlines` (信访期限), `petition_status` (信访状态), `petition_check` (信访核查), `petition_classification`
 *   (信访分类), `suggestion_review` (人民建议审查): the petitions functions on `input`, with `options.calendar`;
 * - `rating_grade` (评估定级), `rating_eligibility` (评估资格), `rating_status` (评估等级状态), `rating_benefits`
 *   (评估等级待遇), `project_compliance` (社工项目比例): the ratings functions on `input` (a score, an organization, a
 *   grade, a project), with `options.target`, `options.registeredBefore`, `options.calendar`;
 * - `committee_standard` (村居委会标准化核查), `village_committee` (村委会核查), `residents_committee` (居委会核查),
 *   `representative_assembly` (村民代表会议核查), `meeting_quorum` (会议人数核查), `election_schedule` (选举日程),
 *   `election_result` (选举结果核查), `disclosure_due` (村务公开期限), `facility_adequacy` (服务设施面积核查): the committees
 *   functions on `input` (`election_schedule` takes the election day or the election's dates, with `options.calendar`);
 * - `workforce_staffing` (社区工作者配备), `workforce_pay` (社区工作者平均薪酬), `workforce_targets` (持证和学历目标),
 *   `certification_deadline` (取证期限), `exit_triggers` (退出情形), `workforce_report` (社区工作者队伍报告): the workforce
 *   functions on `input` (`{ residents, workers }`, a roster, or a worker), with `options.salaryProfile` (a `/salary`
 *   profile id) and `options.divisions`.
 * A case's `profile` names one of the domain's shipped profiles (`huaian`, `nanjing-2018`, `beijing-or-quanjiao`;
 * `huaian` for coverage; `national-2015` for reviews) or a host profile.
 * @category Testing
 */
export const builtinComputations: ComputationRegistry = {
  grade,
  salary,
  salaries,
  grade_projection: gradeProjection,
  coverage,
  coverage_report: coverageReportComputation,
  training_coverage: trainingCoverageComputation,
  party_organization: partyOrganization,
  review,
  review_slate: reviewSlateComputation,
  reviewer,
  petition_deadlines: domainComputation(
    petitionFamily,
    { zh: '信访期限', en: 'Petition deadlines' },
    ['信访期限'],
    petitionDeadlines,
  ),
  petition_status: domainComputation(
    petitionFamily,
    { zh: '信访办理状态', en: 'Petition status' },
    ['信访状态'],
    petitionStatus,
  ),
  petition_check: domainComputation(
    petitionFamily,
    { zh: '信访核查', en: 'Petition check' },
    ['信访核查'],
    checkPetition,
  ),
  petition_classification: domainComputation(
    petitionFamily,
    { zh: '信访分类', en: 'Petition classification' },
    ['信访分类'],
    classifyPetition,
  ),
  suggestion_review: domainComputation(
    petitionFamily,
    { zh: '人民建议审查', en: 'Suggestion review' },
    ['人民建议审查'],
    reviewSuggestion,
  ),
  rating_grade: domainComputation(
    ratingFamily,
    { zh: '社会组织评估定级', en: 'Grade from a score' },
    ['评估定级'],
    gradeFromScore,
  ),
  rating_eligibility: domainComputation(
    ratingFamily,
    { zh: '社会组织评估资格', en: 'Evaluation eligibility' },
    ['评估资格'],
    ratingEligibility,
  ),
  rating_status: domainComputation(
    ratingFamily,
    { zh: '社会组织评估等级状态', en: 'Grade status' },
    ['评估等级状态'],
    ratingStatus,
  ),
  rating_benefits: domainComputation(
    ratingFamily,
    { zh: '社会组织评估等级待遇', en: 'Benefits of a grade' },
    ['评估等级待遇'],
    ratingBenefits,
  ),
  project_compliance: domainComputation(
    ratingFamily,
    { zh: '政府购买社工项目比例', en: 'Social work project ratios' },
    ['社工项目比例'],
    projectCompliance,
  ),
  committee_standard: domainComputation(
    committeeFamily,
    { zh: '村（居）委会标准化核查', en: 'Committee standard check' },
    ['村居委会标准化核查'],
    checkCommittee,
  ),
  village_committee: domainComputation(
    committeeFamily,
    { zh: '村民委员会核查', en: "Villagers' committee check" },
    ['村委会核查'],
    checkVillageCommittee,
  ),
  residents_committee: domainComputation(
    committeeFamily,
    { zh: '居民委员会核查', en: "Residents' committee check" },
    ['居委会核查'],
    checkResidentsCommittee,
  ),
  representative_assembly: domainComputation(
    committeeFamily,
    { zh: '村民代表会议核查', en: 'Representative assembly check' },
    ['村民代表会议核查'],
    checkRepresentativeAssembly,
  ),
  meeting_quorum: domainComputation(
    committeeFamily,
    { zh: '会议人数核查', en: 'Meeting quorum' },
    ['会议人数核查'],
    checkMeetingQuorum,
  ),
  election_schedule: domainComputation(
    committeeFamily,
    { zh: '选举日程', en: 'Election schedule' },
    ['选举日程'],
    electionSchedule,
  ),
  election_result: domainComputation(
    committeeFamily,
    { zh: '选举结果核查', en: 'Election result' },
    ['选举结果核查'],
    checkElectionResult,
  ),
  disclosure_due: domainComputation(
    committeeFamily,
    { zh: '村务公开期限', en: 'Disclosure due' },
    ['村务公开期限'],
    disclosureDue,
  ),
  facility_adequacy: domainComputation(
    committeeFamily,
    { zh: '服务设施面积核查', en: 'Facility adequacy' },
    ['服务设施面积核查'],
    facilityAdequacy,
  ),
  workforce_staffing: domainComputation(
    workforceFamily,
    { zh: '社区工作者配备', en: 'Community worker staffing' },
    ['社区工作者配备'],
    staffingRequirement,
  ),
  workforce_pay: domainComputation(
    workforceFamily,
    { zh: '社区工作者平均薪酬', en: 'Average pay of community workers' },
    ['社区工作者平均薪酬'],
    averagePayCheck,
  ),
  workforce_targets: domainComputation(
    workforceFamily,
    { zh: '持证和学历目标', en: 'Certification and education targets' },
    ['持证和学历目标'],
    rosterTargets,
  ),
  certification_deadline: domainComputation(
    workforceFamily,
    { zh: '取证期限', en: 'Certification deadline' },
    ['取证期限'],
    certificationDeadline,
  ),
  exit_triggers: domainComputation(workforceFamily, { zh: '退出情形', en: 'Exit cases' }, ['退出情形'], exitTriggers),
  workforce_report: domainComputation(
    workforceFamily,
    { zh: '社区工作者队伍报告', en: 'Community workforce report' },
    ['社区工作者队伍报告'],
    workforceReport,
  ),
};
