// Petitions bench: 1,000,000 deadline computations through the public batch API, petitionDeadlinesBatch (1,000 items
// per batch, as the CLI reads a 台账), against a plain-JS reference over the same holiday calendar in the same process.
// 333,334 transferred claims of route (六), received on a random day of 2025-01-01…2026-10-15 and accepted 0–4 days
// later: per item, 书面告知 (15日, art. 23 ¶3), 提出异议 (5个工作日) and 办结 (60日 from 受理, art. 34): 1,000,002
// deadlines. The library also validates every item, reads the parameters through a scope (warnings, missing) and
// returns all eight milestones with their articles; the reference only counts dates. Paired alternating rounds;
// the digests (every due date) must agree. Target: >= 0.5x the reference.
import { addDays, defaultWorkCalendar } from '../src/core/index.js';
import { petitionDeadlinesBatch, type PetitionDeadlinesRow } from '../src/petitions/index.js';
import { pairedRounds } from './support/paired.js';

const ITEMS = 333_334;
const CHUNK = 1_000;

// Deterministic PRNG (mulberry32) so every run sees the same dates.
let seed = 20260210;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const items = Array.from({ length: ITEMS }, () => {
  const receivedOn = addDays('2025-01-01', Math.floor(rnd() * 653));
  return {
    intake: 'transferred',
    category: 'claim',
    route: 'opinion',
    receivedOn,
    acceptedOn: addDays(receivedOn, Math.floor(rnd() * 5)),
  };
});

// ---- Plain-JS reference: the same notices read into Sets of day numbers; no library code on the timed path. ----
function dayNumber(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function dateOf(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const parse = (s: string): number => dayNumber(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));

const restDays = new Set<number>();
const workDays = new Set<number>();
for (const year of defaultWorkCalendar().years) {
  for (const h of year.holidays) {
    for (const r of h.restDays) {
      const [a, b = a] = r.split('/') as [string, string?];
      for (let d = parse(a); d <= parse(b); d++) restDays.add(d);
    }
    for (const w of h.workdays ?? []) workDays.add(parse(w));
  }
}
const working = (d: number): boolean => {
  if (workDays.has(d)) return true;
  if (restDays.has(d)) return false;
  const wd = (((d + 4) % 7) + 7) % 7;
  return wd !== 0 && wd !== 6;
};
const periodEnd = (date: string, days: number): string => {
  let d = parse(date) + days;
  while (!working(d)) d++;
  return dateOf(d);
};
const addWorkingDays = (date: string, n: number): string => {
  let d = parse(date);
  for (let left = n; left > 0;) if (working(++d)) left--;
  return dateOf(d);
};

/** A digest of due dates: how many, and a hash of them in order. */
interface Digest {
  deadlines: number;
  hash: number;
}
const mix = (h: number, s: string): number => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
};

function reference(): Digest {
  let hash = 2166136261;
  let deadlines = 0;
  for (let i = 0; i < ITEMS; i++) {
    const x = items[i]!;
    hash = mix(hash, periodEnd(x.receivedOn, 15));
    hash = mix(hash, addWorkingDays(x.receivedOn, 5));
    hash = mix(hash, periodEnd(x.acceptedOn, 60));
    deadlines += 3;
  }
  return { deadlines, hash };
}

function library(): Digest {
  let hash = 2166136261;
  let deadlines = 0;
  for (let i = 0; i < ITEMS; i += CHUNK) {
    const { rows } = petitionDeadlinesBatch(items.slice(i, i + CHUNK), { asOf: '2026-12-31' });
    for (const row of rows as PetitionDeadlinesRow[]) {
      const m = row.milestones;
      // notice, objection, resolve (the others do not apply to these items)
      hash = mix(hash, m[1]!.due!);
      hash = mix(hash, m[2]!.due!);
      hash = mix(hash, m[3]!.due!);
      deadlines += 3;
    }
  }
  return { deadlines, hash };
}

console.log(
  `workload: ${(ITEMS * 3).toLocaleString('en')} deadlines (${ITEMS.toLocaleString('en')} items × 15日, 5个工作日, 60日), batches of ${CHUNK.toLocaleString('en')}`,
);
library(); // warm up (and check there is no error row)
reference();
const r = pairedRounds('petitionDeadlinesBatch vs plain reference', { rounds: 7, reference, library });
const perSec = (ms: number): string => `${((ITEMS * 3) / ms / 1000).toFixed(2)} M deadlines/s`;
console.log(`reference ${perSec(r.referenceMs)}, library ${perSec(r.libraryMs)}; target >= 0.5x`);
if (r.ratio < 0.5) process.exitCode = 1;
