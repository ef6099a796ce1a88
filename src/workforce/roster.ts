/**
 * The roster engine every workforce check runs through: workers are read in chunks (a host's array at once, or a
 * sheet a thousand rows at a time), each is checked by its record, placed on the division tree, classified for the
 * targets, evaluated for certification and exit, and its pay computed by `/salary` (a chunk in one call); the units
 * keep counts and pay sums only, so memory does not grow with the roster. `finish` rolls the counts up the tree.
 * @module
 * @internal
 */
import {
  combineOutcomes,
  errorRow,
  explainedScope,
  isPolicyError,
  PolicyError,
  Scope,
  sharedList,
  type ErrorRow,
  type Explanation,
  type Outcome,
  type ParametersAt,
  type PolicyIssue,
  type Profile,
  type Warning,
} from '../core/index.js';
import { YuanSum, type Yuan } from '../core/money.js';
import { typeName } from '../core/errors.js';
import { computeSalaries, type SalaryRow, type Worker } from '../salary/index.js';
import { evaluateCertification, notInServiceCertification, type CertificationStatus } from './certification.js';
import { evaluateExit, notInServiceExit, type ExitTrigger } from './exit.js';
import { workforceMessages as M } from './messages.js';
import { readPay, type PayRules } from './params.js';
import { workforceWorkerRecord, type WorkforceWorker } from './records.js';
import { rollUp, unitTable, type UnitTable } from './units.js';
import { inService } from './worker.js';
import { workforceKernel, type WorkforceKernel } from './workforce.kernel.js';
import type { DivisionTree } from '../divisions/index.js';

/** Whether a worker counts toward a target: `yes`, `no`, or `unknown` (a fact is missing; listed, never met). @category Workforce */
export type TargetClass = 'yes' | 'no' | 'unknown';

/**
 * One worker of a roster, as the workforce report gives it.
 * @category Workforce
 */
export interface WorkerRow {
  /** Position in the input. */
  readonly index: number;
  /** The worse of the certification and exit outcomes; `not_applicable` when not in service on the date. */
  readonly outcome: Outcome;
  /** The worker's id, as given. */
  readonly id?: string | number;
  /** The worker's name, as given. */
  readonly name?: string;
  /** The unit the worker is counted in (`null` when no division code was given: counted for the city only). */
  readonly divisionCode: string | null;
  /** Whether the worker is in service on the date (only they are counted). */
  readonly inService: boolean;
  /** The 3-year certification rule, or `null` when not evaluated. */
  readonly certification: {
    readonly outcome: Outcome;
    readonly status: CertificationStatus;
    readonly eligibleFrom: string | null;
    readonly deadline: string | null;
    readonly certifiedOn: string | null;
  } | null;
  /** The exit cases, or `null` when not evaluated. */
  readonly exit: { readonly outcome: Outcome; readonly triggers: readonly ExitTrigger[] } | null;
  /** Whether the worker counts toward each target (`null` when not in service). */
  readonly targets: { readonly certified: TargetClass; readonly college: TargetClass } | null;
  /** The worker's annual pay as counted for the average (`null` when not computed or not evaluated). */
  readonly pay: {
    readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
    readonly annual: Yuan | null;
  } | null;
  /** Provisional, low-confidence or undated values used. */
  readonly warnings: readonly Warning[];
  /** For `undetermined`: the inputs and parameters missing. */
  readonly missing: readonly string[];
  /** How the row was reached (with `explain: true`). */
  readonly explanation?: Explanation;
}

/** Which checks a roster runs. @internal */
export interface Parts {
  readonly certification: boolean;
  readonly exit: boolean;
  readonly pay: boolean;
  /** Keep the list of workers behind each target. */
  readonly gaps: boolean;
}

/**
 * A worker behind a target: not counted toward it (`no`), or not known to (`unknown`, with what is missing).
 * @category Workforce
 */
export interface TargetGap {
  /** The target (`certified` 持证, `college` 大专以上). */
  readonly target: 'certified' | 'college';
  /** Position of the worker in the roster. */
  readonly index: number;
  /** The worker's id, if given. */
  readonly id?: string | number;
  /** The worker's unit (`null` without a division code). */
  readonly divisionCode: string | null;
  /** `no`, or `unknown`. */
  readonly class: 'no' | 'unknown';
  /** For `unknown`: the fields missing (`certificate.obtained`, `education`, `subBachelorEducation`). */
  readonly missing: readonly string[];
}

/**
 * A roster row that was refused: its position, the host's id if it could be read, and the error (paths start with
 * `workers` or `residents` and the row's index).
 * @category Workforce
 */
export interface WorkforceRowError extends ErrorRow {
  /** Which input the row is in. */
  readonly input: 'workers' | 'residents';
}

const NONE: readonly string[] = Object.freeze([]);
const NO_PATH: readonly (string | number)[] = Object.freeze([]);

/** Whether a worker holds a certificate on the date. @internal */
export function certifiedClass(w: WorkforceWorker, asOf: string): TargetClass {
  const c = w.certificate;
  if (c === undefined) return 'no';
  if (c.obtained === undefined) return 'unknown';
  return c.obtained <= asOf ? 'yes' : 'no';
}

/** Whether a worker has a college (大专) education or above on the date. @internal */
export function collegeClass(w: WorkforceWorker, asOf: string): TargetClass {
  const e = w.education;
  if (e === undefined) return 'unknown';
  const held = w.educationObtained === undefined || w.educationObtained <= asOf;
  if (e !== 'college_or_below') return held ? 'yes' : 'unknown';
  const s = w.subBachelorEducation;
  if (s === undefined) return 'unknown';
  return s === 'college' && held ? 'yes' : 'no';
}

/** The fields behind an `unknown` class. */
function unknownFields(w: WorkforceWorker, target: 'certified' | 'college'): readonly string[] {
  if (target === 'certified') return ['certificate.obtained'];
  if (w.education === undefined) return ['education'];
  if (w.education === 'college_or_below') return ['subBachelorEducation'];
  return ['educationObtained'];
}

/** Per-unit counts (placed counts before `finish`, subtree counts after). @internal */
export interface UnitCounts {
  readonly inService: Int32Array;
  readonly certified: readonly [Int32Array, Int32Array, Int32Array];
  readonly college: readonly [Int32Array, Int32Array, Int32Array];
}

/** Pay totals of the city (index 0 of the unit table) and each county. @internal */
export interface PayTotals {
  readonly sum: YuanSum;
  computed: number;
  undetermined: number;
  workers: number;
}

const CLASS_INDEX: Readonly<Record<TargetClass, number>> = { yes: 0, no: 1, unknown: 2 };
const CLASSES: readonly TargetClass[] = ['yes', 'no', 'unknown'];
/** The nine target pairs, shared by the rows (immutable). */
const TARGETS: readonly (readonly NonNullable<WorkerRow['targets']>[])[] = CLASSES.map((certified) =>
  CLASSES.map((college) => Object.freeze({ certified, college })),
);
const PAY_NOT_APPLICABLE: NonNullable<WorkerRow['pay']> = Object.freeze({ outcome: 'not_applicable', annual: null });
const PAY_UNDETERMINED: NonNullable<WorkerRow['pay']> = Object.freeze({ outcome: 'undetermined', annual: null });

/**
 * A roster being read. Create one per check, `add` the workers (in order, in as many calls as needed), then read the
 * counts (rolled up by `finish`).
 * @internal
 */
export class Roster {
  readonly table: UnitTable;
  readonly counts: UnitCounts;
  readonly pay = new Map<number, PayTotals>();
  readonly gaps: TargetGap[] = [];
  /** Workers read, in service, not in service, refused, and in service without a division code. */
  readonly tally = { total: 0, inService: 0, notInService: 0, error: 0, unplaced: 0 };
  /** Every distinct warning and missing item of the rows, and of the pay computed by `/salary`. */
  readonly warnings = new Map<string, Warning>();
  readonly missing = new Set<string>();
  readonly payRules: PayRules | undefined;
  private readonly payWarnings: Warning[] = [];
  private seenWarningLists = new WeakSet<readonly Warning[]>();
  private readonly kernel: WorkforceKernel | undefined;
  private readonly payObjects = new Map<Yuan, NonNullable<WorkerRow['pay']>>();
  private readonly scratch: PolicyIssue[] = [];

  constructor(
    readonly at: ParametersAt,
    tree: DivisionTree,
    readonly parts: Parts,
    readonly salaryProfile: Profile | undefined,
    readonly explainRows: boolean,
    /** Whether unexplained rows may go through the kernel (the differential test turns it off). */
    useKernel = true,
  ) {
    this.kernel = explainRows || !useKernel ? undefined : workforceKernel(at, parts);
    this.table = unitTable(tree);
    const n = this.table.units.length;
    const three = (): [Int32Array, Int32Array, Int32Array] => [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    this.counts = { inService: new Int32Array(n), certified: three(), college: three() };
    if (parts.pay) {
      const probe = new Scope(at);
      this.payRules = readPay(probe);
      for (const w of probe.warnings) this.payWarnings.push(w);
      for (const m of probe.missing) this.missing.add(m);
    }
  }

  private lastKept: readonly Warning[] | undefined;
  private keep(ws: readonly Warning[]): void {
    // Rows of a roster mostly share one list: the last one is known without a lookup.
    if (ws === this.lastKept) return;
    this.lastKept = ws;
    if (this.seenWarningLists.has(ws)) return;
    this.seenWarningLists.add(ws);
    for (const w of ws) this.warnings.set(`${w.code}|${w.en}`, w);
  }

  /** The unit index of a division code (refused when not in the tree). */
  private unitOf(code: string, index: number): number {
    const u = this.table.index.get(code);
    if (u === undefined) M.fail('unknown_unit', [index, 'divisionCode'], { code, tree: this.table.tree.root.name });
    return u!;
  }

  /**
   * Reads workers (positions `offset`, `offset + 1`, …). Returns one row per input: a {@link WorkerRow}, or an error
   * row for a refused worker (the batch goes on).
   */
  add(items: readonly unknown[], offset = 0): (WorkerRow | WorkforceRowError)[] {
    const asOf = this.at.date;
    const parts = this.parts;
    const out = new Array<WorkerRow | WorkforceRowError>(items.length);
    const placed = new Int32Array(items.length);
    // Whether each accepted worker is in service on the date (1), decided once for the pay and the row.
    const serves = new Uint8Array(items.length);
    const workers: (WorkforceWorker | undefined)[] = new Array(items.length);
    const scratch = this.scratch;
    for (let k = 0; k < items.length; k++) {
      const index = offset + k;
      const raw = items[k];
      this.tally.total++;
      try {
        // Checked without a path (no array per row); a refused row is checked again at its index, for the issues.
        scratch.length = 0;
        const w = workforceWorkerRecord.checkInPlace(raw, NO_PATH, scratch);
        if (w === undefined) {
          const issues: PolicyIssue[] = [];
          workforceWorkerRecord.checkInPlace(raw, [index], issues);
          throw new PolicyError(issues);
        }
        const unit = w.divisionCode === undefined ? 0 : this.unitOf(w.divisionCode, index);
        placed[k] = unit;
        workers[k] = w;
        if (inService(w, asOf)) serves[k] = 1;
      } catch (e) {
        if (!isPolicyError(e)) throw e;
        this.tally.error++;
        out[k] = { ...errorRow(index, raw, e), input: 'workers' };
      }
    }
    // Pay for the chunk in one /salary call: the workers in service with the three facts pay needs.
    const pays = parts.pay ? this.payOf(workers, placed, serves, items.length) : undefined;
    const c = this.counts;
    const kernel = this.kernel;
    for (let k = 0; k < items.length; k++) {
      const w = workers[k];
      if (w === undefined) continue;
      const index = offset + k;
      const unit = placed[k]!;
      const serving = serves[k] === 1;
      let targets: WorkerRow['targets'] = null;
      if (serving) {
        this.tally.inService++;
        if (w.divisionCode === undefined) this.tally.unplaced++;
        c.inService[unit]!++;
        const cc = certifiedClass(w, asOf);
        const ce = collegeClass(w, asOf);
        c.certified[CLASS_INDEX[cc]]![unit]!++;
        c.college[CLASS_INDEX[ce]]![unit]!++;
        targets = TARGETS[CLASS_INDEX[cc]]![CLASS_INDEX[ce]]!;
        if (parts.gaps) {
          if (cc !== 'yes') this.gaps.push(gapOf('certified', index, w, cc));
          if (ce !== 'yes') this.gaps.push(gapOf('college', index, w, ce));
        }
      } else this.tally.notInService++;
      const pay = pays?.[k] ?? null;
      const divisionCode = w.divisionCode ?? null;
      const kr = kernel?.row(w, serving);
      if (kr !== undefined) {
        // The kernel's row: the same decisions as the readable path below, without a Scope per worker.
        const warnings = kr.warnings;
        if (warnings.length > 0) this.keep(warnings);
        const missing = kr.missing;
        for (let j = 0; j < missing.length; j++) this.missing.add(missing[j]!);
        out[k] = {
          index,
          outcome: kr.outcome,
          id: w.id,
          name: w.name,
          divisionCode,
          inService: serving,
          certification: kr.certification,
          exit: kr.exit,
          targets,
          pay,
          warnings,
          missing,
        };
        continue;
      }
      const scope = this.explainRows ? explainedScope(this.at) : undefined;
      const s = scope?.scope ?? new Scope(this.at);
      let certification: WorkerRow['certification'] = null;
      let exit: WorkerRow['exit'] = null;
      if (parts.certification) {
        const e = serving ? evaluateCertification(w, s) : notInServiceCertification(w, s);
        certification = {
          outcome: e.outcome,
          status: e.status,
          eligibleFrom: e.eligibleFrom,
          deadline: e.deadline,
          certifiedOn: e.certifiedOn,
        };
      }
      if (parts.exit) {
        const e = serving ? evaluateExit(w, s) : notInServiceExit(w, s);
        exit = { outcome: e.outcome, triggers: e.triggers };
      }
      const outcomes: Outcome[] = [];
      if (certification !== null) outcomes.push(certification.outcome);
      if (exit !== null) outcomes.push(exit.outcome);
      const outcome: Outcome = !serving
        ? 'not_applicable'
        : outcomes.length === 0
          ? 'computed'
          : combineOutcomes(outcomes);
      const warnings = s.warnings.length === 0 ? (NONE as unknown as readonly Warning[]) : sharedList(s.warnings);
      this.keep(warnings);
      for (const m of s.missing) this.missing.add(m);
      const missing = s.missing.length === 0 ? NONE : s.missing;
      const base = {
        index,
        outcome,
        id: w.id,
        name: w.name,
        divisionCode,
        inService: serving,
        certification,
        exit,
        targets,
        pay,
        warnings,
        missing,
      };
      out[k] =
        scope === undefined
          ? base
          : {
              ...base,
              explanation: scope.explain(
                M.text('summary_worker', {
                  outcome,
                  status: certification?.status ?? null,
                  exit: exit?.triggers.map((t) => t.label) ?? [],
                }),
              ),
            };
    }
    return out;
  }

  /** The pay of each worker of a chunk, from one `/salary` call. */
  private payOf(
    workers: readonly (WorkforceWorker | undefined)[],
    placed: Int32Array,
    serves: Uint8Array,
    n: number,
  ): (WorkerRow['pay'] | undefined)[] {
    const asOf = this.at.date;
    const list: Worker[] = [];
    const at: number[] = [];
    const out = new Array<WorkerRow['pay'] | undefined>(n);
    for (let k = 0; k < n; k++) {
      const w = workers[k];
      if (w === undefined) continue;
      if (serves[k] !== 1) {
        out[k] = PAY_NOT_APPLICABLE;
        continue;
      }
      const county = this.countyOf(placed[k]!);
      this.totals(0).workers++;
      if (county > 0) this.totals(county).workers++;
      if (w.post === undefined || w.education === undefined || w.serviceStart === undefined) {
        // Pay needs the post, the education and the start of service: without one it is undetermined, and named.
        for (const f of ['post', 'education', 'serviceStart'] as const) if (w[f] === undefined) this.missing.add(f);
        this.addPay(county, null);
        out[k] = PAY_UNDETERMINED;
        continue;
      }
      at.push(k);
      list.push(salaryWorker(w));
    }
    if (list.length === 0) return out;
    // Checked by the workforce record, whose pay fields and rules are the /salary worker's: trusted, not checked again.
    const result = computeSalaries(list, {
      asOf,
      validate: 'trusted',
      ...(this.salaryProfile === undefined ? {} : { profile: this.salaryProfile }),
    });
    this.keep(result.warnings);
    for (const m of result.missing) this.missing.add(m);
    const rules = this.payRules;
    for (let j = 0; j < at.length; j++) {
      const k = at[j]!;
      const r = result.rows[j]!;
      const w = workers[k]!;
      const county = this.countyOf(placed[k]!);
      if (r.outcome === 'error') {
        // A worker the entity accepted is a worker /salary accepts: a refusal here is a bug, not bad input.
        throw new Error(`workforce: /salary refused a worker the workforce record accepted: ${r.error.message}`);
      }
      const annual = r.outcome === 'computed' ? countedAnnual(r, rules) : null;
      this.addPay(county, annual);
      if (annual === null) out[k] = r.outcome === 'not_applicable' ? PAY_NOT_APPLICABLE : PAY_UNDETERMINED;
      else {
        // One object per amount, shared by the rows paid it (a roster has a few hundred distinct amounts).
        let p = this.payObjects.get(annual);
        if (p === undefined) {
          if (this.payObjects.size >= 10_000) this.payObjects.clear();
          this.payObjects.set(annual, (p = Object.freeze({ outcome: 'computed', annual })));
        }
        out[k] = p;
      }
    }
    return out;
  }

  /** The county of a placed unit (0, the city, for a worker placed on the city or without a division code). */
  private countyOf(unit: number): number {
    const c = this.table.county[unit]!;
    return c < 0 ? 0 : c;
  }

  /** The totals of each unit met, by unit index (the entries of `pay`, without a Map lookup per row). */
  private readonly totalsAt: (PayTotals | undefined)[] = [];

  private totals(unit: number): PayTotals {
    let t = this.totalsAt[unit];
    if (t === undefined) {
      t = { sum: new YuanSum(), computed: 0, undetermined: 0, workers: 0 };
      this.pay.set(unit, t);
      this.totalsAt[unit] = t;
    }
    return t;
  }

  private addPay(county: number, annual: Yuan | null): void {
    this.addPayTo(0, annual);
    if (county > 0) this.addPayTo(county, annual);
  }

  private addPayTo(unit: number, annual: Yuan | null): void {
    const t = this.totals(unit);
    if (annual === null) t.undetermined++;
    else {
      t.computed++;
      t.sum.add(annual);
    }
  }

  /** The pay rules' warnings (read once for the roster). */
  get payRuleWarnings(): readonly Warning[] {
    return this.payWarnings;
  }

  /** Rolls the per-unit counts up the tree (call once, after the last `add`). */
  finish(): void {
    const c = this.counts;
    rollUp(this.table, c.inService);
    for (const a of c.certified) rollUp(this.table, a);
    for (const a of c.college) rollUp(this.table, a);
  }
}

function gapOf(target: 'certified' | 'college', index: number, w: WorkforceWorker, cls: TargetClass): TargetGap {
  const base = {
    target,
    index,
    divisionCode: w.divisionCode ?? null,
    class: cls as 'no' | 'unknown',
    missing: cls === 'unknown' ? unknownFields(w, target) : NONE,
  };
  return w.id === undefined ? base : { ...base, id: w.id };
}

/** The fields of a worker `/salary` reads, in their normal form (the workforce record checked them as `/salary` would). */
function salaryWorker(w: WorkforceWorker): Worker {
  // The caller has seen the three facts pay needs present.
  const o: { -readonly [K in keyof Worker]: Worker[K] } = {
    post: w.post!,
    education: w.education!,
    serviceStart: w.serviceStart!,
  };
  if (w.educationObtained !== undefined) o.educationObtained = w.educationObtained;
  if (w.postHistory !== undefined) o.postHistory = w.postHistory;
  if (w.certificate !== undefined) o.certificate = w.certificate;
  if (w.assessments !== undefined) o.assessments = w.assessments;
  return o;
}

/** A worker's annual pay as counted: every line, or the lines of the components the profile names. */
function countedAnnual(r: SalaryRow, rules: PayRules | undefined): Yuan | null {
  if (rules === undefined || rules.lines === 'all') return r.annual;
  const sum = new YuanSum();
  for (const l of r.lines) if (rules.lines.includes(l.component)) sum.add(l.annual);
  return sum.value;
}

/** Refuses a non-array roster the way `runBatch` does. @internal */
export function requireArray(items: unknown, path: (string | number)[]): readonly unknown[] {
  if (!Array.isArray(items)) M.fail('not_a_list', path, { received: typeName(items) });
  return items as readonly unknown[];
}
