/**
 * The dated steps of a 村民委员会 election (村委会组织法 第十四条、第二十条):
 * - `voterList`: 登记参加选举的村民名单应当在选举日的二十日前由村民选举委员会公布: counted back from the election day,
 *   the election day not counted; the 20th day is the last day under the default reading (a provisional parameter:
 *   the other reading, twenty whole days between, makes it one day earlier); a period counted back never moves;
 * - `objection`: 自名单公布之日起五日内申诉 (a window, from the publication given, or from the last day allowed);
 * - `objectionDecision`: 自收到申诉之日起三日内作出处理决定 (one step per objection);
 * - `handover`: 自新一届村民委员会产生之日起十日内完成工作移交 (from the day given, or, under a provisional reading,
 *   the election day: the result is announced on the spot, 第十五条第三款).
 * Forward periods are counted by the declared convention (民法典 arts. 201–203 by analogy: the first day not counted,
 * a last day on a rest day moves to the next working day); a year without holiday data makes the step undetermined.
 * @module
 * @internal
 */
import {
  parsePeriodConvention,
  derived,
  tryPeriodEnd,
  type Bilingual,
  type ParameterRead,
  type PeriodConvention,
  type Source,
  type WorkCalendar,
} from '../../core/index.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, readGroup, type CommitteeContext } from '../context.js';
import { committeeMessages as M } from '../messages.js';
import type { ElectionInput } from '../records.js';
import { latestBefore } from './quorum.js';

/** The steps of an election schedule. @category Committees */
export const ELECTION_STEPS = ['voterList', 'objection', 'objectionDecision', 'handover'] as const;

/** A step of an election schedule. @category Committees */
export type ElectionStepId = (typeof ELECTION_STEPS)[number];

/**
 * Where a step stands on the date asked about: an obligation `pending` (due on or after it), `overdue`, done
 * `in_time` or `late`; a window `open` or `closed`; or `undetermined`.
 * @category Committees
 */
export type ElectionStepState = 'pending' | 'overdue' | 'in_time' | 'late' | 'open' | 'closed' | 'undetermined';

/**
 * One dated step of an election.
 * @category Committees
 */
export interface ElectionStep {
  /** Which step. */
  readonly id: ElectionStepId;
  /** Its name. */
  readonly label: Bilingual;
  /** `computed`: a last day; `undetermined`: something is missing (`missing`). */
  readonly outcome: 'computed' | 'undetermined';
  /** The day the period is counted from (the election day for the voter list). */
  readonly from: string | null;
  /** True when `from` is the latest day allowed for the step before (the voter list was not yet published). */
  readonly planned: boolean;
  /** The last day (inclusive). */
  readonly due: string | null;
  /** The last day before the roll-over, when it fell on a rest day and moved. */
  readonly rolledFrom: string | null;
  /** The holiday that day fell in. */
  readonly holiday: Bilingual | null;
  /** The day the step was done, when given. */
  readonly done: string | null;
  /** Where the step stands on the date asked about. */
  readonly state: ElectionStepState;
  /** The counting rules applied (`civil-code-201`, `civil-code-203`). */
  readonly counting: readonly string[];
  /** The article. */
  readonly basis: Source;
  /** For `undetermined`: the inputs, parameters or calendar years (`calendar:2027`) missing. */
  readonly missing: readonly string[];
  /** How the day was reached. */
  readonly text: Bilingual;
}

const LABELS: Readonly<Record<ElectionStepId, Bilingual>> = {
  voterList: { zh: '公布选民名单', en: 'Publishing the voter list' },
  objection: { zh: '对选民名单申诉', en: 'Objecting to the voter list' },
  objectionDecision: { zh: '处理申诉', en: 'Deciding an objection' },
  handover: { zh: '工作移交', en: 'Handover' },
};
const EVENTS = {
  objection: { zh: '名单公布', en: 'publication of the list' },
  objectionDecision: { zh: '收到申诉', en: 'receipt of the objection' },
  handover: { zh: '新一届村民委员会产生', en: 'the new committee being constituted' },
};
const IDS = [
  'selfgov.voterListDaysBefore',
  'selfgov.nthDayBeforeInTime',
  'selfgov.objectionDays',
  'selfgov.objectionDecisionDays',
  'selfgov.handoverDays',
  'selfgov.constitutedOnElectionDay',
  'selfgov.countingPolicy',
] as const;

const conventionOf = (read: ParameterRead): PeriodConvention =>
  parsePeriodConvention(read.value, ['parameters', read.id, 'value']);
const days = (read: ParameterRead): number => {
  const v = read.value;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)
    badParameter(read, { zh: '应为正整数', en: 'expected a whole number >= 1' });
  return v;
};

function stateOf(
  kind: 'obligation' | 'window',
  due: string,
  done: string | undefined,
  asOf: string,
): ElectionStepState {
  if (kind === 'window') return asOf <= due ? 'open' : 'closed';
  if (done !== undefined) return done <= due ? 'in_time' : 'late';
  return asOf <= due ? 'pending' : 'overdue';
}

/** The steps of an election. @internal */
export function electionSteps(
  e: ElectionInput,
  ctx: CommitteeContext & { readonly calendar: WorkCalendar },
): ElectionStep[] {
  const scope = ctx.scope;
  const asOf = scope.asOf;
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    const missing = reads;
    const text = M.text('missing_parameter', {
      parameters: missing.map((m) => scope.at.profile.parameters[m.slice(10)]?.label ?? { zh: '参数', en: m }),
    });
    const step = (id: ElectionStepId, basis: Source): ElectionStep => ({
      id,
      label: LABELS[id],
      outcome: 'undetermined',
      from: null,
      planned: false,
      due: null,
      rolledFrom: null,
      holiday: null,
      done: null,
      state: 'undetermined',
      counting: [],
      basis,
      missing,
      text,
    });
    return [step('voterList', BASIS.voterList), step('objection', BASIS.objection), step('handover', BASIS.handover)];
  }
  const convention = derived(reads[6]!, conventionOf);
  const steps: ElectionStep[] = [];
  // 1. The voter list: counted back from the election day.
  const n = days(reads[0]!);
  const publishBy = latestBefore(e.electionDay, n, reads[1]!);
  const clear = reads[1]!.value === false;
  const voterText = M.text('voter_list_step', { election: e.electionDay, n, day: publishBy, clear });
  const published = e.voterListPublishedOn;
  steps.push({
    id: 'voterList',
    label: LABELS.voterList,
    outcome: 'computed',
    from: e.electionDay,
    planned: false,
    due: publishBy,
    rolledFrom: null,
    holiday: null,
    done: published ?? null,
    state: stateOf('obligation', publishBy, published, asOf),
    counting: [convention.articles.start],
    basis: BASIS.voterList,
    missing: [],
    text: voterText,
  });
  // Forward periods on the legal calendar.
  const forward = (
    id: ElectionStepId,
    kind: 'obligation' | 'window',
    from: string,
    planned: boolean,
    length: number,
    basis: Source,
    done: string | undefined,
    event: Bilingual,
  ): ElectionStep => {
    const r = tryPeriodEnd(from, { days: length }, { convention, calendar: ctx.calendar, path: ['electionDay'] });
    if (!r.determined) {
      const missing = [`calendar:${r.missingYear}`];
      return {
        id,
        label: LABELS[id],
        outcome: 'undetermined',
        from,
        planned,
        due: null,
        rolledFrom: null,
        holiday: null,
        done: done ?? null,
        state: 'undetermined',
        counting: [],
        basis,
        missing,
        text: M.text('step_calendar', { label: LABELS[id], year: r.missingYear }),
      };
    }
    const end = r.value;
    const text = M.text('counted_step', {
      label: LABELS[id],
      event,
      from,
      n: length,
      due: end.end,
      ...(end.rolledFrom === undefined ? {} : { plain: end.rolledFrom }),
      ...(end.holiday === undefined ? {} : { holiday: end.holiday }),
      convention: convention.label,
      planned,
    });
    return {
      id,
      label: LABELS[id],
      outcome: 'computed',
      from,
      planned,
      due: end.end,
      rolledFrom: end.rolledFrom ?? null,
      holiday: end.holiday ?? null,
      done: done ?? null,
      state: stateOf(kind, end.end, done, asOf),
      counting: end.rule.articles,
      basis,
      missing: [],
      text,
    };
  };
  // 2. Objections: five days from publication (or from the last day allowed, for a plan).
  steps.push(
    forward(
      'objection',
      'window',
      published ?? publishBy,
      published === undefined,
      days(reads[2]!),
      BASIS.objection,
      undefined,
      EVENTS.objection,
    ),
  );
  // 3. One decision per objection.
  for (const o of e.objections ?? [])
    steps.push(
      forward(
        'objectionDecision',
        'obligation',
        o.receivedOn,
        false,
        days(reads[3]!),
        BASIS.objection,
        o.decidedOn,
        EVENTS.objectionDecision,
      ),
    );
  // 4. Handover: ten days from the new committee.
  const onElectionDay = reads[5]!.value;
  if (typeof onElectionDay !== 'boolean') badParameter(reads[5]!, { zh: '应为是或否', en: 'expected true or false' });
  const constituted = e.constitutedOn ?? (onElectionDay ? e.electionDay : undefined);
  if (constituted === undefined) {
    scope.need('constitutedOn', { zh: '新一届委员会产生日期', en: 'New committee constituted on' });
    steps.push({
      id: 'handover',
      label: LABELS.handover,
      outcome: 'undetermined',
      from: null,
      planned: false,
      due: null,
      rolledFrom: null,
      holiday: null,
      done: e.handoverCompletedOn ?? null,
      state: 'undetermined',
      counting: [],
      basis: BASIS.handover,
      missing: ['constitutedOn'],
      text: M.text('handover_no_date'),
    });
  } else
    steps.push(
      forward(
        'handover',
        'obligation',
        constituted,
        false,
        days(reads[4]!),
        BASIS.handover,
        e.handoverCompletedOn,
        EVENTS.handover,
      ),
    );
  for (const s of steps) {
    if (scope.trace.recording)
      scope.trace.rule({ rule: `election.${s.id}`, text: s.text, outcome: s.outcome, source: s.basis });
    for (const m of s.missing)
      if (m.startsWith('calendar:'))
        scope.need(m, { zh: `${m.slice(9)}年放假安排`, en: `holiday calendar of ${m.slice(9)}` });
  }
  return steps;
}
