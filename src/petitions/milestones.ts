/**
 * The dated milestones of a 信访事项 and how one is counted: from the day of its event, a number of days read from the
 * profile (calendar days under the declared counting convention, 民法典 arts. 201–203 by analogy, or working days on
 * the official holiday calendar), plus an approved extension or hearing days where the article adds them. A missing
 * date, a parameter with no value, an event before the rule took effect or a year without holiday data makes the
 * milestone `undetermined`, naming what is missing; nothing is guessed.
 * @module
 */
import {
  daysBetween,
  tryAddWorkingDays,
  tryPeriodEnd,
  type Bilingual,
  type CalendarDate,
  type PeriodConvention,
  type Scope,
  type Source,
  type WorkCalendar,
} from '../core/index.js';
import type { Petition, PetitionDateField } from '../entities/petition.js';
import { petitionRecord } from '../entities/petition.js';
import { petitionMessages as M, type CountedText } from './messages.js';

/**
 * The milestones of a 信访事项, in the order of the procedure:
 * - `route`: a petition office registers and routes the item (art. 22, 15 日);
 * - `notice`: the receiving body tells the petitioner in writing (art. 23 ¶2 or ¶3, 15 日);
 * - `objection`: a body that received a transferred item outside its remit objects (art. 23 ¶3, 5 个工作日);
 * - `resolve`: an item of art. 31(6) is resolved (art. 34, 60 日 from acceptance, extension ≤ 30 日);
 * - `reviewRequest`: the petitioner may ask for a review (art. 35, 30 日 from the written answer);
 * - `review`: the reviewing body gives its opinion (art. 35, 30 日);
 * - `reexamRequest`: the petitioner may ask for a re-examination (art. 36, 30 日 from the review opinion);
 * - `reexam`: the re-examining body gives its opinion (art. 36, 30 日, hearing days not counted).
 * @category Petitions
 */
export const MILESTONE_IDS = [
  'route',
  'notice',
  'objection',
  'resolve',
  'reviewRequest',
  'review',
  'reexamRequest',
  'reexam',
] as const;

/** A milestone of a 信访事项. @category Petitions */
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/**
 * Who a milestone binds: an `obligation` of the handling body (overdue is a violation), or a `window` in which
 * someone may act (the petitioner's requests, the receiving body's objection).
 * @category Petitions
 */
export type MilestoneKind = 'obligation' | 'window';

/**
 * One dated milestone: its deadline (the last day, inclusive: acting on it is in time), how it was counted, and the
 * article it comes from. Every field is present (`null` when it does not apply), so rows have one shape.
 * @category Petitions
 */
export interface Milestone<I extends string = MilestoneId> {
  /** Which milestone. */
  readonly id: I;
  /** Its name. */
  readonly label: Bilingual;
  /** An obligation of the handling body, or a window to act. */
  readonly kind: MilestoneKind;
  /** `computed`: a deadline; `undetermined`: something is missing (`missing`); `not_applicable`: see `reason`. */
  readonly outcome: 'computed' | 'undetermined' | 'not_applicable';
  /** The day of the event the period runs from (receipt, acceptance, the written answer…), when known. */
  readonly from: CalendarDate | null;
  /** The period counted (days or working days), extension or hearing days included. */
  readonly length: number | null;
  /** What `length` counts. */
  readonly unit: 'days' | 'working_days';
  /** The last day of the period (inclusive). */
  readonly due: CalendarDate | null;
  /** The last day before the roll-over, when it fell on a rest day and moved (民法典 art. 203 by analogy). */
  readonly rolledFrom: CalendarDate | null;
  /** The holiday that day fell in, when it was a listed holiday. */
  readonly holiday: Bilingual | null;
  /** The counting rules applied (`civil-code-201`, `civil-code-203`; `working-days`). */
  readonly counting: readonly string[];
  /** The article the milestone comes from. */
  readonly basis: Source;
  /** For `undetermined`: the inputs (`acceptedOn`), parameters (`parameter:<id>`) or calendar years (`calendar:2027`) missing. */
  readonly missing: readonly string[];
  /** Why it is undetermined or does not apply. */
  readonly reason: Bilingual | null;
}

const U2 = (article: string, en: string): Source & { readonly en: string } => ({
  key: 'U2',
  title: '《信访工作条例》',
  article,
  en,
});

/** The article cited for each milestone (and the English short form). @internal */
export const BASIS = {
  route: U2('第二十二条', 'art. 22'),
  noticeDirect: U2('第二十三条第二款', 'art. 23 para. 2'),
  noticeTransferred: U2('第二十三条第三款', 'art. 23 para. 3'),
  objection: U2('第二十三条第三款', 'art. 23 para. 3'),
  resolve: U2('第三十四条', 'art. 34'),
  reviewRequest: U2('第三十五条', 'art. 35'),
  review: U2('第三十五条', 'art. 35'),
  reexamRequest: U2('第三十六条第一款', 'art. 36 para. 1'),
  reexam: U2('第三十六条', 'art. 36'),
  groupVisit: U2('第二十条第三款', 'art. 20 para. 3'),
  superior: U2('第十九条第三款', 'art. 19 para. 3'),
  afterReexam: U2('第三十六条第三款', 'art. 36 para. 3'),
  classifySuggestion: U2('第二十九条', 'art. 29'),
  classifyAccusation: U2('第三十条', 'art. 30'),
  classifyClaim: U2('第三十一条', 'art. 31'),
  notifyViolation: U2('第四十四条第三项', 'art. 44(3)'),
  resolveViolation: U2('第四十五条第一项', 'art. 45(1)'),
} as const;

/** A static description of a milestone: what starts it, what records that it was done, which article. @internal */
export interface MilestoneDef<I extends string = MilestoneId> {
  readonly id: I;
  readonly label: Bilingual;
  readonly kind: MilestoneKind;
  /** The event the period runs from, and the field holding its date. */
  readonly event: Bilingual;
  readonly from: PetitionDateField;
  /** The field recording that the step was done. */
  readonly done: PetitionDateField;
  /** The violation an overdue obligation falls under, if the regulations name one. */
  readonly violation?: Source & { readonly en: string };
}

const L = (zh: string, en: string): Bilingual => ({ zh, en });

/** The milestones' static descriptions. @internal */
export const MILESTONES: Readonly<Record<MilestoneId, MilestoneDef>> = {
  route: {
    id: 'route',
    label: L('登记并转送、交办', 'Registration and routing'),
    kind: 'obligation',
    event: L('收到', 'receipt'),
    from: 'receivedOn',
    done: 'routedOn',
  },
  notice: {
    id: 'notice',
    label: L('书面告知', 'Written notice'),
    kind: 'obligation',
    event: L('收到', 'receipt'),
    from: 'receivedOn',
    done: 'noticeGivenOn',
    violation: BASIS.notifyViolation,
  },
  objection: {
    id: 'objection',
    label: L('提出异议', 'Objection'),
    kind: 'window',
    event: L('收到', 'receipt'),
    from: 'receivedOn',
    done: 'objectedOn',
  },
  resolve: {
    id: 'resolve',
    label: L('办结', 'Resolution'),
    kind: 'obligation',
    event: L('受理', 'acceptance'),
    from: 'acceptedOn',
    done: 'resolvedOn',
    violation: BASIS.resolveViolation,
  },
  reviewRequest: {
    id: 'reviewRequest',
    label: L('请求复查', 'Review request'),
    kind: 'window',
    event: L('收到书面答复', 'receipt of the written answer'),
    from: 'answerReceivedOn',
    done: 'reviewRequestedOn',
  },
  review: {
    id: 'review',
    label: L('复查意见', 'Review opinion'),
    kind: 'obligation',
    event: L('收到复查请求', 'receipt of the review request'),
    from: 'reviewRequestedOn',
    done: 'reviewDecidedOn',
    violation: BASIS.resolveViolation,
  },
  reexamRequest: {
    id: 'reexamRequest',
    label: L('请求复核', 'Re-examination request'),
    kind: 'window',
    event: L('收到复查意见', 'receipt of the review opinion'),
    from: 'reviewAnswerReceivedOn',
    done: 'reexamRequestedOn',
  },
  reexam: {
    id: 'reexam',
    label: L('复核意见', 'Re-examination opinion'),
    kind: 'obligation',
    event: L('收到复核请求', 'receipt of the re-examination request'),
    from: 'reexamRequestedOn',
    done: 'reexamDecidedOn',
    violation: BASIS.resolveViolation,
  },
};

/** The label of a field of the petition record. @internal */
export function fieldLabel(field: keyof Petition): Bilingual {
  return petitionRecord.fields[field]!.label;
}

/** The label of a missing item: `calendar:2027` (a year's holiday calendar) or `parameter:<id>` (the parameter's label). @internal */
export function missingLabel(name: string, scope: Scope): Bilingual {
  if (name.startsWith('calendar:')) {
    const year = name.slice(9);
    return { zh: `${year}年放假安排`, en: `holiday calendar of ${year}` };
  }
  const id = name.startsWith('parameter:') ? name.slice(10) : name;
  return scope.at.profile.parameters[id]?.label ?? { zh: '参数', en: id };
}

/** What a rule evaluates in: the scope (parameters, trace, warnings, missing) and the work calendar. @internal */
export interface PetitionContext {
  readonly scope: Scope;
  readonly calendar: WorkCalendar;
}

/** A milestone that does not apply, with the reason. @internal */
export function notApplicable<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  reason: Bilingual,
  ctx: PetitionContext,
): Milestone<I> {
  if (ctx.scope.trace.recording)
    ctx.scope.trace.rule({
      rule: `petition.${def.id}`,
      text: reason,
      outcome: 'not_applicable',
      source: stripEn(basis),
    });
  return milestone(def, basis, 'not_applicable', { reason });
}

/** An undetermined milestone: the missing items are recorded on the scope too. @internal */
export function undetermined<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  missing: readonly string[],
  reason: Bilingual,
  ctx: PetitionContext,
  known: { readonly from?: CalendarDate; readonly length?: number; readonly unit?: Milestone['unit'] } = {},
): Milestone<I> {
  if (ctx.scope.trace.recording)
    ctx.scope.trace.rule({ rule: `petition.${def.id}`, text: reason, outcome: 'undetermined', source: stripEn(basis) });
  return milestone(def, basis, 'undetermined', { ...known, missing, reason });
}

/** A milestone whose period cannot start: its event's date is missing. @internal */
export function missingInput<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  fields: readonly (keyof Petition)[],
  ctx: PetitionContext,
): Milestone<I> {
  for (const f of fields) ctx.scope.need(f, fieldLabel(f));
  return undetermined(
    def,
    basis,
    fields,
    M.text('milestone_missing', { label: def.label, fields: fields.map(fieldLabel) }),
    ctx,
  );
}

/** A later step whose event has not happened yet (no date of it or of anything after it). @internal */
export function stageNotReached<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  ctx: PetitionContext,
): Milestone<I> {
  return notApplicable(def, basis, M.text('na_stage', { label: def.label, field: fieldLabel(def.from) }), ctx);
}

function milestone<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  outcome: Milestone['outcome'],
  parts: {
    from?: string;
    length?: number;
    unit?: Milestone['unit'];
    due?: string;
    rolledFrom?: string;
    holiday?: Bilingual;
    counting?: readonly string[];
    missing?: readonly string[];
    reason?: Bilingual;
  },
): Milestone<I> {
  return {
    id: def.id,
    label: def.label,
    kind: def.kind,
    outcome,
    from: parts.from ?? null,
    length: parts.length ?? null,
    unit: parts.unit ?? 'days',
    due: parts.due ?? null,
    rolledFrom: parts.rolledFrom ?? null,
    holiday: parts.holiday ?? null,
    counting: parts.counting ?? NONE,
    basis: stripEn(basis),
    missing: parts.missing ?? NONE,
    reason: parts.reason ?? null,
  };
}

const NONE: readonly string[] = Object.freeze([]);
const WORKING: readonly string[] = Object.freeze(['working-days']);
const plainSources = new WeakMap<object, Source>();

/** A basis without its English short form (results carry plain sources). */
export function stripEn(s: Source): Source {
  if (!('en' in s)) return s;
  let out = plainSources.get(s);
  if (out === undefined) {
    const { en: _en, ...rest } = s as Source & { en: string };
    out = Object.freeze(rest);
    plainSources.set(s, out);
  }
  return out;
}

/** The English short form of a basis (`art. 22`), or its article. @internal */
export function basisEn(s: Source): string {
  return (s as { en?: string }).en ?? s.article ?? s.title;
}

/** Both short forms of a basis, for messages: `《信访工作条例》第二十二条` / `art. 22`. @internal */
export function basisText(s: Source): Bilingual {
  return { zh: `${s.title}${s.article ?? ''}`, en: basisEn(s) };
}

/** Days and working days of the period, with what was added. */
export interface Period {
  /** The parameter giving the base length. */
  readonly param: string;
  /** The event's date (already checked present). */
  readonly from: CalendarDate;
  /** Days added to the base: an extension (art. 34) or hearing days (art. 36 ¶2). */
  readonly extra?: { readonly kind: 'extension' | 'hearing'; readonly days: number };
  /** `working_days` for a period the regulations write in 工作日; else `days` (read per the day-reading parameter). */
  readonly unit: 'days' | 'working_days';
}

/**
 * Counts a milestone's period from its event: reads the length, the day reading and the counting convention through
 * the scope; checks the event is on or after the date the length took effect; counts calendar days with the
 * convention's roll-over, or working days; a missing calendar year makes it undetermined (`calendar:<year>`).
 * @internal
 */
export function countPeriod<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  period: Period,
  ctx: PetitionContext,
): Milestone<I> {
  const scope = ctx.scope;
  const length = scope.param<number>(period.param);
  if (length === undefined)
    return undetermined(
      def,
      basis,
      [`parameter:${period.param}`],
      M.text('milestone_no_parameter', {
        label: def.label,
        parameter: scope.at.profile.parameters[period.param]?.label ?? { zh: '期限', en: period.param },
      }),
      ctx,
    );
  if (length.effectiveFrom !== null && period.from < length.effectiveFrom) {
    const name = `parameter:${period.param}`;
    scope.need(name, length.label);
    return undetermined(
      def,
      basis,
      [name],
      M.text('milestone_before_in_force', {
        label: def.label,
        event: def.event,
        from: period.from,
        since: length.effectiveFrom,
      }),
      ctx,
      { from: period.from },
    );
  }
  let working = period.unit === 'working_days';
  if (!working) {
    const calendarDays = scope.param<boolean>('petition.daysAreCalendarDays');
    if (calendarDays === undefined)
      return undetermined(
        def,
        basis,
        ['parameter:petition.daysAreCalendarDays'],
        M.text('milestone_no_parameter', {
          label: def.label,
          parameter: { zh: '“日”按自然日计算', en: 'Days are calendar days' },
        }),
        ctx,
      );
    working = calendarDays.value === false;
  }
  const extra = period.extra;
  const n = length.value + (extra?.days ?? 0);
  if (working) {
    const r = tryAddWorkingDays(period.from, n, ctx.calendar);
    if (!r.determined)
      return calendarUnknown(def, basis, r.missingYear, { from: period.from, length: n, unit: 'working_days' }, ctx);
    const due = r.value;
    trace(ctx, def, basis, due, {
      label: def.label,
      event: def.event,
      from: period.from,
      n,
      due,
      working: true,
      startExcluded: true,
      convention: { zh: '', en: '' },
      ...(extra === undefined ? {} : { extra: { ...extra, base: length.value } }),
    });
    return milestone(def, basis, 'computed', {
      from: period.from,
      length: n,
      unit: 'working_days',
      due,
      counting: WORKING,
    });
  }
  const policy = scope.param('petition.countingPolicy');
  if (policy === undefined)
    return undetermined(
      def,
      basis,
      ['parameter:petition.countingPolicy'],
      M.text('milestone_no_parameter', {
        label: def.label,
        parameter: { zh: '期间计算方法', en: 'How periods are counted' },
      }),
      ctx,
    );
  const convention = policy.value as unknown as PeriodConvention;
  const r = tryPeriodEnd(period.from, { days: n }, { convention, calendar: ctx.calendar, path: [def.from] });
  if (!r.determined)
    return calendarUnknown(def, basis, r.missingYear, { from: period.from, length: n, unit: 'days' }, ctx);
  const end = r.value;
  trace(ctx, def, basis, end.end, {
    label: def.label,
    event: def.event,
    from: period.from,
    n,
    due: end.end,
    working: false,
    startExcluded: convention.startDayExcluded,
    convention: convention.label,
    ...(end.rolledFrom === undefined ? {} : { plain: end.rolledFrom }),
    ...(end.holiday === undefined ? {} : { holiday: end.holiday }),
    ...(extra === undefined ? {} : { extra: { ...extra, base: length.value } }),
  });
  return milestone(def, basis, 'computed', {
    from: period.from,
    length: n,
    unit: 'days',
    due: end.end,
    ...(end.rolledFrom === undefined ? {} : { rolledFrom: end.rolledFrom }),
    ...(end.holiday === undefined ? {} : { holiday: end.holiday }),
    counting: end.rule.articles,
  });
}

function calendarUnknown<I extends string>(
  def: MilestoneDef<I>,
  basis: Source,
  year: number,
  known: { from: CalendarDate; length: number; unit: Milestone['unit'] },
  ctx: PetitionContext,
): Milestone<I> {
  const name = `calendar:${year}`;
  ctx.scope.need(name, missingLabel(name, ctx.scope));
  return undetermined(def, basis, [name], M.text('milestone_calendar_unknown', { label: def.label, year }), ctx, known);
}

function trace<I extends string>(
  ctx: PetitionContext,
  def: MilestoneDef<I>,
  basis: Source,
  due: string,
  text: CountedText,
): void {
  const t = ctx.scope.trace;
  if (!t.recording) return;
  t.rule({ rule: `petition.${def.id}`, text: M.text('counted', text), outcome: 'computed', source: stripEn(basis) });
  t.value(`${def.id}.due`, { zh: `${def.label.zh}期限`, en: `${def.label.en} deadline` }, due);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). @internal */
export function daysFrom(a: CalendarDate, b: CalendarDate): number {
  return daysBetween(a, b);
}
