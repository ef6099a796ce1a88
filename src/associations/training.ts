/**
 * 双培: training of party secretaries (党组织书记) and party-building instructors (党建指导员) of associations.
 * Coverage over a period counts people, not courses: a person is trained if at least one training falls in it.
 * @module
 */
import * as z from 'zod/mini';
import { Dec, ErrorCode, fail, pathArg, type CalendarDate, type IssuePath, type PolicyError } from '../core/index.js';
import { calendarDateSchema, schemaParser } from '../core/zod-issues.js';
import { maskPersonKey } from './findings.js';

/** Who 双培 trains. @category Associations */
export type TrainingRole = 'party_secretary' | 'party_instructor';

/** Every training role (the same names as the coverage module's training rows). @category Associations */
export const DUAL_TRAINING_ROLES: readonly TrainingRole[] = ['party_secretary', 'party_instructor'];

/**
 * One person to be trained, with the dates of the trainings attended.
 * @category Associations
 */
export interface TraineeRecord {
  /** The host's person key (a resident ID is masked in results). */
  readonly personId: string;
  /** Party secretary or party-building instructor. */
  readonly role: TrainingRole;
  /** The association served, if any. */
  readonly association?: string;
  /** Dates of trainings attended (any number, any order). */
  readonly trainings: readonly CalendarDate[];
}

/**
 * Options of {@link trainingCoverage}.
 * @category Associations
 */
export interface TrainingCoverageOptions {
  /** The period, first and last day inclusive. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Roles to count (default both). */
  readonly roles?: readonly TrainingRole[];
  /** Decimal places of `rate` (default 4), rounded half-up. */
  readonly decimals?: number;
}

/**
 * Trained people over people to train.
 * @category Associations
 */
export interface CoverageRatio {
  /** People trained in the period. */
  readonly numerator: number;
  /** People to train. */
  readonly denominator: number;
  /** numerator / denominator as a decimal string rounded half-up (e.g. `"0.6667"`); `null` when there is no one to train. */
  readonly rate: string | null;
}

/**
 * Result of {@link trainingCoverage}.
 * @category Associations
 */
export interface TrainingCoverage extends CoverageRatio {
  /** The period counted. */
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** The same ratio per role. */
  readonly byRole: Readonly<Partial<Record<TrainingRole, CoverageRatio>>>;
  /** People not trained in the period (person keys that look like resident IDs are masked). */
  readonly untrained: readonly { readonly personId: string; readonly role: TrainingRole; readonly association?: string }[];
}

// Zod schemas are built on first use (no work at import).
function buildParsers() {
  const dateSchema = calendarDateSchema();
  const roleSchema = z.enum(['party_secretary', 'party_instructor']);
  const records = schemaParser(
    z.array(z.strictObject({ personId: z.string().check(z.minLength(1)), role: roleSchema, association: z.optional(z.string()), trainings: z.array(dateSchema) })),
  );
  const options = schemaParser(
    z.strictObject({
      period: z.strictObject({ from: dateSchema, to: dateSchema }),
      roles: z.optional(z.array(roleSchema).check(z.minLength(1))),
      decimals: z.optional(z.int().check(z.gte(0), z.lte(20))),
    }),
  );
  return { records, options };
}
let parsers: ReturnType<typeof buildParsers> | undefined;

function ratio(n: number, d: number, decimals: number): CoverageRatio {
  return { numerator: n, denominator: d, rate: d === 0 ? null : new Dec(n).div(d).toFixed(decimals, Dec.ROUND_HALF_UP) };
}

/**
 * Training coverage (双培) in a period: how many party secretaries and party-building instructors attended at least
 * one training between `period.from` and `period.to` (inclusive). Records of the same person and role are merged.
 * Throws a `PolicyError` for bad records or a period that ends before it starts.
 * @category Associations
 * @example
 * ```ts
 * const c = trainingCoverage(
 *   [{ personId: 'p1', role: 'party_secretary', trainings: ['2025-04-02'] },
 *    { personId: 'p2', role: 'party_secretary', trainings: [] },
 *    { personId: 'p3', role: 'party_instructor', trainings: ['2024-12-30'] }],
 *   { period: { from: '2025-01-01', to: '2025-12-31' } },
 * );
 * c.rate;      // '0.3333'
 * c.untrained; // p2 and p3
 * ```
 */
export function trainingCoverage(records: readonly TraineeRecord[], options: TrainingCoverageOptions, path: IssuePath = []): TrainingCoverage {
  parsers ??= buildParsers();
  const list = parsers.records.parse(records, [...pathArg(path), 'records']);
  const opts = parsers.options.parse(options, [...path, 'options']);
  const { from, to } = opts.period;
  if (to < from) fail(ErrorCode.OutOfRange, [...path, 'options', 'period', 'to'], '统计期结束日期早于开始日期', 'The period ends before it starts');
  const roles = opts.roles ?? DUAL_TRAINING_ROLES;
  const decimals = opts.decimals ?? 4;
  // One entry per (person, role), trained if any of its records has a date in the period.
  const people = new Map<string, { personId: string; role: TrainingRole; association?: string; trained: boolean }>();
  for (const r of list) {
    if (!roles.includes(r.role)) continue;
    const key = `${r.role}\u0000${r.personId}`;
    const trained = r.trainings.some((d) => d >= from && d <= to);
    const seen = people.get(key);
    if (seen === undefined) people.set(key, r.association === undefined ? { personId: r.personId, role: r.role, trained } : { personId: r.personId, role: r.role, association: r.association, trained });
    else seen.trained ||= trained;
  }
  const counts = new Map<TrainingRole, [number, number]>(roles.map((r) => [r, [0, 0]]));
  const untrained: { personId: string; role: TrainingRole; association?: string }[] = [];
  let n = 0;
  for (const p of people.values()) {
    const c = counts.get(p.role)!;
    c[1]++;
    if (p.trained) {
      c[0]++;
      n++;
    } else {
      untrained.push(p.association === undefined ? { personId: maskPersonKey(p.personId), role: p.role } : { personId: maskPersonKey(p.personId), role: p.role, association: p.association });
    }
  }
  const byRole: Partial<Record<TrainingRole, CoverageRatio>> = {};
  for (const [role, [rn, rd]] of counts) byRole[role] = ratio(rn, rd, decimals);
  return { period: { from, to }, ...ratio(n, people.size, decimals), byRole, untrained };
}
