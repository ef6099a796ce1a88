/**
 * 双培 training coverage, the one implementation: of the 党组织书记 and 党建工作指导员 to be trained (the `trainee`
 * entity, one record per person and role), how many attended at least one training in the period. The
 * `dual_review` indicator counts it per unit; {@link trainingCoverage} gives it on its own, per role, with the people
 * not trained and the explanation.
 * @module
 */
import { explainedScope, envelope, isGap, profileAt, type Scope } from '../core/evaluation.js';
import { readOptions, asOfOption, type OptionReader } from '../core/options.js';
import { formatRate } from '../core/rate.js';
import { maskIds, typeName } from '../core/errors.js';
import { coreMessages } from '../core/core-messages.js';
import type { ValidationMode } from '../core/validation.js';
import { arrayArg, objectArg, stringArg } from '../core/args.js';
import { checkScope } from './units.js';
import type { ResultEnvelope } from '../core/result.js';
import { TRAINEE_ROLES, traineeRoleLabels, type TraineeRole } from '../entities/trainee.js';
import { isValidResidentId, maskResidentId } from '../validators/resident-id.js';
import { coverageMessages } from './messages.js';
import { COMMON_OPTIONS, periodOption, yearToDate, type Period } from './options.js';
import { trainees, type CoverageTrainee } from './records.js';
import { checkRegistryNames, readCollection, type CheckedRows } from './registry.js';
import type { RecordCounts, RegistryRowError } from './result.js';
import { unitIndex } from './units.js';

/**
 * One person and role to be trained, and whether they were.
 * @category Coverage
 */
export interface TraineeStanding {
  /** Position of the record among the checked rows. */
  readonly position: number;
  /** The role. */
  readonly role: TraineeRole;
  /** True when a training date falls in the period. */
  readonly trained: boolean;
}

/**
 * The standing of every trainee whose role is counted (the others are left out of scope), and the rule in the trace.
 * @param rows - the checked trainee rows
 * @param period - the period, both ends inclusive
 * @param roles - the roles counted
 * @param scope - where the rule is traced
 * @category Coverage
 * @example
 * ```ts
 * const { standings } = trainingStandings(rows, { from: '2025-01-01', to: '2025-12-31' }, ['party_secretary'], scope);
 * ```
 */
export function trainingStandings(
  rows: CheckedRows<CoverageTrainee>,
  period: Period,
  roles: readonly TraineeRole[],
  scope: Scope,
): { standings: TraineeStanding[]; outOfScope: number } {
  if (typeof rows !== 'object' || rows === null || !Array.isArray(rows.records)) objectArg(null, 'rows');
  objectArg(period, 'period');
  stringArg(period.from, 'period');
  stringArg(period.to, 'period');
  arrayArg(roles, 'roles');
  checkScope(scope);
  for (const t of rows.records)
    if (typeof t !== 'object' || t === null || typeof t.role !== 'string' || !Array.isArray(t.trainedOn))
      objectArg(null, 'rows');
  const standings: TraineeStanding[] = [];
  let outOfScope = 0;
  for (let k = 0; k < rows.records.length; k++) {
    const t = rows.records[k]!;
    if (!roles.includes(t.role)) {
      outOfScope++;
      continue;
    }
    standings.push({ position: k, role: t.role, trained: t.trainedOn.some((d) => d >= period.from && d <= period.to) });
  }
  if (scope.trace.recording) {
    const basis = scope.at.get('coverage.dualReview.trainingRoles');
    const text = coverageMessages.text('rule_training', {
      roles: roles.map((r) => traineeRoleLabels[r]),
      from: period.from,
      to: period.to,
    });
    scope.trace.rule(
      isGap(basis) ? { rule: 'coverage.training', text } : { rule: 'coverage.training', text, source: basis.source },
    );
  }
  return { standings, outOfScope };
}

/** A person key as results show it: a resident ID is masked. @internal */
export function shownPersonKey(key: string | number): string {
  const s = String(key);
  // A key that is an ID shows as the masked ID; an ID written inside a longer key ("张三 1101…") is masked in place.
  return isValidResidentId(s) ? maskResidentId(s) : maskIds(s);
}

/**
 * Trained over to be trained.
 * @category Coverage
 */
export interface TrainingRatio {
  /** People trained in the period. */
  readonly numerator: number;
  /** People to train. */
  readonly denominator: number;
  /** `numerator ÷ denominator` to 4 places (core `formatRate`); `null` when there is no one to train. */
  readonly rate: string | null;
  /** Percent text; `null` when there is no one to train. */
  readonly percent: string | null;
}

/**
 * Result of {@link trainingCoverage}.
 * @category Coverage
 */
export interface TrainingCoverage
  extends ResultEnvelope<'training_coverage', 'computed' | 'undetermined'>, TrainingRatio {
  /** The period counted. */
  readonly period: Period;
  /** The same ratio per role counted. */
  readonly byRole: Readonly<Partial<Record<TraineeRole, TrainingRatio>>>;
  /** People not trained in the period (a person key that is a resident ID is masked). */
  readonly untrained: readonly {
    readonly personId: string;
    readonly role: TraineeRole;
    readonly associationId?: string;
  }[];
  /** What became of the records: `read = counted + outOfScope + errors`. */
  readonly records: RecordCounts;
  /** Refused records (row-level errors; the rest is counted). */
  readonly errors: readonly RegistryRowError[];
}

const rolesOption: OptionReader<TraineeRole[] | undefined> = (value, path) => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0)
    return coreMessages.fail('invalid_type', path, { expected: 'array', received: typeName(value) });
  return value.map((r, i) => {
    if (typeof r !== 'string' || !(TRAINEE_ROLES as readonly string[]).includes(r))
      coreMessages.fail('unknown_enum_value', [...path, i], {
        allowed: TRAINEE_ROLES,
        received: typeof r === 'string' ? r.slice(0, 40) : typeName(r),
      });
    return r as TraineeRole;
  });
};

function ratio(n: number, d: number): TrainingRatio {
  return { numerator: n, denominator: d, ...formatRate(n, d) };
}

/**
 * 双培 training coverage over a period: how many of the party secretaries and party-building instructors to be trained
 * (one `trainee` record per person and role) attended at least one training between `period.from` and `period.to`
 * (inclusive), overall and per role. A bad record is a row-level error in `errors` (a second record for the same
 * person and role is one); the rest is counted.
 * @param records - `trainee` records (`personId`, `role`, `trainedOn`: the dates attended, any number)
 * @param options - `asOf` (required: the date parameters are read on), `period` (default: 1 January of `asOf`'s
 *   year to `asOf`), `roles` (default: the profile's `coverage.dualReview.trainingRoles`), `profile`, `divisions`
 *   (where trainees' division codes are looked up), `validate`
 * @category Coverage
 * @example
 * ```ts
 * const c = trainingCoverage(
 *   [{ personId: 'p1', role: 'party_secretary', trainedOn: ['2025-04-02'] },
 *    { personId: 'p2', role: 'party_secretary', trainedOn: [] },
 *    { personId: 'p3', role: 'party_instructor', trainedOn: ['2024-12-30'] }],
 *   { asOf: '2025-12-31', period: { from: '2025-01-01', to: '2025-12-31' } },
 * );
 * c.rate;      // '0.3333'
 * c.untrained; // p2 and p3
 * ```
 */
export function trainingCoverage(
  records: unknown,
  options: {
    readonly asOf: string;
    readonly period?: Period;
    readonly roles?: readonly TraineeRole[];
    readonly profile?: unknown;
    readonly divisions?: unknown;
    readonly validate?: ValidationMode;
  },
): TrainingCoverage {
  const o = readOptions(options, {
    asOf: asOfOption,
    profile: COMMON_OPTIONS.profile,
    divisions: COMMON_OPTIONS.divisions,
    validate: COMMON_OPTIONS.validate,
    period: periodOption,
    roles: rolesOption,
  });
  if (!Array.isArray(records))
    coreMessages.fail('invalid_type', ['records'], { expected: 'array', received: typeName(records) });
  const registry = { [trainees.name]: records };
  checkRegistryNames(registry, [trainees]);
  const rows = readCollection(registry, trainees, unitIndex(o.divisions), o.validate) as CheckedRows<CoverageTrainee>;
  const period = o.period ?? yearToDate(o.asOf);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const roles =
    o.roles ?? (scope.param<string[]>('coverage.dualReview.trainingRoles')?.value as TraineeRole[] | undefined);
  const { standings, outOfScope } =
    roles === undefined ? { standings: [], outOfScope: 0 } : trainingStandings(rows, period, roles, scope);
  const byRole: Partial<Record<TraineeRole, TrainingRatio>> = {};
  const untrained: { personId: string; role: TraineeRole; associationId?: string }[] = [];
  let n = 0;
  for (const role of roles ?? []) {
    const mine = standings.filter((s) => s.role === role);
    byRole[role] = ratio(mine.filter((s) => s.trained).length, mine.length);
  }
  for (const s of standings) {
    if (s.trained) {
      n++;
      continue;
    }
    const t = rows.records[s.position]!;
    untrained.push(
      t.associationId === undefined
        ? { personId: shownPersonKey(t.personId), role: t.role }
        : { personId: shownPersonKey(t.personId), role: t.role, associationId: t.associationId },
    );
  }
  const total = ratio(n, standings.length);
  const outcome = scope.missing.length > 0 ? 'undetermined' : 'computed';
  const summary = coverageMessages.text('training_summary', {
    percent: total.percent,
    numerator: n,
    denominator: standings.length,
    errors: rows.errors.length,
  });
  return {
    ...envelope('coverage', 'training_coverage', outcome, scope, explain(summary)),
    ...total,
    period,
    byRole,
    untrained,
    records: { read: rows.read, counted: standings.length, outOfScope, undetermined: 0, errors: rows.errors.length },
    errors: rows.errors,
  };
}
