/**
 * The fast path of `petitionDeadlinesBatch` (without explanations): the same rules, fed by the same parameter reads
 * through one scope per row (so warnings and missing items come out in the same order), counting each period with the
 * same `countPeriod`, but sharing what does not depend on the row: a milestone that does not apply, or waits for a
 * missing field, is built once per batch, and a counted milestone once per batch, kind and start date (rows received
 * on the same day share it; all are frozen). A row whose milestones need no scope (every field given, every
 * parameter in force, the calendar's years known) takes a path without one: its warnings are those of the parameters
 * its milestones read, folded once per combination. Any other row runs the same rules through a scope. A differential
 * test holds the kernel equal to the readable path on generated rows (fixed seed).
 * @module
 * @internal
 */
import {
  NO_TRACE,
  addWorkingDays,
  isGap,
  isPolicyError,
  periodEnd,
  runBatch,
  Scope,
  tryAddWorkingDays,
  tryPeriodEnd,
  type Bilingual,
  type ErrorRow,
  type OutcomeCounts,
  type ParameterRead,
  type ParametersAt,
  type PeriodConvention,
  type PolicyIssue,
  type Source,
  type ValidationMode,
  type Warning,
  type WorkCalendar,
} from '../core/index.js';
import {
  petitionCategoryLabels,
  petitionIntakeLabels,
  petitionRouteLabels,
  type Petition,
} from '../entities/petition.js';
import type { PetitionDeadlinesRow } from './deadlines.js';
import { petitionMessages as M } from './messages.js';
import {
  BASIS,
  MILESTONES,
  countPeriod,
  fieldLabel,
  missingInput,
  notApplicable,
  stageNotReached,
  stripEn,
  type Milestone,
  type MilestoneDef,
  type MilestoneId,
  type PetitionContext,
} from './milestones.js';
import { petitionCaseRecord } from './records.js';
import { reexamDue } from './rules/reexam-due.js';
import { resolveDue } from './rules/resolve-due.js';

/** What a batch shares across its rows: the milestones that do not depend on a row's dates, and counting options. */
class Shared {
  private readonly cache = new Map<string, Milestone>();
  private readonly quiet: PetitionContext;
  readonly routeNa: Readonly<Record<string, Milestone>>;
  readonly objectionNa: Readonly<Record<string, Milestone>>;
  readonly noticeOffice: Milestone;
  readonly noticeUnclear: Milestone;
  readonly resolveCategoryNa: Readonly<Record<string, Milestone>>;
  readonly resolveRouteNa: Readonly<Record<string, Milestone>>;
  readonly stageNa: Readonly<Record<'reviewRequest' | 'review' | 'reexamRequest' | 'reexam', Milestone>>;
  private readonly periodOptions = new Map<
    string,
    { convention: PeriodConvention; calendar: WorkCalendar; path: readonly string[] }
  >();
  private readonly reads = new Map<string, ParameterRead | undefined>();
  private readonly warningsByMask = new Map<number, readonly Warning[]>();
  private readonly lengths = new Map<number, { readonly days: number }>();
  /** Milestones counted in this batch, by kind (FAST_READS bit) and start date: rows with the same date share one. */
  readonly counted: Map<string, Milestone>[] = FAST_READS.map(() => new Map<string, Milestone>());
  private readonly at: ParametersAt;

  constructor(
    at: ParametersAt,
    readonly calendar: WorkCalendar,
  ) {
    this.at = at;
    const q: PetitionContext = (this.quiet = { scope: new Scope(at, NO_TRACE), calendar });
    const na = (def: MilestoneDef, basis: Source, reason: Bilingual) =>
      Object.freeze(notApplicable(def, basis, reason, q));
    this.routeNa = {
      direct: na(MILESTONES.route, BASIS.route, M.text('na_route_intake', { intake: petitionIntakeLabels.direct })),
      transferred: na(
        MILESTONES.route,
        BASIS.route,
        M.text('na_route_intake', { intake: petitionIntakeLabels.transferred }),
      ),
    };
    this.objectionNa = {
      direct: na(
        MILESTONES.objection,
        BASIS.objection,
        M.text('na_objection_intake', { intake: petitionIntakeLabels.direct }),
      ),
      petition_office: na(
        MILESTONES.objection,
        BASIS.objection,
        M.text('na_objection_intake', { intake: petitionIntakeLabels.petition_office }),
      ),
    };
    this.noticeOffice = na(MILESTONES.notice, BASIS.noticeDirect, M.text('na_notice_petition_office'));
    this.noticeUnclear = na(MILESTONES.notice, BASIS.noticeDirect, M.text('na_identity_unclear'));
    this.resolveCategoryNa = {
      suggestion: na(
        MILESTONES.resolve,
        BASIS.resolve,
        M.text('na_resolve_category', { category: petitionCategoryLabels.suggestion }),
      ),
      accusation: na(
        MILESTONES.resolve,
        BASIS.resolve,
        M.text('na_resolve_category', { category: petitionCategoryLabels.accusation }),
      ),
    };
    const routes: Record<string, Milestone> = {};
    for (const r of ['judicial', 'arbitration', 'party_appeal', 'administrative', 'protection_duty'] as const)
      routes[r] = na(MILESTONES.resolve, BASIS.resolve, M.text('na_resolve_route', { route: petitionRouteLabels[r] }));
    this.resolveRouteNa = routes;
    this.stageNa = {
      reviewRequest: Object.freeze(stageNotReached(MILESTONES.reviewRequest, BASIS.reviewRequest, q)),
      review: Object.freeze(stageNotReached(MILESTONES.review, BASIS.review, q)),
      reexamRequest: Object.freeze(stageNotReached(MILESTONES.reexamRequest, BASIS.reexamRequest, q)),
      reexam: Object.freeze(stageNotReached(MILESTONES.reexam, BASIS.reexam, q)),
    };
  }

  /** A milestone waiting for missing fields: the fields are needed on the row's scope, the milestone is shared. */
  missing(def: MilestoneDef, basis: Source, fields: readonly (keyof Petition)[], scope: Scope): Milestone {
    for (let i = 0; i < fields.length; i++) scope.need(fields[i]!, fieldLabel(fields[i]!));
    const key = `${def.id}|${basis.article}|${fields.join(',')}`;
    let m = this.cache.get(key);
    if (m === undefined) this.cache.set(key, (m = Object.freeze(missingInput(def, basis, fields, this.quiet))));
    return m;
  }

  /** A parameter's value on the batch's date, or `undefined` when it has none. */
  read(id: string): ParameterRead | undefined {
    let r = this.reads.get(id);
    if (r === undefined && !this.reads.has(id)) {
      const g = this.at.get(id);
      this.reads.set(id, (r = isGap(g) ? undefined : g));
    }
    return r;
  }

  /** A period of `n` days (one object per length). */
  days(n: number): { readonly days: number } {
    let d = this.lengths.get(n);
    if (d === undefined) this.lengths.set(n, (d = Object.freeze({ days: n })));
    return d;
  }

  /**
   * The warnings of a row whose counted milestones are `mask` (bits in the order of FAST_READS): the parameters those
   * milestones read, in the readable path's order, folded through a scope once per mask.
   */
  warnings(mask: number): readonly Warning[] {
    let w = this.warningsByMask.get(mask);
    if (w === undefined) {
      const scope = new Scope(this.at, NO_TRACE);
      for (let bit = 0; bit < FAST_READS.length; bit++)
        if ((mask & (1 << bit)) !== 0) for (const id of FAST_READS[bit]!) scope.param(id);
      this.warningsByMask.set(mask, (w = Object.freeze(scope.warnings)));
    }
    return w;
  }

  /** The period options of a milestone under a convention (one object per batch). */
  options(
    def: MilestoneDef,
    convention: PeriodConvention,
  ): { convention: PeriodConvention; calendar: WorkCalendar; path: readonly string[] } {
    let o = this.periodOptions.get(def.from);
    if (o === undefined || o.convention !== convention)
      this.periodOptions.set(def.from, (o = { convention, calendar: this.calendar, path: [def.from] }));
    return o;
  }
}

/**
 * A period this kernel counts: its milestone, basis, length parameter and unit; `bit` is its place in a row's mask of
 * fast-counted milestones (and in FAST_READS). One entry per period, read by both paths.
 */
interface Period {
  readonly bit: number;
  readonly def: MilestoneDef;
  readonly basis: Source;
  readonly param: string;
  readonly unit: 'days' | 'working_days';
}
const period = (
  bit: number,
  def: MilestoneDef,
  basis: Source,
  param: string,
  unit: Period['unit'] = 'days',
): Period => ({ bit, def, basis, param, unit });
const PERIODS = {
  route: period(0, MILESTONES.route, BASIS.route, 'petition.routeDays'),
  noticeDirect: period(1, MILESTONES.notice, BASIS.noticeDirect, 'petition.noticeDays'),
  noticeTransferred: period(2, MILESTONES.notice, BASIS.noticeTransferred, 'petition.transferredNoticeDays'),
  objection: period(3, MILESTONES.objection, BASIS.objection, 'petition.objectionWorkdays', 'working_days'),
  resolve: period(4, MILESTONES.resolve, BASIS.resolve, 'petition.resolveDays'),
  reviewRequest: period(5, MILESTONES.reviewRequest, BASIS.reviewRequest, 'petition.reviewRequestDays'),
  review: period(6, MILESTONES.review, BASIS.review, 'petition.reviewDays'),
  reexamRequest: period(7, MILESTONES.reexamRequest, BASIS.reexamRequest, 'petition.reexamRequestDays'),
} as const;

// What each fast-counted period reads, in the readable path's order (entry i for bit i).
const DAYS_READS = ['petition.daysAreCalendarDays', 'petition.countingPolicy'];
const FAST_READS: readonly (readonly string[])[] = Object.values(PERIODS)
  .sort((a, b) => a.bit - b.bit)
  .map((p) => (p.unit === 'working_days' ? [p.param] : [p.param, ...DAYS_READS]));

/** A counted milestone. */
function computed(
  p: Period,
  from: string,
  length: number,
  unit: 'days' | 'working_days',
  due: string,
  counting: readonly string[],
  rolledFrom: string | null = null,
  holiday: Milestone['holiday'] = null,
): Milestone {
  const def = p.def;
  return {
    id: def.id,
    label: def.label,
    kind: def.kind,
    outcome: 'computed',
    from,
    length,
    unit,
    due,
    rolledFrom,
    holiday,
    counting,
    basis: stripEn(p.basis),
    missing: NONE,
    reason: null,
  };
}

const WORKING: readonly string[] = Object.freeze(['working-days']);
const NO_PATH: readonly (string | number)[] = Object.freeze([]);
const NONE: readonly string[] = Object.freeze([]);

/**
 * `countPeriod` for the common case (the parameters have values, the event is after they took effect, the calendar
 * knows the year): the same reads on the row's scope, the same milestone; any other case goes to `countPeriod`
 * itself (re-reading is harmless: a scope keeps each warning and missing item once).
 */
function count(p: Period, from: string, ctx: PetitionContext, shared: Shared): Milestone {
  const { def, basis, param, unit } = p;
  const scope = ctx.scope;
  const slow = (): Milestone => countPeriod(def, basis, { param, from, unit }, ctx);
  const length = scope.param<number>(param);
  if (length === undefined || (length.effectiveFrom !== null && from < length.effectiveFrom)) return slow();
  let working = unit === 'working_days';
  if (!working) {
    const calendarDays = scope.param<boolean>('petition.daysAreCalendarDays');
    if (calendarDays === undefined) return slow();
    working = calendarDays.value === false;
  }
  const n = length.value;
  if (working) {
    const r = tryAddWorkingDays(from, n, ctx.calendar);
    return r.determined ? computed(p, from, n, 'working_days', r.value, WORKING) : slow();
  }
  const policy = scope.param('petition.countingPolicy');
  if (policy === undefined) return slow();
  const r = tryPeriodEnd(from, { days: n }, shared.options(def, policy.value as unknown as PeriodConvention));
  if (!r.determined) return slow();
  const e = r.value;
  return computed(p, from, n, 'days', e.end, e.rule.articles, e.rolledFrom ?? null, e.holiday ?? null);
}

/** The milestones counted from the receipt (arts. 22, 23), as the readable rules decide them. */
function fromReceipt(p: Petition, ctx: PetitionContext, shared: Shared, out: Milestone[]): void {
  const scope = ctx.scope;
  const intake = p.intake;
  const received = p.receivedOn;
  const receiptMissing: readonly (keyof Petition)[] =
    intake === undefined
      ? received === undefined
        ? INTAKE_RECEIVED
        : INTAKE
      : received === undefined
        ? RECEIVED
        : NO_FIELDS;
  // 登记并转送、交办 (art. 22)
  if (intake !== undefined && intake !== 'petition_office') out.push(shared.routeNa[intake]!);
  else if (received === undefined || intake === undefined)
    out.push(shared.missing(MILESTONES.route, BASIS.route, receiptMissing, scope));
  else out.push(count(PERIODS.route, received, ctx, shared));
  // 书面告知 (art. 23 ¶2, ¶3)
  if (intake === 'petition_office') out.push(shared.noticeOffice);
  else {
    const transferred = intake === 'transferred';
    const basis = transferred ? BASIS.noticeTransferred : BASIS.noticeDirect;
    if (intake === 'direct' && p.identityUnclear === true) out.push(shared.noticeUnclear);
    else if (received === undefined || intake === undefined)
      out.push(shared.missing(MILESTONES.notice, basis, receiptMissing, scope));
    else out.push(count(transferred ? PERIODS.noticeTransferred : PERIODS.noticeDirect, received, ctx, shared));
  }
  // 提出异议 (art. 23 ¶3)
  if (intake !== undefined && intake !== 'transferred') out.push(shared.objectionNa[intake]!);
  else if (received === undefined || intake === undefined)
    out.push(shared.missing(MILESTONES.objection, BASIS.objection, receiptMissing, scope));
  else out.push(count(PERIODS.objection, received, ctx, shared));
}

const INTAKE_RECEIVED: readonly (keyof Petition)[] = ['intake', 'receivedOn'];
const INTAKE: readonly (keyof Petition)[] = ['intake'];
const RECEIVED: readonly (keyof Petition)[] = ['receivedOn'];
const NO_FIELDS: readonly (keyof Petition)[] = [];

/** 办结 (art. 34): shared when it does not apply or waits for a field; an extension goes through the readable rule. */
function resolve(p: Petition, ctx: PetitionContext, shared: Shared): Milestone {
  if (p.extensionDays !== undefined && p.extensionDays !== 0) return resolveDue(p, ctx);
  const category = p.category;
  const route = p.route;
  if (category !== undefined && category !== 'claim') return shared.resolveCategoryNa[category]!;
  if (route !== undefined && route !== 'opinion') return shared.resolveRouteNa[route]!;
  if (route === undefined || p.acceptedOn === undefined) {
    const fields: (keyof Petition)[] = route === undefined ? [category === undefined ? 'category' : 'route'] : [];
    if (p.acceptedOn === undefined) fields.push('acceptedOn');
    return shared.missing(MILESTONES.resolve, BASIS.resolve, fields, ctx.scope);
  }
  return count(PERIODS.resolve, p.acceptedOn, ctx, shared);
}

/** A later step: counted from its event (`from`), waiting for it (`reached`: a later date is given), or not reached. */
function stage(
  id: 'reviewRequest' | 'review' | 'reexamRequest',
  from: string | undefined,
  reached: boolean,
  ctx: PetitionContext,
  shared: Shared,
): Milestone {
  const p = PERIODS[id];
  if (from !== undefined) return count(p, from, ctx, shared);
  return reached ? shared.missing(p.def, p.basis, [p.def.from], ctx.scope) : shared.stageNa[id];
}

/** Thrown inside the fast path when a row needs the scope path (a missing field, a gap, an unusual date). */
const FALLBACK = Symbol('fallback');

/** The fast path's row state: the milestones counted (a mask of FAST_READS bits). */
interface Fast {
  mask: number;
}

/** A period counted without a scope; anything the scope path would record (a gap, a missing year) falls back. */
function fastCount(p: Period, from: string, shared: Shared, f: Fast): Milestone {
  const seen = shared.counted[p.bit]!.get(from);
  if (seen !== undefined) {
    f.mask |= 1 << p.bit;
    return seen;
  }
  const m = Object.freeze(countFresh(p, from, shared, f));
  shared.counted[p.bit]!.set(from, m);
  return m;
}

function countFresh(p: Period, from: string, shared: Shared, f: Fast): Milestone {
  const length = shared.read(p.param);
  if (length === undefined || (length.effectiveFrom !== null && from < length.effectiveFrom)) throw FALLBACK;
  const n = length.value as number;
  f.mask |= 1 << p.bit;
  // The throwing forms: a year without data (rare) throws, and the row goes to the scope path.
  if (p.unit === 'working_days')
    return computed(p, from, n, 'working_days', addWorkingDays(from, n, shared.calendar), WORKING);
  const calendarDays = shared.read('petition.daysAreCalendarDays');
  const policy = shared.read('petition.countingPolicy');
  if (calendarDays === undefined || calendarDays.value !== true || policy === undefined) throw FALLBACK;
  const e = periodEnd(from, shared.days(n), shared.options(p.def, policy.value as unknown as PeriodConvention));
  return computed(p, from, n, 'days', e.end, e.rule.articles, e.rolledFrom ?? null, e.holiday ?? null);
}

/** The deadlines of a row that needs no scope (every field its milestones need is given), or FALLBACK thrown. */
function fastMilestones(p: Petition, shared: Shared, f: Fast): Milestone[] {
  const intake = p.intake;
  const received = p.receivedOn;
  if (intake === undefined || received === undefined) throw FALLBACK;
  const out: Milestone[] = new Array<Milestone>(8);
  out[0] = intake === 'petition_office' ? fastCount(PERIODS.route, received, shared, f) : shared.routeNa[intake]!;
  if (intake === 'petition_office') out[1] = shared.noticeOffice;
  else if (intake === 'direct')
    out[1] = p.identityUnclear === true ? shared.noticeUnclear : fastCount(PERIODS.noticeDirect, received, shared, f);
  else out[1] = fastCount(PERIODS.noticeTransferred, received, shared, f);
  out[2] = intake === 'transferred' ? fastCount(PERIODS.objection, received, shared, f) : shared.objectionNa[intake]!;
  if (p.extensionDays !== undefined && p.extensionDays !== 0) throw FALLBACK;
  const category = p.category;
  const route = p.route;
  if (category !== undefined && category !== 'claim') out[3] = shared.resolveCategoryNa[category]!;
  else if (route !== undefined && route !== 'opinion') out[3] = shared.resolveRouteNa[route]!;
  else if (route === undefined || p.acceptedOn === undefined) throw FALLBACK;
  else out[3] = fastCount(PERIODS.resolve, p.acceptedOn, shared, f);
  // Later steps: only rows that have not reached them, or that give the date each one starts from.
  if (p.reexamRequestedOn !== undefined || p.reexamDecidedOn !== undefined) throw FALLBACK;
  out[4] = fastStage(
    'reviewRequest',
    p.answerReceivedOn,
    p.resolvedOn !== undefined ||
      p.reviewRequestedOn !== undefined ||
      p.reviewDecidedOn !== undefined ||
      p.reviewAnswerReceivedOn !== undefined,
    shared,
    f,
  );
  out[5] = fastStage(
    'review',
    p.reviewRequestedOn,
    p.reviewDecidedOn !== undefined || p.reviewAnswerReceivedOn !== undefined,
    shared,
    f,
  );
  out[6] = fastStage('reexamRequest', p.reviewAnswerReceivedOn, p.reviewDecidedOn !== undefined, shared, f);
  out[7] = shared.stageNa.reexam;
  return out;
}

/** A later step on the fast path: counted from its event, the shared "not reached", or FALLBACK when it waits. */
function fastStage(
  id: 'reviewRequest' | 'review' | 'reexamRequest',
  from: string | undefined,
  reached: boolean,
  shared: Shared,
  f: Fast,
): Milestone {
  if (from !== undefined) return fastCount(PERIODS[id], from, shared, f);
  if (reached) throw FALLBACK;
  return shared.stageNa[id];
}

/** The deadlines of one row on the fast path. @internal */
export function kernelMilestones(p: Petition, ctx: PetitionContext, shared: Shared): Milestone[] {
  const out: Milestone[] = [];
  fromReceipt(p, ctx, shared, out);
  out.push(resolve(p, ctx, shared));
  // Which later steps are reached: a date of the step or of anything after it is given (as the readable rules test).
  const reexam = p.reexamRequestedOn !== undefined || p.reexamDecidedOn !== undefined;
  const reexamRequest = reexam || p.reviewDecidedOn !== undefined;
  const review = reexamRequest || p.reviewAnswerReceivedOn !== undefined;
  const reviewRequest = review || p.resolvedOn !== undefined || p.reviewRequestedOn !== undefined;
  out.push(
    stage('reviewRequest', p.answerReceivedOn, reviewRequest, ctx, shared),
    stage('review', p.reviewRequestedOn, review, ctx, shared),
    stage('reexamRequest', p.reviewAnswerReceivedOn, reexamRequest, ctx, shared),
  );
  out.push(reexam ? reexamDue(p, ctx) : shared.stageNa.reexam);
  return out;
}

const ORDER: readonly MilestoneId[] = [
  'route',
  'notice',
  'objection',
  'resolve',
  'reviewRequest',
  'review',
  'reexamRequest',
  'reexam',
];

/**
 * `petitionDeadlinesBatch` without explanations: the same rows as the readable path.
 * @internal
 */
export function deadlinesKernel(
  items: unknown,
  at: ParametersAt,
  calendar: WorkCalendar,
  mode: ValidationMode = 'checked',
): { rows: (PetitionDeadlinesRow | ErrorRow)[]; counts: OutcomeCounts } {
  const shared = new Shared(at, calendar);
  const fast: Fast = { mask: 0 };
  const issues: PolicyIssue[] = [];
  const trusted = mode === 'trusted';
  return runBatch(
    items,
    (raw, index): PetitionDeadlinesRow => {
      // A valid row is checked once; a refused one is parsed again at its row's path for the same error as the readable
      // path. A trusted row is taken as given.
      const p = trusted
        ? (raw as Petition)
        : (petitionCaseRecord.check(raw, NO_PATH, issues) ?? petitionCaseRecord.parse(raw, [index]));
      issues.length = 0;
      fast.mask = 0;
      let milestones: Milestone[] | undefined;
      try {
        milestones = fastMilestones(p, shared, fast);
      } catch (e) {
        // Bad input is refused by the scope path with the same error; a missing year is reported there as undetermined.
        if (e !== FALLBACK && !isPolicyError(e)) throw e;
      }
      if (milestones !== undefined) {
        // On this path every milestone is computed (its bit is in the mask) or does not apply.
        return {
          index,
          outcome: fast.mask !== 0 ? 'computed' : 'not_applicable',
          id: p.id ?? null,
          office: p.office ?? null,
          milestones,
          warnings: shared.warnings(fast.mask),
          missing: [],
        };
      }
      const scope = new Scope(at);
      milestones = kernelMilestones(p, { scope, calendar }, shared);
      let computed = false;
      let open = false;
      for (let i = 0; i < milestones.length; i++) {
        const o = milestones[i]!.outcome;
        if (o === 'undetermined') open = true;
        else if (o === 'computed') computed = true;
      }
      return {
        index,
        outcome: open ? 'undetermined' : computed ? 'computed' : 'not_applicable',
        id: p.id ?? null,
        office: p.office ?? null,
        milestones,
        warnings: scope.warnings,
        missing: scope.missing,
      };
    },
    [],
    mode,
  );
}

/** The milestone ids in the order both paths list them (for the differential test). @internal */
export const KERNEL_ORDER = ORDER;
