/**
 * The options every public function of the petitions domain reads, the same way: `asOf` (required), `profile`, and
 * `calendar` (the work calendar; default the shipped one); batches add `explain`.
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
 * Options of the batch functions: {@link PetitionOptions} and `explain` (per-row explanations, default `false`).
 * @category Petitions
 */
export interface PetitionBatchOptions extends PetitionOptions {
  /** Build each row's explanation (default `false`). */
  readonly explain?: boolean;
}

/** The option readers of one item. @internal */
export const ITEM_OPTIONS = { asOf: asOfOption, profile: petitionProfiles.option, calendar: calendarOption };

/** The option readers of a batch. @internal */
export const BATCH_OPTIONS = { ...ITEM_OPTIONS, explain: explainOption };
