/**
 * Resident-ID check used by the candidate schema. Kept in one place so the schema can switch to the validators
 * module's full parser without touching the rules.
 * @module
 */
import { isCalendarDate } from '../core/index.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * True for an 18-character 居民身份证号码 (GB 11643-1999) with a real birth date and a matching check character.
 * @internal
 */
export function isResidentIdValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!isCalendarDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === id[17];
}

/** Birth date encoded in a valid resident ID. @internal */
export function birthDateOfResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
