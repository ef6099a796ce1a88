// Calendar bench: 1,000,000 deadline computations (信访 style: 15日 and 60日 periods with the 民法典 art. 203
// roll-over, and 5个工作日) on the shipped calendar, against a plain-JS reference over the same holiday data in the
// same process: integer day numbers, Sets of listed days, and a day-by-day loop. Prints both throughputs and the
// median of the paired ratios.
import { periodEnd } from '../src/core/periods.js';
import { addWorkingDays, defaultWorkCalendar } from '../src/core/work-calendar.js';

const DEADLINES = 1_000_000;

// Deterministic PRNG (mulberry32) so every run sees the same dates.
let seed = 20260210;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

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
function refPeriodEnd(date: string, days: number): string {
  let d = parse(date) + days;
  while (!working(d)) d++;
  return dateOf(d);
}
function refAddWorkingDays(date: string, n: number): string {
  let d = parse(date);
  for (let left = n; left > 0;) if (working(++d)) left--;
  return dateOf(d);
}

// ---- The workload: received dates in 2025-01-01 … 2026-10-15 (so that 60 days stay inside the data). ----
const first = parse('2025-01-01');
const span = parse('2026-10-15') - first;
const dates: string[] = Array.from({ length: DEADLINES }, () => dateOf(first + Math.floor(rnd() * span)));

function library(): string[] {
  const out = new Array<string>(DEADLINES);
  for (let i = 0; i < DEADLINES; i++) {
    const d = dates[i]!;
    const k = i % 3;
    out[i] = k === 0 ? periodEnd(d, { days: 15 }).end : k === 1 ? addWorkingDays(d, 5) : periodEnd(d, { days: 60 }).end;
  }
  return out;
}
function reference(): string[] {
  const out = new Array<string>(DEADLINES);
  for (let i = 0; i < DEADLINES; i++) {
    const d = dates[i]!;
    const k = i % 3;
    out[i] = k === 0 ? refPeriodEnd(d, 15) : k === 1 ? refAddWorkingDays(d, 5) : refPeriodEnd(d, 60);
  }
  return out;
}

const once = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Both must agree before timing means anything.
const lib = library();
const ref = reference();
for (let i = 0; i < DEADLINES; i++)
  if (lib[i] !== ref[i])
    throw new Error(`mismatch at ${i} (${dates[i]}, kind ${i % 3}): library ${lib[i]} vs reference ${ref[i]}`);

// Warm up, then alternate single runs (which side goes first alternates too): on a shared machine the load changes by
// the second, so each library run is compared with the reference run next to it and the median ratio is reported.
once(library);
once(reference);
const refTimes: number[] = [];
const libTimes: number[] = [];
const ratios: number[] = [];
for (let k = 0; k < 9; k++) {
  let r: number;
  let l: number;
  if (k % 2 === 0) {
    r = once(reference);
    l = once(library);
  } else {
    l = once(library);
    r = once(reference);
  }
  refTimes.push(r);
  libTimes.push(l);
  ratios.push(r / l);
}
const perSec = (ms: number): string => `${(((DEADLINES / ms) * 1000) / 1e6).toFixed(2)} M deadlines/s`;
const refMs = median(refTimes);
const libMs = median(libTimes);
const ratio = median(ratios);
console.log(
  `workload: ${DEADLINES.toLocaleString('en')} deadlines (15日 and 60日 with roll-over, 5个工作日), received 2025-01-01…2026-10-15`,
);
console.log(`reference (Sets, day-by-day)   ${refMs.toFixed(1)} ms  (${perSec(refMs)})`);
console.log(`library (periodEnd, addWorkingDays)  ${libMs.toFixed(1)} ms  (${perSec(libMs)})`);
console.log(
  `ratio library/reference = ${ratio.toFixed(2)} (target >= 0.5; median of ${ratios.length} paired runs, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
);
if (ratio < 0.5) process.exitCode = 1;
