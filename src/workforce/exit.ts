/**
 * `exitTriggers`: the exit cases of the Jiangsu 16条 (U31) a worker meets. Two are in the report: "连续两年考核不合格或者
 * 连续三年考核基本合格", computed from the yearly assessments, and "因工作失职，造成居民群众利益重大损失或者造成恶劣影响",
 * a finding of fact the host records; the other four were not seen, and the host records them too (`exitFlags`).
 * @module
 */
import {
  envelope,
  explainedScope,
  profileAt,
  readOptions,
  type Bilingual,
  type ResultEnvelope,
  type Scope,
  type Source,
} from '../core/index.js';
import { checkedYearOf, firstWholeYearOf } from '../core/calendar-date.js';
import { BASIS } from './basis.js';
import { finding, type WorkforceFinding } from './finding.js';
import { workforceMessages as M } from './messages.js';
import { ITEM_OPTIONS, type WorkforceOptions } from './options.js';
import { readExit } from './params.js';
import { exitFlagLabels, workforceWorkerRecord, type ExitFlag, type WorkforceWorker } from './records.js';
import { DOMAIN, fieldLabel, inService, notInService } from './worker.js';

/**
 * An exit case a worker meets: consecutive years assessed 不合格 or 基本合格 (with the years), or a case the host
 * found (`dereliction`, `other`).
 * @category Workforce
 */
export interface ExitTrigger {
  /** `consecutive_fail`, `consecutive_basic_pass`, or the host's `dereliction` / `other`. */
  readonly case: 'consecutive_fail' | 'consecutive_basic_pass' | ExitFlag;
  /** What it is. */
  readonly label: Bilingual;
  /** For an assessment case: the consecutive years. */
  readonly years?: readonly number[];
}

/** What the exit rule decided for one worker. @internal */
export interface ExitEvaluation {
  readonly outcome: WorkforceFinding['outcome'];
  readonly triggers: readonly ExitTrigger[];
  /** The years whose assessments were read (first given year to the last completed year), or `null`. */
  readonly years: { readonly from: number; readonly to: number } | null;
  /** The findings (only when the scope records: an explained result or row). */
  readonly findings: readonly WorkforceFinding[];
}

const NO_TRIGGERS: readonly ExitTrigger[] = Object.freeze([]);

/**
 * The assessment exit cases over the years `from`…`to`: every run of `n` consecutive years with `result`, the latest
 * first found; and, when none is complete, the years not given that could complete one (a run whose given years all
 * have the result).
 */
function runs(
  a: Readonly<Record<string, string>>,
  from: number,
  to: number,
  n: number,
  result: string,
): { found?: number[]; open: number[] } {
  let found: number[] | undefined;
  const open = new Set<number>();
  for (let end = to; end - n + 1 >= from; end--) {
    const years: number[] = [];
    let given = true;
    let matches = true;
    for (let y = end - n + 1; y <= end; y++) {
      years.push(y);
      const r = a[String(y)];
      if (r === undefined) given = false;
      else if (r !== result) matches = false;
    }
    if (!matches) continue;
    if (given) {
      found ??= years;
      continue;
    }
    for (const y of years) if (a[String(y)] === undefined) open.add(y);
  }
  return found === undefined ? { open: [...open].sort((x, y) => x - y) } : { found, open: [] };
}

/**
 * The exit cases of one worker in `scope` (in service on its date). The assessments read run from the first full
 * year of service (or the first year given, when earlier) to the last completed year (the year before `asOf`, or
 * `asOf`'s year when it is given); a year in that span not given could complete a run and is then missing.
 * @internal
 */
export function evaluateExit(w: WorkforceWorker, scope: Scope): ExitEvaluation {
  const trace = scope.trace;
  const recording = trace.recording;
  // Outcomes always; findings (and their words) only when the scope records.
  const outcomes: WorkforceFinding['outcome'][] = [];
  const findings: WorkforceFinding[] = [];
  const add = (
    rule: string,
    label: () => Bilingual,
    outcome: WorkforceFinding['outcome'],
    text: () => Bilingual,
    citation: Source,
    missing: readonly string[] = NONE,
  ) => {
    outcomes.push(outcome);
    if (recording) findings.push(finding(trace, rule, label(), outcome, text(), citation, null, missing));
  };
  const triggers: ExitTrigger[] = [];
  const flags = w.exitFlags ?? [];
  for (const f of flags) {
    triggers.push({ case: f, label: exitFlagLabels[f] });
    add(
      `workforce.exit.${f}`,
      () => M.text('label_exit_flag'),
      'fail',
      () => M.text('exit_flag', { flag: exitFlagLabels[f] }),
      BASIS.exitOther,
    );
  }
  const rules = readExit(scope);
  const label = () => M.text('label_exit');
  if (rules === undefined) {
    add('workforce.exit.assessments', label, 'undetermined', () => M.text('exit_rules_missing'), BASIS.exit, [
      ...scope.missing,
    ]);
    return {
      outcome: triggers.length > 0 ? 'fail' : 'undetermined',
      triggers: triggers.length === 0 ? NO_TRIGGERS : triggers,
      years: null,
      findings: recording ? findings : NO_FINDINGS,
    };
  }
  const year = checkedYearOf(scope.asOf);
  const a = w.assessments ?? {};
  let first: number | undefined;
  let last = year - 1;
  let given = false;
  for (const k in a) {
    const y = Number(k);
    if (y > year) continue;
    given = true;
    if (first === undefined || y < first) first = y;
    if (y > last) last = y;
  }
  // The first year the worker was in service all year (the year of a 1 January start, else the next one): from then
  // on every year has an assessment; a year given before it is read too.
  const startYear = w.serviceStart === undefined ? undefined : firstWholeYearOf(w.serviceStart);
  if (startYear !== undefined && (first === undefined || startYear < first) && startYear <= last) first = startYear;
  let years: ExitEvaluation['years'] = null;
  if (!given) {
    // No assessment on record: nothing to read unless a full year of service has been completed.
    if (startYear !== undefined && startYear > last)
      add(
        'workforce.exit.assessments',
        label,
        'not_applicable',
        () => M.text('exit_no_year', { start: w.serviceStart! }),
        BASIS.exit,
      );
    else {
      scope.need('assessments', fieldLabel('assessments'));
      add(
        'workforce.exit.assessments',
        label,
        'undetermined',
        () => M.text('exit_no_assessments'),
        BASIS.exit,
        ASSESSMENTS,
      );
    }
  } else {
    const from = first!;
    years = { from, to: last };
    const fail = runs(a, from, last, rules.fail, 'fail');
    const basic = runs(a, from, last, rules.basicPass, 'basic_pass');
    if (fail.found !== undefined)
      triggers.push({ case: 'consecutive_fail', label: caseLabel('case_fail', rules.fail), years: fail.found });
    if (basic.found !== undefined)
      triggers.push({
        case: 'consecutive_basic_pass',
        label: caseLabel('case_basic', rules.basicPass),
        years: basic.found,
      });
    if (fail.found !== undefined || basic.found !== undefined) {
      add(
        'workforce.exit.assessments',
        label,
        'fail',
        () =>
          M.text('exit_runs', {
            runs: triggers.filter((t) => t.years !== undefined).map((t) => ({ label: t.label, years: t.years! })),
          }),
        BASIS.exit,
      );
    } else {
      const open =
        fail.open.length === 0
          ? basic.open
          : basic.open.length === 0
            ? fail.open
            : [...new Set([...fail.open, ...basic.open])].sort((x, y) => x - y);
      if (open.length > 0) {
        const names = open.map((y) => `assessments.${y}`);
        for (const n of names) scope.need(n, fieldLabel(n));
        add(
          'workforce.exit.assessments',
          label,
          'undetermined',
          () => M.text('exit_open', { years: open, fail: rules.fail, basic: rules.basicPass }),
          BASIS.exit,
          names,
        );
      } else
        add(
          'workforce.exit.assessments',
          label,
          'pass',
          () => M.text('exit_none', { from, to: last, fail: rules.fail, basic: rules.basicPass }),
          BASIS.exit,
        );
    }
  }
  if (recording) trace.rule({ rule: 'workforce.exit.others', text: M.text('exit_others'), source: BASIS.exitOther });
  const outcome: WorkforceFinding['outcome'] =
    triggers.length > 0
      ? 'fail'
      : outcomes.includes('undetermined')
        ? 'undetermined'
        : outcomes.every((o) => o === 'not_applicable')
          ? 'not_applicable'
          : 'pass';
  return {
    outcome,
    triggers: triggers.length === 0 ? NO_TRIGGERS : triggers,
    years,
    findings: recording ? findings : NO_FINDINGS,
  };
}

const NONE: readonly string[] = Object.freeze([]);
const ASSESSMENTS: readonly string[] = Object.freeze(['assessments']);
const NO_FINDINGS: readonly WorkforceFinding[] = Object.freeze([]);
const caseLabels = new Map<string, Bilingual>();
/** The label of an assessment case (one object per code and number, shared by the rows; the kernel's too). @internal */
export function caseLabel(code: 'case_fail' | 'case_basic', n: number): Bilingual {
  const key = `${code}:${n}`;
  let l = caseLabels.get(key);
  if (l === undefined) caseLabels.set(key, (l = M.text(code, { n })));
  return l;
}

/**
 * The result of {@link exitTriggers}.
 * @category Workforce
 */
export interface ExitTriggers extends ResultEnvelope<'workforce-exit'> {
  /** The worker's id, if given. */
  readonly id: string | number | null;
  /** The exit cases met (empty when none). */
  readonly triggers: readonly ExitTrigger[];
  /** The years whose assessments were read, or `null`. */
  readonly years: { readonly from: number; readonly to: number } | null;
  /** One finding per rule (the assessments; each case the host found). */
  readonly findings: readonly WorkforceFinding[];
}

/**
 * The exit cases of the Jiangsu 16条 (U31, M) a worker meets on `asOf`: 2 consecutive years assessed 不合格 or 3
 * consecutive years assessed 基本合格 (the numbers are profile parameters), read over the years from the first full
 * year of service (or the first year given, when earlier) to the last completed year (the year before `asOf`); and the cases the host found (`exitFlags`: `dereliction`, the case the report
 * quotes, and `other` for the four it does not show). Outcome: `fail` (an exit case is met: `triggers` lists it with
 * its years), `pass` (none), `undetermined` with `missing` (no assessment on record, or a year not given that could
 * complete a run: `assessments.2024`), `not_applicable` (no year of service completed, or not in service on `asOf`).
 * @param worker - a community worker (see `workforceWorkerRecord`)
 * @param options - `asOf` (required), `profile`
 * @category Workforce
 * @example
 * ```ts
 * exitTriggers({ assessments: { 2024: '不合格', 2025: '不合格' } }, { asOf: '2026-03-01' }).triggers[0]?.years; // [2024, 2025]
 * exitTriggers({ assessments: { 2023: '基本合格', 2025: '基本合格' } }, { asOf: '2026-03-01' }).missing; // ['assessments.2024']
 * ```
 */
export function exitTriggers(worker: unknown, options: WorkforceOptions): ExitTriggers {
  const o = readOptions(options, ITEM_OPTIONS);
  const w = workforceWorkerRecord.parse(worker);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const e = inService(w, o.asOf) ? evaluateExit(w, scope) : notInServiceExit(w, scope);
  return {
    ...envelope(
      DOMAIN,
      'workforce-exit',
      e.outcome,
      scope,
      explain(M.text('summary_exit', { outcome: e.outcome, cases: e.triggers.map((t) => t.label) })),
    ),
    id: w.id ?? null,
    triggers: e.triggers,
    years: e.years,
    findings: e.findings,
  };
}

/** The exit result of a worker not in service on the date. @internal */
export function notInServiceExit(w: WorkforceWorker, scope: Scope): ExitEvaluation {
  if (!scope.trace.recording)
    return { outcome: 'not_applicable', triggers: NO_TRIGGERS, years: null, findings: NO_FINDINGS };
  const f = finding(
    scope.trace,
    'workforce.exit',
    M.text('label_exit'),
    'not_applicable',
    notInService(w, scope.asOf),
    BASIS.exit,
  );
  return { outcome: 'not_applicable', triggers: NO_TRIGGERS, years: null, findings: [f] };
}
