/**
 * The roster checks of the Jiangsu 16条 as public functions: {@link staffingRequirement} (18 per 10,000 urban
 * residents), {@link averagePayCheck} (average pay against the all-units average wage), {@link rosterTargets} (60%
 * certified, 90% 大专以上), and {@link workforceReport} (all of them with each worker's certification deadline and exit
 * cases), with {@link createWorkforceReport} for a roster read in chunks (a CLI's bounded memory).
 * @module
 */
import {
  combineOutcomes,
  envelope,
  explainedScope,
  profileAt,
  readOptions,
  type Bilingual,
  type OutcomeCounts,
  type Outcome,
  type Profile,
  type ResultEnvelope,
  type Scope,
} from '../core/index.js';
import type { DivisionTree } from '../divisions/index.js';
import { workforceMessages as M } from './messages.js';
import {
  PAY_OPTIONS,
  REPORT_OPTIONS,
  ROSTER_OPTIONS,
  type WorkforceOptions,
  type WorkforcePayOptions,
  type WorkforceReportOptions,
} from './options.js';
import { requireArray, Roster, type Parts, type TargetGap, type WorkerRow, type WorkforceRowError } from './roster.js';
import {
  paySection,
  readResidents,
  staffingSection,
  targetSection,
  type PayUnit,
  type StaffingUnit,
  type TargetUnit,
} from './sections.js';
import { DOMAIN } from './worker.js';

/** Rows of a roster per batch of the engine: results of one batch are what memory holds. */
const CHUNK = 4096;

/**
 * The workers of a roster check: read, in service on the date, not in service, refused; `total` is the sum of the
 * last three. `unplaced`: workers in service without a division code (counted for the city only).
 * @category Workforce
 */
export interface WorkerCounts {
  readonly total: number;
  readonly inService: number;
  readonly notInService: number;
  readonly error: number;
  readonly unplaced: number;
}

const NO_ROWS = Object.freeze([]) as readonly never[];

function run(
  workers: unknown,
  path: string,
  at: ReturnType<typeof profileAt>,
  tree: DivisionTree,
  parts: Parts,
  salaryProfile: Profile | undefined,
  explainRows: boolean,
  keepRows: boolean,
) {
  const list = requireArray(workers, [path]);
  const roster = new Roster(at, tree, parts, salaryProfile, explainRows);
  const rows: (WorkerRow | WorkforceRowError)[] = keepRows ? new Array(list.length) : [];
  const errors: WorkforceRowError[] = [];
  for (let i = 0; i < list.length; i += CHUNK) {
    const chunk = roster.add(list.slice(i, i + CHUNK), i);
    for (let k = 0; k < chunk.length; k++) {
      const r = chunk[k]!;
      if (keepRows) rows[i + k] = r;
      else if (r.outcome === 'error') errors.push(r as WorkforceRowError);
    }
  }
  roster.finish();
  return { roster, rows, errors };
}

/** Carries the roster's warnings and missing items (rows, pay) into the result's scope. */
function merge(scope: Scope, roster: Roster): void {
  for (const w of roster.warnings.values()) scope.warn(w);
  for (const m of roster.missing) if (!scope.missing.includes(m)) scope.missing.push(m);
}

const counts = (roster: Roster): WorkerCounts => ({ ...roster.tally });

// ── staffingRequirement ─────────────────────────────────────────────────────

/**
 * The result of {@link staffingRequirement}.
 * @category Workforce
 */
export interface StaffingRequirement extends ResultEnvelope<'workforce-staffing'> {
  /** Every unit with a count given, and every unit above one (its figure the sum of those below), in tree order. */
  readonly units: readonly StaffingUnit[];
  /** The roster's workers. */
  readonly workers: WorkerCounts;
  /** The resident counts: read, used, refused. */
  readonly residents: { readonly total: number; readonly counted: number; readonly error: number };
  /** Refused rows of either input (`input` says which). */
  readonly errors: readonly WorkforceRowError[];
}

/**
 * Staffing against the Jiangsu 16条's "每万城镇常住人口拥有18人" (U31, M): for every unit the host gives a count of urban
 * permanent residents (a community, a township or a county), and every unit above one (its residents the sum of the
 * counts given below it, `counted` saying how many), the workers required (`residents × 18 ÷ 10,000`, rounded as
 * `workforce.staffing.rounding` declares: up by default, since a whole number of workers reaches the ratio exactly when
 * it reaches the rounded-up figure), the workers in service on `asOf` in the unit and below it, and the gap. Outcome
 * `fail` when any unit is behind, `pass` when every one meets it, `undetermined` without any count. Bad rows of either
 * input are error rows (`errors`), the others are still counted.
 * @param input - `{ residents: [{ divisionCode, urbanResidents, year? }], workers: [...] }`
 * @param options - `asOf` (required), `profile`, `divisions`
 * @category Workforce
 * @example
 * ```ts
 * const r = staffingRequirement({ residents: [{ divisionCode: '320803001', urbanResidents: 10001 }], workers: roster }, { asOf: '2026-06-30' });
 * r.units.find((u) => u.code === '320803001'); // { required: 19, actual: …, gap: … } (10,001 × 18 ÷ 10,000 = 18.0018, rounded up)
 * ```
 */
export function staffingRequirement(input: unknown, options: WorkforceOptions): StaffingRequirement {
  const o = readOptions(options, ROSTER_OPTIONS);
  const { residents, workers } = inputOf(input);
  const at = profileAt(o.profile, o.asOf);
  const { roster, errors } = run(
    workers,
    'workers',
    at,
    o.divisions,
    { certification: false, exit: false, pay: false, gaps: false },
    undefined,
    false,
    false,
  );
  const r = readResidents(requireArray(residents, ['residents']), roster.table);
  const { scope, explain } = explainedScope(at);
  const s = staffingSection(roster, r, scope);
  const behind = s.units.filter((u) => u.status === 'behind');
  return {
    ...envelope(
      DOMAIN,
      'workforce-staffing',
      s.outcome,
      scope,
      explain(
        M.text('summary_staffing', {
          units: s.units.length,
          behind: behind.length,
          gap: behind.reduce((n, u) => n + u.gap, 0),
        }),
      ),
    ),
    units: s.units,
    workers: counts(roster),
    residents: { total: r.total, counted: r.own.size, error: r.errors.length },
    errors: [...r.errors, ...errors],
  };
}

function inputOf(input: unknown): { residents: unknown; workers: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return M.fail('roster_input', [], {
      received: input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input,
    });
  const v = input as Record<string, unknown>;
  for (const k of Object.keys(v))
    if (k !== 'residents' && k !== 'workers') M.fail('roster_input_key', [k], { key: k.slice(0, 40) });
  return { residents: v.residents ?? [], workers: v.workers ?? [] };
}

// ── averagePayCheck ─────────────────────────────────────────────────────────

/**
 * The result of {@link averagePayCheck}.
 * @category Workforce
 */
export interface AveragePayCheck extends ResultEnvelope<'workforce-pay'> {
  /** The city, then each county with workers. */
  readonly units: readonly PayUnit[];
  /** The roster's workers. */
  readonly workers: WorkerCounts;
  /** Refused workers. */
  readonly errors: readonly WorkforceRowError[];
}

/**
 * The roster's average pay against the Jiangsu 16条's rule, "社区工作者平均薪酬原则上不低于上年度本地区全口径城镇单位就业
 * 人员平均工资水平" (U31, M), for the city and each county: each worker in service on `asOf` paid as `/salary` computes
 * (`salaryProfile`; the annual pay of the lines `workforce.pay.lines` counts, every line by default), the exact sum over
 * the workers against the benchmark times `workforce.pay.ratio` times the number of workers. The benchmark is the
 * profile's dated `workforce.pay.benchmark` table by division code (a county without its own figure is compared with
 * the city's), of the kind `urban_all_units_average_wage`; 淮安's figure was not found, so the check is `undetermined`
 * until the host supplies it (`withOverrides`). One worker whose pay is undetermined (an input, or a `/salary` amount
 * the `huaian` salary profile never found) makes the unit undetermined, with what is missing.
 * @param workers - the roster (see `workforceWorkerRecord`)
 * @param options - `asOf` (required), `profile`, `divisions`, `salaryProfile`
 * @category Workforce
 * @example
 * ```ts
 * const profile = withOverrides(workforceProfiles.get('huaian'), { 'workforce.pay.benchmark': { set: { '320800': { kind: 'urban_all_units_average_wage', annual: '98000', year: 2025 } }, from: '2026-01-01' } });
 * averagePayCheck(roster, { asOf: '2026-06-30', profile, salaryProfile: myCityPay }).units[0]; // { code: '320800', average: '…', threshold: '98000.00', status: 'met' | 'behind' }
 * ```
 */
export function averagePayCheck(workers: unknown, options: WorkforcePayOptions): AveragePayCheck {
  const o = readOptions(options, PAY_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { roster, errors } = run(
    workers,
    'workers',
    at,
    o.divisions,
    { certification: false, exit: false, pay: true, gaps: false },
    o.salaryProfile,
    false,
    false,
  );
  const { scope, explain } = explainedScope(at);
  const s = paySection(roster, scope);
  merge(scope, roster);
  return {
    ...envelope(
      DOMAIN,
      'workforce-pay',
      s.outcome,
      scope,
      explain(
        M.text('summary_pay', { outcome: s.outcome, city: s.units[0]!.average, threshold: s.units[0]!.threshold }),
      ),
    ),
    units: s.units,
    workers: counts(roster),
    errors,
  };
}

// ── rosterTargets ───────────────────────────────────────────────────────────

/**
 * The result of {@link rosterTargets}.
 * @category Workforce
 */
export interface RosterTargets extends ResultEnvelope<'workforce-targets'> {
  /** Every unit with workers (and the city), in tree order. */
  readonly units: readonly TargetUnit[];
  /** The target year (`workforce.targets.year`), or `null` when not known. */
  readonly year: number | null;
  /** The workers behind each target: not counting toward it, or not known to (with what is missing). */
  readonly gaps: readonly TargetGap[];
  /** The roster's workers. */
  readonly workers: WorkerCounts;
  /** Refused workers. */
  readonly errors: readonly WorkforceRowError[];
}

/**
 * The Jiangsu 16条's five-year targets (U31, M), "取得社会工作者职业资格证书人数占比达到60%以上，大专以上学历人数占比达到
 * 90%以上", for every unit with workers in service on `asOf`: a worker counts as certified with a certificate obtained
 * on or before `asOf` (one listed without its date is unknown; none listed is none, as the coverage engine counts
 * 持证), and as 大专以上 with a bachelor's or above, or a `college_or_below` education whose level is 大专
 * (`subBachelorEducation`; without it, unknown). Unknown workers are listed in `gaps` and never counted as meeting a
 * target: a unit is `met` only if it meets it with every unknown worker counted as not. The shares are compared
 * exactly (60% meets "60%以上"). A target not met is `fail` after the target year (`workforce.targets.year`), `not
 * applicable` before it, and `undetermined` while the year is unknown (it was not found: "今后5年" from an unseen date).
 * @param workers - the roster (see `workforceWorkerRecord`)
 * @param options - `asOf` (required), `profile`, `divisions`
 * @category Workforce
 * @example
 * ```ts
 * const r = rosterTargets(roster, { asOf: '2026-06-30' });
 * r.units[0]?.certified; // { met: 6, total: 10, percent: '60.00%', status: 'met', outcome: 'pass', … }
 * r.gaps.filter((g) => g.class === 'unknown'); // workers whose certificate date or education level is missing
 * ```
 */
export function rosterTargets(workers: unknown, options: WorkforceOptions): RosterTargets {
  const o = readOptions(options, ROSTER_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { roster, errors } = run(
    workers,
    'workers',
    at,
    o.divisions,
    { certification: false, exit: false, pay: false, gaps: true },
    undefined,
    false,
    false,
  );
  const { scope, explain } = explainedScope(at);
  const s = targetSection(roster, scope);
  const root = s.units[0];
  return {
    ...envelope(
      DOMAIN,
      'workforce-targets',
      s.outcome,
      scope,
      explain(
        M.text('summary_targets', {
          certified: root?.certified.percent ?? null,
          college: root?.college.percent ?? null,
          outcome: s.outcome,
        }),
      ),
    ),
    units: s.units,
    year: s.year,
    gaps: roster.gaps,
    workers: counts(roster),
    errors,
  };
}

// ── workforceReport ─────────────────────────────────────────────────────────

/**
 * A workforce report without its rows (what {@link createWorkforceReport} finishes with: the rows were returned by
 * `add`).
 * @category Workforce
 */
export interface WorkforceSummary extends ResultEnvelope<'workforce-report'> {
  /** Workers by outcome (`total` = the rows read; `error` the refused ones). */
  readonly counts: OutcomeCounts;
  /** The roster's workers. */
  readonly workers: WorkerCounts;
  /** Staffing, when resident counts were given; else `null`. */
  readonly staffing: { readonly outcome: Outcome; readonly units: readonly StaffingUnit[] } | null;
  /** Average pay of the city and each county. */
  readonly pay: { readonly outcome: Outcome; readonly units: readonly PayUnit[] };
  /** The targets per unit, with the workers behind them (the one-shot report only; empty from a builder). */
  readonly targets: {
    readonly outcome: Outcome;
    readonly year: number | null;
    readonly units: readonly TargetUnit[];
    readonly gaps: readonly TargetGap[];
  };
  /** Refused resident counts (refused workers are error rows). */
  readonly errors: readonly WorkforceRowError[];
}

/**
 * The result of {@link workforceReport}: the summary and one row per worker.
 * @category Workforce
 */
export interface WorkforceReport extends WorkforceSummary {
  /** One row per input worker, in order: a {@link WorkerRow}, or an error row. */
  readonly rows: readonly (WorkerRow | WorkforceRowError)[];
}

/**
 * A workforce report built from a roster read in chunks: `add` each chunk (its rows come back at once, so they can be
 * written out and dropped), then `finish` with the resident counts.
 * @category Workforce
 */
export interface WorkforceReportBuilder {
  /** Reads the next workers; returns their rows (indexes continue from the previous chunk). */
  add(workers: readonly unknown[]): readonly (WorkerRow | WorkforceRowError)[];
  /** The summary (staffing when `residents` is given). Call once, after the last chunk. */
  finish(residents?: unknown): WorkforceSummary;
}

/**
 * A {@link WorkforceReportBuilder}: the report of {@link workforceReport} for a roster read in chunks, so memory holds
 * one chunk's rows and the per-unit counts, whatever the roster's size. The gaps of the targets are not kept (each row
 * says which targets its worker is behind).
 * @param options - as {@link workforceReport}
 * @category Workforce
 * @example
 * ```ts
 * const report = createWorkforceReport({ asOf: '2026-06-30' });
 * for (const chunk of chunks) write(report.add(chunk));
 * const summary = report.finish(residents);
 * ```
 */
export function createWorkforceReport(options: WorkforceReportOptions): WorkforceReportBuilder {
  return builder(options, false);
}

function builder(options: WorkforceReportOptions, gaps: boolean): WorkforceReportBuilder {
  const o = readOptions(options, REPORT_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const roster = new Roster(
    at,
    o.divisions,
    { certification: true, exit: true, pay: true, gaps },
    o.salaryProfile,
    o.explain,
  );
  const tally: Record<string, number> = {
    total: 0,
    computed: 0,
    pass: 0,
    fail: 0,
    undetermined: 0,
    not_applicable: 0,
    error: 0,
  };
  let read = 0;
  let done = false;
  // Only add and finish: the roster (the host's salary profile, the division tree, every count) stays inside.
  return {
    add(workers) {
      if (done) M.fail('report_finished', []);
      const list = requireArray(workers, ['workers']);
      // A chunk no longer than the engine's batch (a CLI's 1,000 rows) is read as it is, its rows returned as they come.
      const single = list.length <= CHUNK;
      const out: (WorkerRow | WorkforceRowError)[] = single ? [] : new Array(list.length);
      for (let i = 0; i < list.length; i += CHUNK) {
        const rows = roster.add(single ? list : list.slice(i, i + CHUNK), read + i);
        for (let k = 0; k < rows.length; k++) {
          const r = rows[k]!;
          tally[r.outcome]!++;
          if (single) continue;
          out[i + k] = r;
        }
        if (single) {
          read += list.length;
          tally.total! += rows.length;
          return rows;
        }
      }
      tally.total! += list.length;
      read += list.length;
      return out;
    },
    finish(residents) {
      if (done) M.fail('report_finished', []);
      done = true;
      roster.finish();
      const { scope, explain } = explainedScope(at);
      const r =
        residents === undefined ? undefined : readResidents(requireArray(residents, ['residents']), roster.table);
      const staffing = r === undefined ? null : staffingSection(roster, r, scope);
      const pay = paySection(roster, scope);
      const targets = targetSection(roster, scope);
      merge(scope, roster);
      const rowOutcome: Outcome =
        tally.fail! > 0
          ? 'fail'
          : tally.undetermined! > 0
            ? 'undetermined'
            : tally.pass! > 0
              ? 'pass'
              : 'not_applicable';
      const outcome = combineOutcomes([
        ...(staffing === null ? [] : [staffing.outcome]),
        pay.outcome,
        targets.outcome,
        ...(tally.total! - tally.error! > 0 ? [rowOutcome] : []),
      ]);
      const summary: Bilingual = M.text('summary_report', {
        workers: roster.tally.inService,
        overdue: tally.fail!,
        staffing: staffing?.outcome ?? null,
        pay: pay.outcome,
        targets: targets.outcome,
      });
      return {
        ...envelope(DOMAIN, 'workforce-report', outcome, scope, explain(summary)),
        counts: tally as unknown as OutcomeCounts,
        workers: counts(roster),
        staffing,
        pay,
        targets: { outcome: targets.outcome, year: targets.year, units: targets.units, gaps: roster.gaps },
        errors: r?.errors ?? [],
      };
    },
  };
}

/**
 * Everything the Jiangsu 16条 checks over a roster (U31, M), in one result: each worker's row (the certification
 * deadline of {@link certificationDeadline} and the exit cases of {@link exitTriggers}; `not_applicable` when not in
 * service on `asOf`), and for the roster staffing per unit (when `residents` is given; {@link staffingRequirement}),
 * average pay per county and city ({@link averagePayCheck}) and the targets per unit with the workers behind them
 * ({@link rosterTargets}). Refused workers are error rows; the counts add up to the rows. Outcome: the worst of the
 * parts (a worker overdue or meeting an exit case, a unit behind, is `fail`).
 * @param input - `{ workers: [...], residents?: [...] }`
 * @param options - `asOf` (required), `profile`, `divisions`, `salaryProfile`, `explain` (each row's explanation)
 * @category Workforce
 * @example
 * ```ts
 * const r = workforceReport({ workers: roster, residents }, { asOf: '2026-06-30' });
 * r.counts;                                              // { total: 120, pass: 100, fail: 3, undetermined: 15, not_applicable: 2, … }
 * r.rows.filter((w) => w.outcome === 'fail');            // overdue certification, exit cases
 * explain(r);                                            // the summary, the rules per county, every row
 * ```
 */
export function workforceReport(input: unknown, options: WorkforceReportOptions): WorkforceReport {
  const { residents, workers } = inputOf(input);
  const b = builder(options, true);
  const rows = b.add(requireArray(workers, ['workers']));
  const s = b.finish(input !== null && typeof input === 'object' && 'residents' in input ? residents : undefined);
  return { ...s, rows: rows.length === 0 ? NO_ROWS : rows };
}
