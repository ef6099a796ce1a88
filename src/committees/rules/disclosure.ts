/**
 * 村务公开 and 民主评议 (村委会组织法 第三十条第三款、第三十三条第一款): 一般事项至少每季度公布一次; 集体财务往来较多的，
 * 财务收支情况应当每月公布一次; 民主评议每年至少进行一次. From the latest date, the next is due by the last day of the
 * next calendar quarter (month, year) under the default reading, or within three months (one month, one year) to the
 * corresponding day under the other (a provisional parameter). The due day does not move for rest days (a frequency,
 * not a period counted from an event). On a date after it the item is overdue: `fail`. 涉及村民利益的重大事项
 * "随时公布" has no period and is not checked; the 居委会组织法 sets no period ("及时公布"), so none applies to a
 * residents' committee.
 * @module
 * @internal
 */
import { daysInMonth, derivedFrom, type Bilingual, type ParameterRead } from '../../core/index.js';
import { joinDate } from '../../core/calendar-date.js';
import type { Committee, CommitteeKind } from '../../entities/committee.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { FindingCache, makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';

/** The items: 一般事项, 财务收支, 民主评议. @category Committees */
export const DISCLOSURE_ITEMS = ['general', 'finance', 'review'] as const;

/** One disclosure item. @category Committees */
export type DisclosureItemId = (typeof DISCLOSURE_ITEMS)[number];

/**
 * When one item is due.
 * @category Committees
 */
export interface DisclosureItem {
  /** Which item. */
  readonly id: DisclosureItemId;
  /** Its name. */
  readonly label: Bilingual;
  /** The latest date given (on or before the date asked about), or `null`. */
  readonly last: string | null;
  /** The last day for the next one, or `null` when it cannot be computed or does not apply. */
  readonly due: string | null;
  /** True when the due day is before the date asked about; `null` when unknown or not applicable. */
  readonly overdue: boolean | null;
}

const LABELS: Readonly<Record<DisclosureItemId, Bilingual>> = {
  general: { zh: '村务公开（一般事项）', en: 'Disclosure of village affairs' },
  finance: { zh: '财务收支公开', en: 'Disclosure of accounts' },
  review: { zh: '民主评议', en: 'Democratic review' },
};
const WHAT: Readonly<Record<DisclosureItemId, Bilingual>> = {
  general: { zh: '村务公开', en: 'disclosure of village affairs' },
  finance: { zh: '财务收支公开', en: 'disclosure of accounts' },
  review: { zh: '民主评议', en: 'democratic review' },
};
const RULE: Readonly<Record<DisclosureItemId, string>> = {
  general: 'disclosure.general',
  finance: 'disclosure.finance',
  review: 'disclosure.review',
};
const FIELD = { general: 'generalDisclosedOn', finance: 'financeDisclosedOn', review: 'democraticReviewOn' } as const;
const BASES = { general: BASIS.generalDisclosure, finance: BASIS.generalDisclosure, review: BASIS.review } as const;

const IDS = [
  'selfgov.generalDisclosureMonths',
  'selfgov.financeDisclosureMonths',
  'selfgov.democraticReviewMonths',
  'selfgov.calendarPeriods',
] as const;

interface Model {
  readonly every: Readonly<Record<DisclosureItemId, number>>;
  readonly calendar: boolean;
  readonly cache: FindingCache;
  /** Findings by the latest date, per item. */
  readonly byDate: Readonly<Record<DisclosureItemId, FindingCache>>;
}

/** A period in months that divides the year (1, 2, 3, 4, 6 or 12), so calendar periods line up with 1 January. */
function monthsOf(read: ParameterRead): number {
  const v = read.value;
  if (typeof v !== 'number' || ![1, 2, 3, 4, 6, 12].includes(v))
    badParameter(read, { zh: '应为能整除十二的月数', en: 'expected 1, 2, 3, 4, 6 or 12 months' });
  return v;
}

function model(r: readonly ParameterRead[]): Model {
  const calendar = r[3]!.value;
  if (typeof calendar !== 'boolean') badParameter(r[3]!, { zh: '应为是或否', en: 'expected true or false' });
  return {
    every: { general: monthsOf(r[0]!), finance: monthsOf(r[1]!), review: monthsOf(r[2]!) },
    calendar,
    cache: new FindingCache(),
    byDate: { general: new FindingCache(), finance: new FindingCache(), review: new FindingCache() },
  };
}

/** The last day for the next one after `last`: the end of the next calendar period, or `months` later (art. 202). */
function dueAfter(last: string, months: number, calendar: boolean): string {
  const y = Number(last.slice(0, 4));
  const mo = Number(last.slice(5, 7));
  const d = Number(last.slice(8, 10));
  if (calendar) {
    // The period of `last` is the index-th of its year; the next one ends with month (index + 2) × months.
    const lm = (Math.floor((mo - 1) / months) + 2) * months;
    const ny = y + Math.floor((lm - 1) / 12);
    const nm = ((lm - 1) % 12) + 1;
    return joinDate(ny, nm, daysInMonth(ny, nm));
  }
  const total = y * 12 + mo - 1 + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return joinDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

const NA_RESIDENTS = new FindingCache();

function dueFinding(id: DisclosureItemId, last: string, m: Model, asOf: string): CommitteeFinding {
  const due = dueAfter(last, m.every[id], m.calendar);
  const p = { what: WHAT[id], last, due, asOf };
  return asOf > due
    ? makeFinding(RULE[id], LABELS[id], 'fail', M.text('due_fail', p), BASES[id])
    : makeFinding(RULE[id], LABELS[id], 'pass', M.text('due_pass', p), BASES[id]);
}

const financeNotApplicable = (): CommitteeFinding =>
  makeFinding(RULE.finance, LABELS.finance, 'not_applicable', M.text('finance_na'), BASES.finance);

/** The three findings, added to `findings`, and (when asked) their due days, added to `items`. @internal */
export function disclosure(
  c: Pick<Committee, 'generalDisclosedOn' | 'financeFrequent' | 'financeDisclosedOn' | 'democraticReviewOn'>,
  kind: CommitteeKind,
  ctx: CommitteeContext,
  findings: CommitteeFinding[],
  items?: DisclosureItem[],
): void {
  const scope = ctx.scope;
  if (kind === 'residents_committee') {
    for (const id of DISCLOSURE_ITEMS) {
      items?.push({ id, label: LABELS[id], last: null, due: null, overdue: null });
      findings.push(
        traced(
          scope,
          NA_RESIDENTS.get(id, () =>
            makeFinding(RULE[id], LABELS[id], 'not_applicable', M.text('disclosure_residents'), BASES[id]),
          ),
        ),
      );
    }
    return;
  }
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    const text = missingText(scope, reads);
    for (const id of DISCLOSURE_ITEMS) {
      items?.push({ id, label: LABELS[id], last: null, due: null, overdue: null });
      findings.push(traced(scope, makeFinding(RULE[id], LABELS[id], 'undetermined', text, BASES[id], reads)));
    }
    return;
  }
  const m = derivedFrom(reads, model);
  for (const id of DISCLOSURE_ITEMS) {
    if (id === 'finance' && c.financeFrequent !== true) {
      items?.push({ id, label: LABELS[id], last: null, due: null, overdue: null });
      findings.push(
        c.financeFrequent === undefined
          ? missingFinding(
              scope,
              m.cache.get('f?', () =>
                makeFinding(RULE[id], LABELS[id], 'undetermined', missingText(scope, ['financeFrequent']), BASES[id], [
                  'financeFrequent',
                ]),
              ),
            )
          : traced(scope, m.cache.get('f-na', financeNotApplicable)),
      );
      continue;
    }
    const field = FIELD[id];
    const given = c[field];
    // An entry after the date asked about does not count: the latest on or before it is not known.
    const last = given !== undefined && given <= scope.asOf ? given : undefined;
    if (last === undefined) {
      items?.push({ id, label: LABELS[id], last: null, due: null, overdue: null });
      findings.push(
        missingFinding(
          scope,
          m.cache.get(`${id}?`, () =>
            makeFinding(RULE[id], LABELS[id], 'undetermined', missingText(scope, [field]), BASES[id], [field]),
          ),
        ),
      );
      continue;
    }
    // The finding depends only on the latest date (the date asked about is the cache's): the due day is worked out
    // with it, once.
    const f = m.byDate[id].get(last, dueFinding, id, last, m, scope.asOf);
    if (items !== undefined) {
      const due = dueAfter(last, m.every[id], m.calendar);
      items.push({ id, label: LABELS[id], last, due, overdue: scope.asOf > due });
    }
    findings.push(traced(scope, f));
  }
}
