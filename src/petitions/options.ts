/**
 * The options every public function of the petitions domain reads, the same way: `asOf` (required), `profile`, and
 * `calendar` (the work calendar; default the shipped one); batches add `explain` and `validate`.
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
import { petitionProfiles } from './registry.js';

/**
 * Options of the petitions functions.
 * @category Petitions
 */
export interface PetitionOptions {
  /** The date the parameters are read on (and, for a status, the date asked about): `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** A shipped profile id (`'national-2022'`, the default), a `Profile`, or profile JSON. */
  readonly profile?: string | Profile | object;
  /**
   * The work calendar: a `WorkCalendar` (used as it is), or calendar JSON (one year's notice, a list of them, or
   * `{ years }`) added to the shipped calendar; default the shipped calendar (2015–2026).
   */
  readonly calendar?: WorkCalendar | object;
}

/**
 * Options of the batch functions: {@link PetitionOptions}, `explain` (per-row explanations, default `false`) and
 * `validate` (`'checked'`, the default, or `'trusted'`).
 * @category Petitions
 */
export interface PetitionBatchOptions extends PetitionOptions {
  /** Build each row's explanation (default `false`). */
  readonly explain?: boolean;
  /**
   * How the items are read: `'checked'` (default) by their record, as the one-item function reads them; `'trusted'`:
   * taken as given, for items already in the form the record's parse returns (the check is skipped). A trusted item
   * of the wrong shape becomes an error row with the code `trusted_input_invalid`; the other rows are computed.
   * @example
   * ```ts
   * const items = [{ intake: 'direct', receivedOn: '2026-02-10' }, null];
   * petitionDeadlinesBatch(items, { asOf: '2026-03-01', validate: 'trusted' }).rows.map((r) => r.outcome); // ['undetermined', 'error']
   * petitionDeadlinesBatch(items, { asOf: '2026-03-01', validate: 'fast' }); // throws PolicyError 'unknown_enum_value' at ['validate']
   * ```
   */
  readonly validate?: ValidationMode;
}

/** The option readers of one item. @internal */
export const ITEM_OPTIONS = { asOf: asOfOption, profile: petitionProfiles.option, calendar: calendarOption };

/** The option readers of a batch. @internal */
export const BATCH_OPTIONS = { ...ITEM_OPTIONS, explain: explainOption, validate: validateOption };
