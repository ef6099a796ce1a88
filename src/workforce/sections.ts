/**
 * The three roster-level checks of the Jiangsu 16条, computed from a finished {@link Roster}: staffing (18 per 10,000
 * urban residents, required against actual per unit), average pay against the local all-units average wage (the city
 * and each county), and the 60% / 90% targets (every unit with workers). Each writes its rules into the scope's trace
 * (the city and the counties), reads its parameters through the scope, and gives its units in tree order.
 * @module
 * @internal
 */
import {
  combineOutcomes,
  compareToTarget,
  derivedFrom,
  errorRow,
  formatRate,
  isGap,
  isPolicyError,
  leastShare,
  meetsShare,
  PolicyError,
  type Outcome,
  type ParameterRead,
  type PolicyIssue,
  type Scope,
} from '../core/index.js';
import { type Yuan } from '../core/money.js';
import { Dec, formatYuan } from '../core/money.js';
import type { DivisionLevel } from '../divisions/index.js';
import { BENCHMARK_KINDS, benchmarkKindLabels, type Benchmark, type BenchmarkKind } from '../salary/index.js';
import { BASIS } from './basis.js';
import { workforceMessages as M } from './messages.js';
import { readStaffing, readTarget, type PayRules, type StaffingRounding, type TargetRule } from './params.js';
import { residentCountRecord } from './records.js';
import type { Roster, WorkforceRowError } from './roster.js';
import { LEVEL_NUMBER, type UnitTable } from './units.js';

export type { Benchmark } from '../salary/index.js';

// ── staffing ─────────────────────────────────────────────────────────────────

/**
 * One unit's staffing against 18 per 10,000 urban residents.
 * @category Workforce
 */
export interface StaffingUnit {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Unit level. */
  readonly level: DivisionLevel;
  /** The urban residents the requirement is computed from. */
  readonly urbanResidents: number;
  /** `given`: the host's count for this unit; `sum`: the sum of the counts given below it. */
  readonly from: 'given' | 'sum';
  /** How many units' counts make `urbanResidents` (1 for a count given for the unit). */
  readonly counted: number;
  /** For a unit with its own count and counts below it: their sum (which may differ), else `null`. */
  readonly belowSum: number | null;
  /** Workers required: `urbanResidents × 18 ÷ 10,000`, rounded as the profile declares (default up). */
  readonly required: number;
  /**
   * Workers in service on the date counted against the figure: in the unit and below it where its count is given;
   * for a summed unit, in the units whose counts make the sum.
   */
  readonly actual: number;
  /** For a summed unit: workers in service below it in units without a count (not counted against the figure). */
  readonly outside: number;
  /** Workers short of the requirement (0 when met). */
  readonly gap: number;
  /** Workers per 10,000 urban residents, to 2 places (`null` for no residents). */
  readonly density: string | null;
  /** `met` or `behind`. */
  readonly status: 'met' | 'behind';
}

interface Residents {
  readonly own: Map<number, number>;
  readonly errors: WorkforceRowError[];
  readonly total: number;
}

/** Reads the resident counts: each checked by its record, placed on the tree, once per unit; bad rows are error rows. @internal */
export function readResidents(items: readonly unknown[], table: UnitTable): Residents {
  const own = new Map<number, number>();
  const errors: WorkforceRowError[] = [];
  for (let i = 0; i < items.length; i++) {
    const raw = items[i];
    try {
      const issues: PolicyIssue[] = [];
      const r = residentCountRecord.check(raw, [i], issues);
      if (r === undefined) throw new PolicyError(issues);
      const u = table.index.get(r.divisionCode);
      if (u === undefined)
        M.fail('unknown_unit', [i, 'divisionCode'], { code: r.divisionCode, tree: table.tree.root.name });
      if (own.has(u!))
        M.fail('duplicate_residents', [i, 'divisionCode'], { code: r.divisionCode, name: table.units[u!]!.name });
      own.set(u!, r.urbanResidents);
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      errors.push({ ...errorRow(i, raw, e), input: 'residents' });
    }
  }
  return { own, errors, total: items.length };
}

/** `n × per ÷ 10,000` rounded to a whole number of workers, exactly. @internal */
export function requiredWorkers(residents: number, per: number, rounding: StaffingRounding): number {
  const p = BigInt(residents) * BigInt(per);
  const d = 10000n;
  const q = p / d;
  const r = p % d;
  if (r === 0n) return Number(q);
  if (rounding === 'ceil') return Number(q + 1n);
  if (rounding === 'floor') return Number(q);
  return Number(2n * r >= d ? q + 1n : q);
}

/** Workers per 10,000 residents to 2 places, half-up. */
function density(actual: number, residents: number): string | null {
  if (residents === 0) return null;
  const scaled = (BigInt(actual) * 1_000_000n * 2n + BigInt(residents)) / (2n * BigInt(residents));
  return `${scaled / 100n}.${String(scaled % 100n).padStart(2, '0')}`;
}

/** @internal */
export interface StaffingSection {
  readonly outcome: Outcome;
  readonly units: readonly StaffingUnit[];
}

/** Staffing per unit: where a count is given, and above it (the counts below summed). @internal */
export function staffingSection(roster: Roster, residents: Residents, scope: Scope): StaffingSection {
  const rules = readStaffing(scope);
  const table = roster.table;
  if (rules === undefined) return { outcome: 'undetermined', units: [] };
  if (residents.own.size === 0) {
    scope.need('residents', M.text('label_residents'));
    return { outcome: 'undetermined', units: [] };
  }
  const n = table.units.length;
  const figure = new Float64Array(n).fill(-1);
  const below = new Float64Array(n);
  const hasBelow = new Uint8Array(n);
  const counted = new Int32Array(n);
  const countedBelow = new Int32Array(n);
  // Workers counted against a figure: a unit's whole subtree where its count is given, else those of the units below
  // that have a figure (so residents and workers cover the same units).
  const actual = new Int32Array(n);
  const actualBelow = new Int32Array(n);
  const inService = roster.counts.inService;
  // Children first: a unit's figure is its own count, else the sum of the figures below it.
  for (let i = n - 1; i >= 0; i--) {
    const own = residents.own.get(i);
    if (own !== undefined) {
      figure[i] = own;
      counted[i] = 1;
      actual[i] = inService[i]!;
    } else if (hasBelow[i] === 1) {
      figure[i] = below[i]!;
      counted[i] = countedBelow[i]!;
      actual[i] = actualBelow[i]!;
    }
    const p = table.parent[i]!;
    if (p >= 0 && figure[i]! >= 0) {
      below[p]! += figure[i]!;
      hasBelow[p] = 1;
      countedBelow[p]! += counted[i]!;
      actualBelow[p]! += actual[i]!;
    }
  }
  const units: StaffingUnit[] = [];
  const outcomes: Outcome[] = [];
  for (let i = 0; i < n; i++) {
    if (figure[i]! < 0) continue;
    const u = table.units[i]!;
    const residentsHere = figure[i]!;
    const required = requiredWorkers(residentsHere, rules.perTenThousand, rules.rounding);
    const here = actual[i]!;
    const status = here >= required ? 'met' : 'behind';
    const given = residents.own.has(i);
    units.push({
      code: u.code,
      name: u.name,
      level: u.level,
      urbanResidents: residentsHere,
      from: given ? 'given' : 'sum',
      counted: counted[i]!,
      belowSum: given && hasBelow[i] === 1 ? below[i]! : null,
      required,
      actual: here,
      outside: inService[i]! - here,
      gap: status === 'met' ? 0 : required - here,
      density: density(here, residentsHere),
      status,
    });
    outcomes.push(status === 'met' ? 'pass' : 'fail');
    if (scope.trace.recording && table.level[i]! <= LEVEL_NUMBER.county) {
      scope.trace.rule({
        rule: 'workforce.staffing',
        text: M.text('staffing_unit', {
          name: u.name,
          residents: residentsHere,
          summed: !given,
          per: rules.perTenThousand,
          rounding: rules.rounding,
          required,
          actual: here,
          outside: inService[i]! - here,
          gap: status === 'met' ? 0 : required - here,
        }),
        outcome: status === 'met' ? 'pass' : 'fail',
        source: BASIS.staffing,
      });
    }
  }
  return { outcome: combineOutcomes(outcomes), units };
}

// ── pay ──────────────────────────────────────────────────────────────────────

/**
 * The average pay of one unit's workers (the city, or a county) against the benchmark.
 * @category Workforce
 */
export interface PayUnit {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Unit level (`city` or `county`). */
  readonly level: DivisionLevel;
  /** Workers in service on the date (a worker without a division code counts for the city only). */
  readonly workers: number;
  /** Of them, workers whose pay was computed. */
  readonly computed: number;
  /** Of them, workers whose pay is undetermined (a fact or a pay amount missing). */
  readonly undetermined: number;
  /** The sum of the computed annual pay (exact), or `null` when none was computed. */
  readonly total: Yuan | null;
  /** The average annual pay (half-up to the fen), when every worker's pay was computed. */
  readonly average: Yuan | null;
  /** The benchmark compared with, or `null` when none was supplied. */
  readonly benchmark: Benchmark | null;
  /** The unit whose benchmark was used (a county without its own figure uses the city's), or `null`. */
  readonly benchmarkFrom: string | null;
  /** The least average: the benchmark times the profile's ratio, or `null`. */
  readonly threshold: Yuan | null;
  /** How far the average is below the threshold (rounded up to the fen; `"0.00"` when met), or `null`. */
  readonly shortfall: Yuan | null;
  /** `met`, `behind`, `undetermined` (a pay or the benchmark missing), or `no_workers`. */
  readonly status: 'met' | 'behind' | 'undetermined' | 'no_workers';
}

/** A benchmark table entry: a Benchmark, or a bare amount (of the profile's kind). */
type Entry = Benchmark;
const CODE = /^\d{6}(\d{3}){0,2}$/;

function benchmarkTable(read: ParameterRead, kind: BenchmarkKind): ReadonlyMap<string, Entry> {
  return derivedFrom([read], ([r]) => {
    const v = r!.value;
    const bad = (...rest: (string | number)[]): never =>
      M.fail('invalid_parameter_table', ['parameters', r!.id, 'value', ...rest], { label: r!.label });
    if (typeof v !== 'object' || v === null || Array.isArray(v)) bad();
    const out = new Map<string, Entry>();
    for (const [code, e] of Object.entries(v as Record<string, unknown>)) {
      if (!CODE.test(code)) bad(code);
      if (typeof e === 'string') {
        if (!/^\d+(\.\d+)?$/.test(e)) bad(code);
        out.set(code, { kind, annual: e });
        continue;
      }
      if (typeof e !== 'object' || e === null || Array.isArray(e)) bad(code);
      const o = e as Record<string, unknown>;
      if (Object.keys(o).some((k) => k !== 'kind' && k !== 'annual' && k !== 'year')) bad(code);
      if (!(BENCHMARK_KINDS as readonly unknown[]).includes(o.kind)) bad(code, 'kind');
      if (typeof o.annual !== 'string' || !/^\d+(\.\d+)?$/.test(o.annual)) bad(code, 'annual');
      if (
        o.year !== undefined &&
        (typeof o.year !== 'number' || !Number.isSafeInteger(o.year) || o.year < 1949 || o.year > 9999)
      )
        bad(code, 'year');
      out.set(
        code,
        o.year === undefined
          ? { kind: o.kind as BenchmarkKind, annual: o.annual as string }
          : { kind: o.kind as BenchmarkKind, annual: o.annual as string, year: o.year as number },
      );
    }
    return out;
  });
}

/** @internal */
export interface PaySection {
  readonly outcome: Outcome;
  readonly units: readonly PayUnit[];
}

/** Average pay of the city and each county with workers. @internal */
export function paySection(roster: Roster, scope: Scope): PaySection {
  const table = roster.table;
  for (const w of roster.payRuleWarnings) scope.warn(w);
  // The pay rules were read once for the roster; read them again here so the report traces them.
  const rules: PayRules | undefined = roster.payRules;
  if (rules !== undefined)
    for (const id of ['workforce.pay.benchmarkKind', 'workforce.pay.ratio', 'workforce.pay.lines']) scope.param(id);
  else
    for (const id of ['workforce.pay.benchmarkKind', 'workforce.pay.ratio', 'workforce.pay.lines'])
      if (isGap(scope.at.get(id))) scope.param(id);
  // Without a worker in service there is no average to compare: the benchmark is not needed (nor missing).
  const anyWorkers = [...roster.pay.values()].some((t) => t.workers > 0);
  const read = anyWorkers ? scope.param('workforce.pay.benchmark') : undefined;
  const entries = read === undefined || rules === undefined ? undefined : benchmarkTable(read, rules.kind);
  const year = Number(scope.asOf.slice(0, 4)) - 1;
  const root = table.units[0]!;
  const order = [...roster.pay.keys()].sort((a, b) => a - b);
  if (!order.includes(0)) order.unshift(0);
  const units: PayUnit[] = [];
  const outcomes: Outcome[] = [];
  for (const i of order) {
    const u = table.units[i]!;
    const t = roster.pay.get(i) ?? { sum: undefined, computed: 0, undetermined: 0, workers: 0 };
    const own = entries?.get(u.code);
    const entry = own ?? entries?.get(root.code);
    const from = own !== undefined ? u.code : entry !== undefined ? root.code : null;
    const base = {
      code: u.code,
      name: u.name,
      level: u.level,
      workers: t.workers,
      computed: t.computed,
      undetermined: t.undetermined,
      total: t.computed === 0 || t.sum === undefined ? null : t.sum.value,
    };
    const average =
      t.workers > 0 && t.undetermined === 0 && t.sum !== undefined
        ? formatYuan(new Dec(t.sum.value).div(t.workers))
        : null;
    let status: PayUnit['status'];
    let benchmark: Benchmark | null = null;
    let threshold: Yuan | null = null;
    let shortfall: Yuan | null = null;
    if (t.workers === 0) status = 'no_workers';
    else {
      if (entries !== undefined && entry === undefined) {
        scope.need(`benchmark.${u.code}`, M.text('benchmark_for', { name: u.name }));
      }
      if (entry !== undefined && rules !== undefined && entry.kind !== rules.kind) {
        scope.warn(
          M.warning('benchmark_kind', {
            name: u.name,
            needed: benchmarkKindLabels[rules.kind],
            given: benchmarkKindLabels[entry.kind],
          }),
        );
      } else if (entry !== undefined) {
        benchmark = entry;
        if (entry.year !== undefined && entry.year !== year)
          scope.warn(M.warning('benchmark_year', { name: u.name, year: entry.year, expected: year }));
      }
      if (benchmark !== null && rules !== undefined) {
        const min = new Dec(benchmark.annual).times(rules.ratio);
        threshold = formatYuan(min);
        if (average !== null) {
          const met = new Dec(t.sum!.value).gte(min.times(t.workers));
          shortfall = met ? '0.00' : formatYuan(min.minus(new Dec(t.sum!.value).div(t.workers)), 'ceil');
          status = met ? 'met' : 'behind';
        } else status = 'undetermined';
      } else status = 'undetermined';
    }
    units.push({
      ...base,
      average,
      benchmark,
      benchmarkFrom: benchmark === null ? null : from,
      threshold,
      shortfall,
      status,
    });
    const outcome: Outcome =
      status === 'met'
        ? 'pass'
        : status === 'behind'
          ? 'fail'
          : status === 'no_workers'
            ? 'not_applicable'
            : 'undetermined';
    outcomes.push(outcome);
    if (scope.trace.recording) {
      scope.trace.rule({
        rule: 'workforce.pay',
        text: M.text('pay_unit', {
          name: u.name,
          status,
          workers: t.workers,
          computed: t.computed,
          average,
          threshold,
          benchmark: benchmark?.annual ?? null,
          ratio: rules?.ratio ?? null,
          own: from === u.code,
          shortfall,
        }),
        outcome,
        source: BASIS.pay,
      });
    }
  }
  return { outcome: combineOutcomes(outcomes), units };
}

// ── targets ──────────────────────────────────────────────────────────────────

/**
 * A unit's standing against one target.
 * @category Workforce
 */
export interface WorkforceTargetStanding {
  /** The target: `certified` (持证 ≥ 60%) or `college` (大专以上 ≥ 90%). */
  readonly target: 'certified' | 'college';
  /** The target share as written (`"0.6"`). */
  readonly share: string;
  /** Workers who count toward it. */
  readonly met: number;
  /** Workers who do not. */
  readonly not: number;
  /** Workers whose facts are missing (listed in the gaps; never counted as meeting it). */
  readonly unknown: number;
  /** Workers in service in the unit. */
  readonly total: number;
  /** `met ÷ total` (see `formatRate`), `null` for no workers. */
  readonly rate: string | null;
  /** The rate as a percent. */
  readonly percent: string | null;
  /**
   * `met`: reached even if every unknown worker does not count; `behind`: not reached even if every one does;
   * `undetermined`: the unknown workers decide; `no_workers`.
   */
  readonly status: 'met' | 'behind' | 'undetermined' | 'no_workers';
  /** Further workers who must count for the target to be met, the unknown ones counted as not (0 when met). */
  readonly need: number;
  /**
   * `pass` when met; when not: `fail` after the target year, `not_applicable` before it (not yet due), `undetermined`
   * when the target year is unknown.
   */
  readonly outcome: Outcome;
}

/**
 * One unit's standing against both targets.
 * @category Workforce
 */
export interface TargetUnit {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Unit level. */
  readonly level: DivisionLevel;
  /** Workers in service on the date in the unit and below it. */
  readonly workers: number;
  /** 持证 ≥ 60%. */
  readonly certified: WorkforceTargetStanding;
  /** 大专以上 ≥ 90%. */
  readonly college: WorkforceTargetStanding;
}

/** @internal */
export interface TargetSection {
  readonly outcome: Outcome;
  readonly units: readonly TargetUnit[];
  /** The target year, when known. */
  readonly year: number | null;
}

function standing(
  rule: TargetRule,
  yes: number,
  no: number,
  unknown: number,
  due: 'due' | 'not_due' | 'unknown',
): WorkforceTargetStanding {
  const total = yes + no + unknown;
  const r = formatRate(yes, total);
  const base = {
    target: rule.id,
    share: rule.text,
    met: yes,
    not: no,
    unknown,
    total,
    rate: r.rate,
    percent: r.percent,
  };
  if (total === 0) return { ...base, status: 'no_workers', need: 0, outcome: 'not_applicable' };
  const status = meetsShare(yes, total, rule.share)
    ? 'met'
    : meetsShare(yes + unknown, total, rule.share)
      ? 'undetermined'
      : 'behind';
  if (status === 'met') return { ...base, status, need: 0, outcome: 'pass' };
  const need = Math.max(0, (leastShare(total, rule.share) ?? total) - yes);
  const outcome: Outcome =
    due === 'unknown'
      ? 'undetermined'
      : due === 'not_due'
        ? 'not_applicable'
        : status === 'behind'
          ? 'fail'
          : 'undetermined';
  return { ...base, status, need, outcome };
}

/** The targets per unit with workers. @internal */
export function targetSection(roster: Roster, scope: Scope): TargetSection {
  const certified = readTarget(scope, 'certified');
  const college = readTarget(scope, 'college');
  const table = roster.table;
  const c = roster.counts;
  const yearRead = scope.at.get<number>('workforce.targets.year');
  const year = isGap(yearRead) ? null : yearRead.value;
  const due = year === null ? 'unknown' : scope.asOf > `${year}-12-31` ? 'due' : 'not_due';
  if (year !== null) scope.param('workforce.targets.year');
  if (certified === undefined || college === undefined) return { outcome: 'undetermined', units: [], year };
  const units: TargetUnit[] = [];
  let yearNeeded = false;
  for (let i = 0; i < table.units.length; i++) {
    const n = c.inService[i]!;
    if (n === 0 && i !== 0) continue;
    const u = table.units[i]!;
    const a = standing(certified, c.certified[0][i]!, c.certified[1][i]!, c.certified[2][i]!, due);
    const b = standing(college, c.college[0][i]!, c.college[1][i]!, c.college[2][i]!, due);
    if (due === 'unknown' && (a.status !== 'met' || b.status !== 'met') && n > 0) yearNeeded = true;
    units.push({ code: u.code, name: u.name, level: u.level, workers: n, certified: a, college: b });
    if (scope.trace.recording && table.level[i]! <= LEVEL_NUMBER.county && (n > 0 || i === 0)) {
      for (const s of [a, b]) {
        scope.trace.rule({
          rule: `workforce.targets.${s.target}`,
          text: M.text('target_unit', {
            name: u.name,
            target: s.target,
            share: s.share,
            met: s.met,
            unknown: s.unknown,
            total: s.total,
            percent: s.percent,
            status: s.status,
            need: s.need,
            year,
            due,
          }),
          outcome: s.outcome,
          source: BASIS.targets,
        });
      }
    }
  }
  // The target year matters only where a target is not met: only then is it missing.
  if (yearNeeded && isGap(yearRead)) scope.gap(yearRead);
  const root = units[0]!;
  return { outcome: combineOutcomes([root.certified.outcome, root.college.outcome]), units, year };
}

/** The shares as percent text, exactly (`'0.6'` → `'60%'`). @internal */
export function percentOf(share: string): string {
  const [w, f = ''] = share.split('.');
  const frac = f.padEnd(2, '0');
  const rest = frac.slice(2).replace(/0+$/, '');
  return `${Number(w! + frac.slice(0, 2))}${rest === '' ? '' : `.${rest}`}%`;
}
