/**
 * The options every public function of the committees domain reads, the same way: `asOf` (required), `profile`, and
 * for the election schedule `calendar` (the work calendar; default the shipped one); batches add `explain`.
 * @module
 */
import {
  asOfOption,
  calendarOption,
  explainOption,
  type CalendarDate,
  type Profile,
  type WorkCalendar,
} from '../core/index.js';
import { committeeProfiles } from './registry.js';

/**
 * Options of the committees functions.
 * @category Committees
 */
export interface CommitteeOptions {
  /** The date asked about (terms, overdue disclosures) and the date the parameters are read on: `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** A shipped profile id (`'huaian'`, the default), a `Profile`, or profile JSON. */
  readonly profile?: string | Profile | object;
}

/**
 * Options of the functions that count periods on the legal calendar ({@link CommitteeOptions} and `calendar`).
 * @category Committees
 */
export interface CommitteeCalendarOptions extends CommitteeOptions {
  /**
   * The work calendar: a `WorkCalendar`, or calendar JSON (one year's notice, a list of them, or `{ years }`) added to
   * the shipped calendar; default the shipped calendar (2015–2026).
   */
  readonly calendar?: WorkCalendar | object;
}

/**
 * Options of the batch functions: {@link CommitteeOptions} and `explain` (per-row explanations, default `false`).
 * @category Committees
 */
export interface CommitteeBatchOptions extends CommitteeOptions {
  /** Build each row's explanation (default `false`). */
  readonly explain?: boolean;
}

/** The option readers of one item. @internal */
export const ITEM_OPTIONS = { asOf: asOfOption, profile: committeeProfiles.option };

/** The option readers of one item on the legal calendar. @internal */
export const CALENDAR_OPTIONS = { ...ITEM_OPTIONS, calendar: calendarOption };

/** The option readers of a batch. @internal */
export const BATCH_OPTIONS = { ...ITEM_OPTIONS, explain: explainOption };
