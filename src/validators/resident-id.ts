/**
 * 居民身份证号码 (GB 11643-1999).
 * @module
 */

/**
 * Masks a resident ID for display: keeps the first 6 and last 4 characters and replaces the 8 in between with `*`
 * (`320802199001011234` → `320802********1234`). Anything that is not 15 or 18 characters is fully masked.
 * @category Resident ID
 */
export function maskResidentId(id: string): string {
  const s = String(id);
  if (s.length !== 18 && s.length !== 15) return '*'.repeat(Math.min(s.length, 18));
  return `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
}
