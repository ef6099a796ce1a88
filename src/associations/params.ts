/**
 * Parameter values in force on an election date, resolved once per (profile, date) and reused: a review of
 * 100,000 candidates reads each parameter once, not 100,000 times.
 * @module
 */
import { buildPlan, type Plan } from './plan.js';
import type { Role } from './roles.js';
import type { ReviewPhase } from './rules.js';
import { ErrorCode, addDays, addYears, isPolicyError, readParameter, type ParameterRead, type Profile } from '../core/index.js';

/** Parameters of one profile in force on one date; `undefined` for a parameter absent or not in force. @internal */
export class ResolvedParams {
  private readonly cache = new Map<string, ParameterRead | undefined>();
  private readonly lastDays = new Map<number, string>();
  private readonly plans: Record<ReviewPhase, Partial<Record<Role, Plan>>> = { 'pre-election': {}, 'post-election': {} };

  constructor(
    readonly profile: Profile,
    readonly date: string,
  ) {}

  /** The value in force, or `undefined` if the profile has no value on the date (never a silent default). */
  get(id: string): ParameterRead | undefined {
    if (this.cache.has(id)) return this.cache.get(id);
    let read: ParameterRead | undefined;
    if (this.profile.parameters[id] !== undefined) {
      try {
        read = readParameter(this.profile, id, this.date);
      } catch (error) {
        if (!isPolicyError(error) || error.code !== ErrorCode.NotInForce) throw error;
      }
    }
    this.cache.set(id, read);
    return read;
  }

  /** The rules that apply to a post in a phase, with their parameters (computed once). */
  plan(role: Role, phase: ReviewPhase): Plan {
    const byRole = this.plans[phase];
    return (byRole[role] ??= buildPlan(this, role, phase));
  }

  /** Last day of a term of `years` years starting on the date (the day before its anniversary). */
  lastDayOfTerm(years: number): string {
    let d = this.lastDays.get(years);
    if (d === undefined) {
      d = addDays(addYears(this.date, years), -1);
      this.lastDays.set(years, d);
    }
    return d;
  }
}

const byProfile = /* @__PURE__ */ new WeakMap<Profile, Map<string, ResolvedParams>>();
/** Dates kept per profile before the cache is dropped (bounded memory for hosts that review many dates). */
const MAX_DATES = 512;

/** The resolved parameters of a profile on a date (cached). @internal */
export function resolveParams(profile: Profile, date: string): ResolvedParams {
  let dates = byProfile.get(profile);
  if (dates === undefined) {
    dates = new Map();
    byProfile.set(profile, dates);
  }
  let r = dates.get(date);
  if (r === undefined) {
    if (dates.size >= MAX_DATES) dates.clear();
    r = new ResolvedParams(profile, date);
    dates.set(date, r);
  }
  return r;
}
