/**
 * `certificationDeadline`: the Jiangsu 16条's rule for new hires, "在具备社会工作者职业资格考试报名条件后，应在3年内取得
 * 相应职业资格证书" (U31). The day a worker first meets the exam conditions (U33: an education and full years of social
 * work, counted from the start of community work as the Civil Code counts years), the day the 3 years start (a
 * declared reading), the deadline (the corresponding day, included), and whether the worker is certified in time,
 * still within the 3 years, not yet eligible, or overdue. Workers hired before the 16条 took effect are not bound by
 * it; its date of effect was not seen (see {@link newHireStatus}).
 * @module
 */
import {
  addDays,
  envelope,
  explainedScope,
  isGap,
  profileAt,
  readOptions,
  tryPeriodEnd,
  type Scope,
  type Bilingual,
  type CalendarDate,
  type PeriodConvention,
  type ResultEnvelope,
} from '../core/index.js';
import { BASIS } from './basis.js';
import { finding, type WorkforceFinding } from './finding.js';
import { workforceMessages as M } from './messages.js';
import { ITEM_OPTIONS, type WorkforceOptions } from './options.js';
import { readCertification, type CertificationRules, type ExamEducation, type ExamRoute } from './params.js';
import { fieldLabel, inService, notInService, DOMAIN } from './worker.js';
import { workforceWorkerRecord, type WorkforceWorker } from './records.js';

/**
 * Where a worker stands against the 3-year rule: `certified` (on or before the deadline, or undated while the deadline
 * has not passed), `certified_late` (after it), `pending` (eligible, within the 3 years), `not_yet_eligible` (the
 * conditions are met later), `overdue`, `not_new_hire` (hired before the 16条), `no_route` (no exam condition fits the
 * education), `not_in_service` on the date, or `undetermined`.
 * @category Workforce
 */
export type CertificationStatus =
  | 'certified'
  | 'certified_late'
  | 'pending'
  | 'not_yet_eligible'
  | 'overdue'
  | 'not_new_hire'
  | 'no_route'
  | 'not_in_service'
  | 'undetermined';

/** What the certification rule decided for one worker. @internal */
export interface CertificationEvaluation {
  readonly outcome: WorkforceFinding['outcome'];
  readonly status: CertificationStatus;
  readonly eligibleFrom: CalendarDate | null;
  readonly route: ExamRoute | null;
  readonly clockStart: CalendarDate | null;
  readonly deadline: CalendarDate | null;
  readonly certifiedOn: CalendarDate | null;
  /** The finding, when the scope records. */
  readonly finding: WorkforceFinding | undefined;
}

const RULE = 'workforce.certification';

/** The exam education of a worker, or the field that is missing. @internal */
export function examEducation(w: WorkforceWorker): ExamEducation | 'education' | 'subBachelorEducation' {
  if (w.education === undefined) return 'education';
  if (w.education !== 'college_or_below') return w.education;
  return w.subBachelorEducation ?? 'subBachelorEducation';
}

/** The first day a route is met: its education held and its full years of social work done. */
function routeDate(
  route: ExamRoute,
  eduDate: CalendarDate,
  start: CalendarDate,
  convention: PeriodConvention,
): CalendarDate | undefined {
  if (route.freshGraduate === true || route.years === 0) return eduDate;
  const end = tryPeriodEnd(start, { years: route.years! }, { convention, path: ['serviceStart'] });
  if (!end.determined) return undefined;
  // "满N年": the N years are full at the end of the period's last day, so the condition holds from the next day.
  const full = addDays(end.value.end, 1);
  return full > eduDate ? full : eduDate;
}

/** The first day any route is met, for one reading of the major (`undefined` when none fits). */
function firstEligible(
  level: ExamEducation,
  socialWork: boolean,
  eduDate: CalendarDate,
  start: CalendarDate,
  rules: CertificationRules,
): { date: CalendarDate; route: ExamRoute } | undefined {
  let best: { date: CalendarDate; route: ExamRoute } | undefined;
  for (const route of rules.routes) {
    // A route counted after a certificate is for a worker who already holds one, and so has complied.
    if (route.afterCertificate !== undefined || !route.education.includes(level)) continue;
    if ((route.major === 'social_work' && !socialWork) || (route.major === 'other' && socialWork)) continue;
    const date = routeDate(route, eduDate, start, rules.convention);
    if (date !== undefined && (best === undefined || date < best.date)) best = { date, route };
  }
  return best;
}

const EDUCATION_LABELS: Readonly<Record<ExamEducation, Bilingual>> = {
  below_secondary: { zh: '初中及以下', en: 'junior secondary or below' },
  secondary: { zh: '高中或中专', en: 'senior secondary' },
  college: { zh: '大专', en: 'college (大专)' },
  bachelor: { zh: '本科', en: "bachelor's" },
  master: { zh: '硕士', en: "master's" },
  doctorate: { zh: '博士', en: 'doctorate' },
};

/** A route in words. @internal */
export function routeText(route: ExamRoute, level: ExamEducation): Bilingual {
  return M.text('route', {
    level: route.level,
    education: EDUCATION_LABELS[level],
    major: route.major,
    years: route.years ?? null,
    fresh: route.freshGraduate === true,
  });
}

/**
 * Whether a worker who started community work on `start` is a new hire under the 16条: hired on or after its date of
 * effect. That date was not seen: until the host supplies `workforce.rule.inForceFrom`, a worker hired before the
 * earliest date it can have (`workforce.rule.notBefore`, the central opinion it implements) is not bound, one hired on
 * or after the latest (`workforce.rule.issuedBy`, the day it was reported issued) is, and one hired between them is
 * undetermined (the date of effect missing).
 * @internal
 */
export function newHireStatus(
  start: CalendarDate,
  scope: Scope,
): { status: 'yes' | 'no' | 'unknown'; text: () => Bilingual } {
  const known = scope.at.get<string>('workforce.rule.inForceFrom');
  if (!isGap(known)) {
    const d = scope.param<string>('workforce.rule.inForceFrom')!.value;
    return start >= d
      ? { status: 'yes', text: () => M.text('hire_after', { start, date: d }) }
      : { status: 'no', text: () => M.text('hire_before', { start, date: d }) };
  }
  const lo = scope.param<string>('workforce.rule.notBefore');
  if (lo !== undefined && start < lo.value)
    return { status: 'no', text: () => M.text('hire_before_bound', { start, date: lo.value }) };
  const hi = scope.param<string>('workforce.rule.issuedBy');
  if (hi !== undefined && start >= hi.value)
    return { status: 'yes', text: () => M.text('hire_after_bound', { start, date: hi.value }) };
  scope.gap(known);
  const from = lo?.value ?? null;
  const to = hi?.value ?? null;
  return { status: 'unknown', text: () => M.text('hire_unknown', { start, from, to }) };
}

const LABEL = (): Bilingual => M.text('label_certification');

/** The evaluation; its finding (and its words) only when the scope records (an explained result, or an explained row). */
function result(
  scope: Scope,
  outcome: WorkforceFinding['outcome'],
  status: CertificationStatus,
  text: () => Bilingual,
  parts: Partial<Omit<CertificationEvaluation, 'outcome' | 'status' | 'finding'>> = {},
  missing: readonly string[] = [],
): CertificationEvaluation {
  const date = parts.deadline ?? null;
  const citation = status === 'no_route' ? BASIS.exam : BASIS.certification;
  return {
    outcome,
    status,
    eligibleFrom: parts.eligibleFrom ?? null,
    route: parts.route ?? null,
    clockStart: parts.clockStart ?? null,
    deadline: date,
    certifiedOn: parts.certifiedOn ?? null,
    finding: scope.trace.recording
      ? finding(scope.trace, RULE, LABEL(), outcome, text(), citation, date, missing)
      : undefined,
  };
}

/** Records missing inputs and returns their names. */
function need(scope: Scope, names: readonly string[]): string[] {
  for (const n of names) scope.need(n, fieldLabel(n));
  return [...names];
}

/**
 * The certification rule for one worker, in `scope` (the worker is in service on its date).
 * @internal
 */
export function evaluateCertification(w: WorkforceWorker, scope: Scope): CertificationEvaluation {
  const asOf = scope.asOf;
  const before = scope.missing.length;
  const missingSince = () => scope.missing.slice(before);
  const rules = readCertification(scope);
  if (rules === undefined)
    return result(
      scope,
      'undetermined',
      'undetermined',
      () => M.text('certification_rules_missing'),
      {},
      missingSince(),
    );
  const start = w.serviceStart;
  if (start === undefined)
    return result(
      scope,
      'undetermined',
      'undetermined',
      () => M.text('certification_needs', { fields: [fieldLabel('serviceStart')] }),
      {},
      need(scope, ['serviceStart']),
    );
  const hire = newHireStatus(start, scope);
  if (hire.status === 'no') return result(scope, 'not_applicable', 'not_new_hire', hire.text);
  const cert = w.certificate;
  const certifiedOn = cert?.obtained !== undefined && cert.obtained <= asOf ? cert.obtained : null;
  const level = examEducation(w);
  if (level === 'education' || level === 'subBachelorEducation') {
    if (hire.status === 'unknown') need(scope, [level]);
    else
      return result(
        scope,
        'undetermined',
        'undetermined',
        () => M.text('certification_needs', { fields: [fieldLabel(level)] }),
        {},
        need(scope, [level]),
      );
  }
  if (hire.status === 'unknown') return result(scope, 'undetermined', 'undetermined', hire.text, {}, missingSince());
  const lvl = level as ExamEducation;
  const eduDate = w.educationObtained ?? start;
  const sw = w.socialWorkDegree;
  const a = firstEligible(lvl, sw ?? true, eduDate, start, rules);
  const b = sw === undefined ? firstEligible(lvl, false, eduDate, start, rules) : a;
  if (a === undefined && b === undefined) {
    if (certifiedOn !== null)
      return result(scope, 'pass', 'certified', () => M.text('certified_no_route', { on: certifiedOn }), {
        certifiedOn,
      });
    return result(scope, 'not_applicable', 'no_route', () => M.text('no_route', { education: EDUCATION_LABELS[lvl] }));
  }
  const deadlineOf = (e: { date: CalendarDate; route: ExamRoute } | undefined) => {
    if (e === undefined) return undefined;
    const clockStart = rules.clockStart === 'eligible' || e.date >= start ? e.date : start;
    const end = tryPeriodEnd(
      clockStart,
      { years: rules.years },
      { convention: rules.convention, path: ['serviceStart'] },
    );
    return end.determined ? { ...e, clockStart, deadline: end.value.end } : undefined;
  };
  if (a?.date !== b?.date) {
    // The social work major decides the date: only a certificate obtained by the earlier deadline decides without it.
    const earliest = [deadlineOf(a)?.deadline, deadlineOf(b)?.deadline]
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    if (certifiedOn !== null && earliest !== undefined && certifiedOn <= earliest)
      return result(scope, 'pass', 'certified', () => M.text('certified', { on: certifiedOn, deadline: earliest }), {
        certifiedOn,
        deadline: earliest,
      });
    return result(
      scope,
      'undetermined',
      'undetermined',
      () => M.text('major_decides', { withDegree: a?.date ?? null, without: b?.date ?? null }),
      {},
      need(scope, ['socialWorkDegree']),
    );
  }
  // The same date either way: the route named does not assume a degree the input does not give.
  const e = deadlineOf(sw === undefined ? b : a);
  if (e === undefined)
    return result(
      scope,
      'undetermined',
      'undetermined',
      () => M.text('calendar_missing'),
      {},
      need(scope, ['calendar']),
    );
  const parts = { eligibleFrom: e.date, route: e.route, clockStart: e.clockStart, deadline: e.deadline };
  const how = () => ({
    route: routeText(e.route, lvl),
    eligible: e.date,
    start: e.clockStart,
    deadline: e.deadline,
    fromHire: e.clockStart !== e.date,
    educationDateAssumed: w.educationObtained === undefined,
  });
  if (scope.trace.recording)
    scope.trace.rule({
      rule: 'workforce.exam',
      text: M.text('eligible', how()),
      source: BASIS.exam,
      effectiveFrom: e.date,
    });
  if (certifiedOn !== null) {
    return certifiedOn <= e.deadline
      ? result(scope, 'pass', 'certified', () => M.text('certified', { on: certifiedOn, deadline: e.deadline }), {
          ...parts,
          certifiedOn,
        })
      : result(
          scope,
          'fail',
          'certified_late',
          () => M.text('certified_late', { on: certifiedOn, deadline: e.deadline }),
          { ...parts, certifiedOn },
        );
  }
  if (cert !== undefined && cert.obtained === undefined) {
    if (asOf <= e.deadline)
      return result(scope, 'pass', 'certified', () => M.text('certified_undated', { deadline: e.deadline }), parts);
    return result(
      scope,
      'undetermined',
      'undetermined',
      () => M.text('certified_undated_late', { deadline: e.deadline }),
      parts,
      need(scope, ['certificate.obtained']),
    );
  }
  if (e.date > asOf) return result(scope, 'pass', 'not_yet_eligible', () => M.text('not_yet_eligible', how()), parts);
  if (asOf <= e.deadline) return result(scope, 'pass', 'pending', () => M.text('pending', how()), parts);
  return result(scope, 'fail', 'overdue', () => M.text('overdue', how()), parts);
}

/**
 * The result of {@link certificationDeadline}.
 * @category Workforce
 */
export interface CertificationDeadline extends ResultEnvelope<'workforce-certification'> {
  /** The worker's id, if given. */
  readonly id: string | number | null;
  /** Where the worker stands. */
  readonly status: CertificationStatus;
  /** The first day the worker meets the exam conditions (may be after `asOf`), or `null`. */
  readonly eligibleFrom: CalendarDate | null;
  /** The exam condition met first (its level, education, major and years), or `null`. */
  readonly route: ExamRoute | null;
  /** The day the 3 years start (see `workforce.certification.clockStart`), or `null`. */
  readonly clockStart: CalendarDate | null;
  /** The last day to obtain the certificate (included), or `null`. */
  readonly deadline: CalendarDate | null;
  /** The day the certificate was obtained, when it was by `asOf`. */
  readonly certifiedOn: CalendarDate | null;
  /** The finding (with its article). */
  readonly finding: WorkforceFinding;
}

/**
 * A worker's deadline to obtain a 社会工作者职业资格证书 under the Jiangsu 16条 (U31, M): the first day they meet the exam
 * conditions of the profile's `workforce.exam.routes` (U33: e.g. 其他专业大专 + 4 full years of social work, counted
 * from `serviceStart` as the Civil Code counts years, the condition holding from the day after the 4th anniversary;
 * the education counts from `educationObtained`, or from `serviceStart` when that is not given), the 3 years counted
 * from that day or, by the default reading, from the hire when later, and the corresponding day 3 years on as the last
 * day. Outcome: `pass` (certified in time, within the 3 years, or not yet eligible), `fail` (overdue, or certified
 * late), `not_applicable` (hired before the 16条 took effect, no exam condition fits the education, or not in service
 * on `asOf`), `undetermined` with `missing` (an education, the level of a 大专及以下 education, the social work major when
 * it changes the date, the certificate's date after the deadline, or the 16条's date of effect for a worker hired
 * between 2024-03-28 and 2026-01-09: the date was not seen, and the host supplies `workforce.rule.inForceFrom`).
 * @param worker - a community worker (see `workforceWorkerRecord`)
 * @param options - `asOf` (required), `profile`
 * @category Workforce
 * @example
 * ```ts
 * const w = { serviceStart: '2026-03-01', education: 'college_or_below', subBachelorEducation: '大专', socialWorkDegree: false };
 * const r = certificationDeadline(w, { asOf: '2030-06-01' });
 * [r.eligibleFrom, r.deadline, r.status]; // ['2030-03-02', '2033-03-02', 'pending'] (其他专业大专 + 4 years)
 * ```
 */
export function certificationDeadline(worker: unknown, options: WorkforceOptions): CertificationDeadline {
  const o = readOptions(options, ITEM_OPTIONS);
  const w = workforceWorkerRecord.parse(worker);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const e = inService(w, o.asOf) ? evaluateCertification(w, scope) : notInServiceCertification(w, scope);
  return {
    ...envelope(
      DOMAIN,
      'workforce-certification',
      e.outcome,
      scope,
      explain(M.text('summary_certification', { status: e.status, deadline: e.deadline })),
    ),
    id: w.id ?? null,
    status: e.status,
    eligibleFrom: e.eligibleFrom,
    route: e.route,
    clockStart: e.clockStart,
    deadline: e.deadline,
    certifiedOn: e.certifiedOn,
    finding: e.finding!,
  };
}

/** The certification result of a worker not in service on the date. @internal */
export function notInServiceCertification(w: WorkforceWorker, scope: Scope): CertificationEvaluation {
  return result(scope, 'not_applicable', 'not_in_service', () => notInService(w, scope.asOf));
}
