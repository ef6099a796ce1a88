/**
 * The options every public function of the committees domain reads, the same way: `asOf` (required), `profile`, and
 * for the election schedule `calendar` (the work calendar; default the shipped one); batches add `explain` and `validate`.
 * @module
 */
import {
  asOfOption,
  calendarOption,
  explainOption,
  validateOption,
  type CalendarDate,
  type Profile,
  type ValidationMode,
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
 * Options of the batch functions: {@link CommitteeOptions}, `explain` (per-row explanations, default `false`) and
 * `validate` (`'checked'`, the default, or `'trusted'`).
 * @category Committees
 */
export interface CommitteeBatchOptions extends CommitteeOptions {
  /** Build each row's explanation (default `false`). */
  readonly explain?: boolean;
  /**
   * How the committees are read: `'checked'` (default) by their record, as `checkCommittee` reads them; `'trusted'`:
   * taken as given, for records already in the form the record's parse returns (the check is skipped). A trusted
   * record of the wrong shape becomes an error row with the code `trusted_input_invalid`; the other rows are computed.
   * @example
   * ```ts
   * const row = (r: { outcome: string }) => (r as { error?: PolicyError }).error?.issues[0].code;
   * row(checkCommitteesBatch([null], { asOf: '2025-12-31' }).rows[0]);                      // 'invalid_type'
   * row(checkCommitteesBatch([null], { asOf: '2025-12-31', validate: 'trusted' }).rows[0]); // 'trusted_input_invalid'
   * checkCommitteesBatch([], { asOf: '2025-12-31', validate: 'yes' }); // throws PolicyError 'unknown_enum_value' at ['validate']
   * ```
   */
  readonly validate?: ValidationMode;
}

/** The option readers of one item. @internal */
export const ITEM_OPTIONS = { asOf: asOfOption, profile: committeeProfiles.option };

/** The option readers of one item on the legal calendar. @internal */
export const CALENDAR_OPTIONS = { ...ITEM_OPTIONS, calendar: calendarOption };

/** The option readers of a batch. @internal */
export const BATCH_OPTIONS = { ...ITEM_OPTIONS, explain: explainOption, validate: validateOption };
