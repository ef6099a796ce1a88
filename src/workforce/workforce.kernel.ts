/**
 * The roster kernel: the certification and exit decisions of an unexplained roster row, fast. It reads the profile
 * through a Scope once (the same reads as the readable path) and then, per worker:
 * - certification: the readable rule itself (`evaluateCertification` on a fresh Scope), once per distinct combination
 *   of what it reads (start of service, certificate date, education and its level and date, social work degree); a
 *   worker hired before the 16条 took effect shares one result, decided by comparing the start with the date of effect;
 * - exit: the yearly assessments scanned as numbers for the runs of `workforce.exit.consecutiveFail` 不合格 and
 *   `workforce.exit.consecutiveBasicPass` 基本合格 (the latest run of each, as the readable path finds it).
 * Rows it does not decide as numbers (an exit case the host found) go through the readable path, as do explained
 * rows; a year not given is decided here as the readable path decides it (missing when it could complete a run).
 * A differential test holds it equal to the readable path, row by row.
 * @module
 * @internal
 */
import { checkedYearOf, firstWholeYearOf } from '../core/calendar-date.js';
import { isGap, Scope, sharedList, type Outcome, type ParametersAt, type Warning } from '../core/index.js';
import { evaluateCertification } from './certification.js';
import { caseLabel, type ExitTrigger } from './exit.js';
import { readCertification, readExit, type ExitRules } from './params.js';
import type { WorkforceWorker } from './records.js';
import type { Parts, WorkerRow } from './roster.js';

/** What the kernel decided for one worker (one object, reused: copy what you keep). @internal */
export interface KernelRow {
  outcome: Outcome;
  certification: WorkerRow['certification'];
  exit: WorkerRow['exit'];
  warnings: readonly Warning[];
  missing: readonly string[];
}

/** The kernel over a profile on a date. @internal */
export interface WorkforceKernel {
  /** The decisions for a worker checked by the record, or `undefined` when the readable path must decide. */
  row(w: WorkforceWorker, serving: boolean): KernelRow | undefined;
}

type Certification = NonNullable<WorkerRow['certification']>;
type Exit = NonNullable<WorkerRow['exit']>;

/** A certification decided once and shared by every worker with the same facts. */
interface CertEntry {
  readonly certification: Certification;
  readonly warnings: readonly Warning[];
  readonly missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);
const NO_WARNINGS: readonly Warning[] = Object.freeze([]);
const NO_TRIGGERS: readonly ExitTrigger[] = Object.freeze([]);
const ASSESSMENTS: readonly string[] = Object.freeze(['assessments']);
const NO_CERTIFICATE = Symbol('no certificate');
const UNDATED = Symbol('undated certificate');
const NOT_IN_SERVICE_CERT: Certification = Object.freeze({
  outcome: 'not_applicable',
  status: 'not_in_service',
  eligibleFrom: null,
  deadline: null,
  certifiedOn: null,
});
const exitOf = (outcome: Exit['outcome']): Exit => Object.freeze({ outcome, triggers: NO_TRIGGERS });
const EXIT: Readonly<Record<'pass' | 'undetermined' | 'not_applicable', Exit>> = {
  pass: exitOf('pass'),
  undetermined: exitOf('undetermined'),
  not_applicable: exitOf('not_applicable'),
};
const RANK: Readonly<Record<Outcome, number>> = { not_applicable: 0, computed: 1, pass: 1, undetermined: 2, fail: 3 };
/** Distinct certification facts kept at most (a roster of a million has a few thousand; past this the memo restarts). */
const MEMO_LIMIT = 200_000;

/** Merges warnings as a Scope does (each code and text once, in order). */
function mergeWarnings(a: readonly Warning[], b: readonly Warning[]): readonly Warning[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [...a];
  for (const w of b) if (!out.some((x) => x === w || (x.code === w.code && x.en === w.en))) out.push(w);
  return sharedList(out);
}

/**
 * The kernel for the checks a roster runs on a date, or `undefined` when the whole roster should take the readable
 * path (a certification or exit rule has no value on the date, or the 16条's date of effect is unknown and a bound
 * is missing too: the readable path then says what is missing).
 * @internal
 */
export function workforceKernel(at: ParametersAt, parts: Parts): WorkforceKernel | undefined {
  let exitRules: ExitRules | undefined;
  let exitWarnings: readonly Warning[] = NO_WARNINGS;
  if (parts.exit) {
    const s = new Scope(at);
    exitRules = readExit(s);
    if (exitRules === undefined) return undefined;
    exitWarnings = s.warnings.length === 0 ? NO_WARNINGS : sharedList(s.warnings);
  }
  // The date of effect as newHireStatus compares it: known, or the two bounds.
  let inForce: string | undefined;
  let lo: string | undefined;
  let hi: string | undefined;
  if (parts.certification) {
    if (readCertification(new Scope(at)) === undefined) return undefined;
    const known = at.get<string>('workforce.rule.inForceFrom');
    if (!isGap(known)) inForce = known.value;
    else {
      const l = at.get<string>('workforce.rule.notBefore');
      const h = at.get<string>('workforce.rule.issuedBy');
      if (isGap(l) || isGap(h)) return undefined;
      lo = l.value;
      hi = h.value;
    }
  }
  const asOf = at.date;
  const year = checkedYearOf(asOf);
  const memo = new Map<unknown, unknown>();
  let entries = 0;
  let notNewHire: CertEntry | undefined;
  const merged = new Map<readonly Warning[], readonly Warning[]>();
  let lastCertWarnings: readonly Warning[] | undefined;
  let lastMerged: readonly Warning[] = NO_WARNINGS;
  const out: KernelRow = {
    outcome: 'not_applicable',
    certification: null,
    exit: null,
    warnings: NO_WARNINGS,
    missing: NONE,
  };

  /** The readable rule's decision for `w`, in a Scope of its own. */
  const decide = (w: WorkforceWorker): CertEntry => {
    const s = new Scope(at);
    const e = evaluateCertification(w, s);
    const certification: Certification = Object.freeze({
      outcome: e.outcome,
      status: e.status,
      eligibleFrom: e.eligibleFrom,
      deadline: e.deadline,
      certifiedOn: e.certifiedOn,
    });
    return {
      certification,
      warnings: s.warnings.length === 0 ? NO_WARNINGS : sharedList(s.warnings),
      missing: s.missing.length === 0 ? NONE : Object.freeze([...s.missing]),
    };
  };

  const certificationOf = (w: WorkforceWorker): CertEntry => {
    const start = w.serviceStart;
    if (start !== undefined && (inForce !== undefined ? start < inForce : start < lo!))
      return (notNewHire ??= decide(w));
    // start → certificate date → education → its level → its date → social work degree: a lookup builds no key.
    const c = w.certificate;
    const node = step(
      step(
        step(step(step(memo, start), c === undefined ? NO_CERTIFICATE : (c.obtained ?? UNDATED)), w.education),
        w.subBachelorEducation,
      ),
      w.educationObtained,
    );
    let e = node.get(w.socialWorkDegree) as CertEntry | undefined;
    if (e === undefined) {
      if (++entries > MEMO_LIMIT) {
        memo.clear();
        entries = 0;
        return decide(w);
      }
      node.set(w.socialWorkDegree, (e = decide(w)));
    }
    return e;
  };

  /** The exit decision, or `undefined` for the readable path; `missing` set on `out`. */
  const exitOfWorker = (w: WorkforceWorker, rules: ExitRules): Exit | undefined => {
    if (w.exitFlags !== undefined && w.exitFlags.length > 0) return undefined;
    const a = w.assessments as Readonly<Record<string, string>> | undefined;
    // Years are array-index keys, enumerated in ascending order: the first is the earliest given. Given years after
    // the date's year are not read; the date's own year, when given, is the last read.
    let first = -1;
    if (a !== undefined) {
      for (const k in a) {
        first = Number(k);
        break;
      }
    }
    const given = first >= 0 && first <= year;
    const last = given && a![year] !== undefined ? year : year - 1;
    const s = w.serviceStart;
    const startYear = s === undefined ? -1 : firstWholeYearOf(s);
    if (!given) {
      if (startYear >= 0 && startYear > last) return EXIT.not_applicable;
      out.missing = ASSESSMENTS;
      return EXIT.undetermined;
    }
    if (startYear >= 0 && startYear < first && startYear <= last) first = startYear;
    // From the last year down: the first run of n found is the latest one, as the readable path finds it.
    let fail = 0;
    let basic = 0;
    let failFrom = -1;
    let basicFrom = -1;
    let gap = false;
    for (let y = last; y >= first; y--) {
      const r = a![y];
      if (r === undefined) gap = true;
      fail = r === 'fail' ? fail + 1 : 0;
      basic = r === 'basic_pass' ? basic + 1 : 0;
      if (fail === rules.fail && failFrom < 0) failFrom = y;
      if (basic === rules.basicPass && basicFrom < 0) basicFrom = y;
    }
    if (failFrom < 0 && basicFrom < 0) {
      if (!gap) return EXIT.pass;
      // A year not given that could complete a run (every given year of its run has the result) is missing; with
      // none, the years given decide: no case.
      const open = openYears(a!, first, last, rules.fail, rules.basicPass);
      if (open === undefined) return EXIT.pass;
      out.missing = open;
      return EXIT.undetermined;
    }
    const triggers: ExitTrigger[] = [];
    if (failFrom >= 0)
      triggers.push({
        case: 'consecutive_fail',
        label: caseLabel('case_fail', rules.fail),
        years: yearsFrom(failFrom, rules.fail),
      });
    if (basicFrom >= 0)
      triggers.push({
        case: 'consecutive_basic_pass',
        label: caseLabel('case_basic', rules.basicPass),
        years: yearsFrom(basicFrom, rules.basicPass),
      });
    return { outcome: 'fail', triggers };
  };

  return {
    row(w, serving) {
      out.missing = NONE;
      if (!serving) {
        out.outcome = 'not_applicable';
        out.certification = parts.certification ? NOT_IN_SERVICE_CERT : null;
        out.exit = parts.exit ? EXIT.not_applicable : null;
        out.warnings = NO_WARNINGS;
        return out;
      }
      let exit: Exit | null = null;
      if (exitRules !== undefined) {
        const e = exitOfWorker(w, exitRules);
        if (e === undefined) return undefined;
        exit = e;
      }
      let outcome: Outcome = 'computed';
      let warnings = exitWarnings;
      if (parts.certification) {
        const c = certificationOf(w);
        out.certification = c.certification;
        outcome = c.certification.outcome;
        if (c.missing.length > 0)
          out.missing =
            out.missing.length === 0 ? c.missing : [...c.missing, ...out.missing.filter((m) => !c.missing.includes(m))];
        if (exit !== null) {
          // Rows mostly share one certification warning list: the last merge is known without a lookup.
          if (c.warnings !== lastCertWarnings) {
            let m = merged.get(c.warnings);
            if (m === undefined) merged.set(c.warnings, (m = mergeWarnings(c.warnings, exitWarnings)));
            lastCertWarnings = c.warnings;
            lastMerged = m;
          }
          warnings = lastMerged;
        } else warnings = c.warnings;
      } else out.certification = null;
      if (exit !== null)
        outcome = parts.certification ? (RANK[exit.outcome] > RANK[outcome] ? exit.outcome : outcome) : exit.outcome;
      out.outcome = outcome;
      out.exit = exit;
      out.warnings = warnings;
      return out;
    },
  };
}

/**
 * The names (`assessments.2024`, ascending) of the years from `from` to `to` not given that could complete a run of
 * `fail` 不合格 or `basic` 基本合格 years (as the readable path's `runs` finds them when no run is complete), or
 * `undefined` when there is none.
 */
function openYears(
  a: Readonly<Record<string, string>>,
  from: number,
  to: number,
  fail: number,
  basic: number,
): readonly string[] | undefined {
  let open: Set<number> | undefined;
  for (const [n, result] of [
    [fail, 'fail'],
    [basic, 'basic_pass'],
  ] as const) {
    for (let end = to; end - n + 1 >= from; end--) {
      let given = true;
      let matches = true;
      for (let y = end - n + 1; y <= end; y++) {
        const r = a[y];
        if (r === undefined) given = false;
        else if (r !== result) {
          matches = false;
          break;
        }
      }
      if (!matches || given) continue;
      for (let y = end - n + 1; y <= end; y++) if (a[y] === undefined) (open ??= new Set()).add(y);
    }
  }
  if (open === undefined) return undefined;
  return Object.freeze([...open].sort((x, y) => x - y).map((y) => `assessments.${y}`));
}

/** The next level of a table of maps (made on first use). */
function step(node: Map<unknown, unknown>, key: unknown): Map<unknown, unknown> {
  let next = node.get(key) as Map<unknown, unknown> | undefined;
  if (next === undefined) node.set(key, (next = new Map()));
  return next;
}

function yearsFrom(from: number, n: number): number[] {
  const years = new Array<number>(n);
  for (let i = 0; i < n; i++) years[i] = from + i;
  return years;
}
