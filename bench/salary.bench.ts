/**
 * computeSalaries on 1,000,000 synthetic workers against a plain-JS reference that computes the same grades and pay
 * from the same profile numbers, in alternating paired rounds (bench/support/paired.ts: gc before each run, medians,
 * digests compared). huaian has no amounts (not found), so the bench supplies them with an override, as a host would.
 *
 * The reference is what a host would write by hand: it checks each row the way the library does (types, the known
 * values and their Chinese names, real dates, four-digit years), computes grade and pay with numbers, exact in fen,
 * and hands back a row per worker (as the 0.1.0 bench's reference did); the digest is taken from those rows.
 * Targets: ≥ 0.8x the reference without explanations, ≥ 0.25x with. A second, non-checking reference (the 0.1.0
 * bench's) is timed once for comparison only.
 * Run: npm run bench -- salary   (or: node --expose-gc --max-old-space-size=4096 --import tsx bench/salary.bench.ts [N])
 */
import { profileToJson, withOverrides } from '../src/core/index.js';
import { computeSalaries, salaryProfiles } from '../src/salary/index.js';
import { pairedRounds } from './support/paired.js';

const N = Number(process.argv[2] ?? 1_000_000);
const AS_OF = '2026-01-01';

// ---- the profile: huaian's rules, with the amounts a host supplies ----
const coefficients = Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(i + 1), (1 + i / 10).toFixed(2)]));
const source = { title: 'bench amounts (test values, not policy)' };
const profile = withOverrides(salaryProfiles.get('huaian'), {
  'salary.pay.base': { set: '1000', source },
  'salary.pay.gradeCoefficients': { set: coefficients, source },
  'salary.pay.certificateAllowance': { set: { assistant: '100', intermediate: '200', senior: '300' }, source },
});

// ---- synthetic roster (deterministic) ----
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
function roster(n: number): unknown[] {
  const rnd = mulberry32(42);
  const posts = ['principal', 'deputy', 'staff', 'staff', 'staff', '正职', '副职', '其他工作人员'];
  const educations = ['college_or_below', 'bachelor', 'bachelor', 'master', 'doctorate', '本科'];
  const levels = ['assistant', 'intermediate', 'senior'];
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const y = 1995 + Math.floor(rnd() * 31);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const w: Record<string, unknown> = {
      id: `W${i}`,
      post: posts[Math.floor(rnd() * posts.length)],
      education: educations[Math.floor(rnd() * educations.length)],
      serviceStart: `${y}-${pad(m)}-${pad(d)}`,
    };
    if (rnd() < 0.3)
      w.certificate = {
        level: levels[Math.floor(rnd() * 3)],
        obtained: `${y + Math.floor(rnd() * 8)}-${pad(m)}-${pad(d)}`,
      };
    if (rnd() < 0.5) {
      const a: Record<string, string> = {};
      for (let yy = Math.max(y, 2015); yy <= 2025; yy++) {
        const r = rnd();
        a[String(yy)] = r < 0.15 ? 'excellent' : r < 0.2 ? 'fail' : r < 0.3 ? 'basic_pass' : 'pass';
      }
      w.assessments = a;
    }
    out[i] = w;
  }
  return out;
}

// ---- the plain-JS reference, fed by the same profile numbers ----
interface Numbers {
  min: number[];
  max: number[];
  education: Record<string, number>;
  yearsPerStep: number;
  failDelay: number;
  basicPassCounts: boolean;
  earlyRun: number;
  earlyMax: number;
  advance: boolean;
  /** base × coefficient × share, in fen × 1000 per grade, for the two grade lines. */
  lineFen: { basic: number[]; performance: number[] };
  allowanceFen: Record<string, number>;
}
const scaled = (decimal: string, scale: number) => Math.round(Number(decimal) * scale);
function numbersOf(json: Record<string, unknown>): Numbers {
  const p = (json as { parameters: Record<string, { values: { value: unknown }[] }> }).parameters;
  const v = (id: string) => p[id]!.values[p[id]!.values.length - 1]!.value as never;
  const windows = v('salary.grade.windows') as Record<string, { min: number; max: number }>;
  const early = v('salary.grade.earlyPromotion') as { consecutiveExcellent: number; maxSteps: number };
  const base = scaled(v('salary.pay.base'), 100);
  const coef = v('salary.pay.gradeCoefficients') as Record<string, string>;
  const line = (share: string) =>
    Array.from({ length: 19 }, (_, g) => (g === 0 ? 0 : base * scaled(coef[String(g)]!, 100) * scaled(share, 10)));
  const allowance = v('salary.pay.certificateAllowance') as Record<string, string>;
  return {
    min: [windows.principal!.min, windows.deputy!.min, windows.staff!.min],
    max: [windows.principal!.max, windows.deputy!.max, windows.staff!.max],
    education: v('salary.grade.educationSteps'),
    yearsPerStep: v('salary.grade.serviceYearsPerStep'),
    failDelay: v('salary.grade.failDelayYears'),
    basicPassCounts: v('salary.grade.basicPassCountsAsService'),
    earlyRun: early.consecutiveExcellent,
    earlyMax: early.maxSteps,
    advance: v('salary.grade.earlyPromotion.mode') === 'advance',
    lineFen: { basic: line(v('salary.pay.basicShare')), performance: line(v('salary.pay.performanceShare')) },
    allowanceFen: Object.fromEntries(Object.entries(allowance).map(([k, a]) => [k, scaled(a, 100)])),
  };
}
const POST: Record<string, number> = {
  principal: 0,
  deputy: 1,
  staff: 2,
  正职: 0,
  副职: 1,
  其他社区工作者: 2,
  其他工作人员: 2,
};
const EDUCATION: Record<string, string> = {
  college_or_below: 'college_or_below',
  bachelor: 'bachelor',
  master: 'master',
  doctorate: 'doctorate',
  大专及以下: 'college_or_below',
  本科: 'bachelor',
  硕士: 'master',
  博士: 'doctorate',
};
const LEVEL: Record<string, string> = {
  assistant: 'assistant',
  intermediate: 'intermediate',
  senior: 'senior',
  助理社会工作师: 'assistant',
  社会工作师: 'intermediate',
  高级社会工作师: 'senior',
};
const RESULT: Record<string, string> = {
  excellent: 'excellent',
  pass: 'pass',
  basic_pass: 'basic_pass',
  fail: 'fail',
  优秀: 'excellent',
  合格: 'pass',
  基本合格: 'basic_pass',
  不合格: 'fail',
};
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8));
  return (
    y >= 1 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= (m === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 28 : DAYS[m]!)
  );
}
const roundFen = (x1000: number) => Math.floor(x1000 / 1000 + 0.5);

interface Digest {
  computed: number;
  error: number;
  gradeSum: number;
  gradeCheck: number;
  monthlyFen: number;
}

/** A reference row: what a host's own loop would hand back for each worker (as the 0.1.0 bench's reference did). */
type RefRow =
  | { readonly index: number; readonly error: true }
  | {
      readonly index: number;
      readonly id: unknown;
      readonly post: number;
      readonly grade: number;
      readonly monthlyFen: number;
      readonly error: false;
    };

function reference(workers: readonly unknown[], n: Numbers, check: boolean): Digest {
  const asOfYear = Number(AS_OF.slice(0, 4));
  const rows: RefRow[] = new Array(workers.length);
  for (let i = 0; i < workers.length; i++) {
    const w = workers[i] as Record<string, any>;
    const post = POST[w.post];
    const education = EDUCATION[w.education];
    const start = w.serviceStart;
    const cert = w.certificate;
    const a = w.assessments;
    if (check) {
      const idOk =
        w.id === undefined ||
        (typeof w.id === 'string' && w.id !== '') ||
        (typeof w.id === 'number' && Number.isFinite(w.id));
      let ok = idOk && post !== undefined && education !== undefined && isDate(start);
      if (ok && cert !== undefined)
        ok =
          typeof cert === 'object' &&
          cert !== null &&
          LEVEL[cert.level] !== undefined &&
          (cert.obtained === undefined || isDate(cert.obtained));
      if (ok && a !== undefined) {
        ok = typeof a === 'object' && a !== null && !Array.isArray(a);
        if (ok) for (const k of Object.keys(a)) if (!/^[1-9]\d{3}$/.test(k) || RESULT[a[k]] === undefined) ok = false;
      }
      if (!ok) {
        rows[i] = { index: i, error: true };
        continue;
      }
    }
    const sy = Number(start.slice(0, 4));
    const j = start.slice(5) === '01-01' ? 0 : 1;
    const delaying: number[] = [];
    const excellent: number[] = [];
    if (a) {
      for (const k of Object.keys(a)) {
        const yr = Number(k);
        if (yr < sy) continue;
        const r = RESULT[a[k]];
        if (r === 'fail' || (r === 'basic_pass' && !n.basicPassCounts)) delaying.push(yr);
        else if (r === 'excellent') excellent.push(yr);
      }
    }
    const service: number[] = [];
    let used = 0;
    let delay = 0;
    for (let k = 1; ; k++) {
      let e = sy + n.yearsPerStep * k + j + delay;
      while (used < delaying.length && delaying[used]! < e) {
        used++;
        delay += n.failDelay;
        e += n.failDelay;
      }
      if (e > asOfYear) break;
      service.push(e);
    }
    let early = 0;
    let taken = 0;
    let next = 0;
    let run = 0;
    let prev = -1;
    for (const y of excellent) {
      if (early >= n.earlyMax) break;
      run = run > 0 && y === prev + 1 ? run + 1 : 1;
      prev = y;
      if (run === n.earlyRun) {
        if (y + 1 > asOfYear) break;
        early++;
        run = 0;
        if (n.advance) {
          while (next < service.length && service[next]! <= y + 1) next++;
          if (next < service.length) {
            next++;
            taken++;
          }
        }
      }
    }
    let grade = n.min[post!]! + n.education[education!]! + service.length + early - taken;
    if (grade > n.max[post!]!) grade = n.max[post!]!;
    const certFen =
      cert !== undefined && cert.obtained !== undefined && cert.obtained <= AS_OF
        ? n.allowanceFen[LEVEL[cert.level]!]!
        : 0;
    rows[i] = {
      index: i,
      id: w.id,
      post: post!,
      grade,
      monthlyFen: roundFen(n.lineFen.basic[grade]!) + roundFen(n.lineFen.performance[grade]!) + certFen,
      error: false,
    };
  }
  // The digest from the rows, as library() takes it from the library's rows.
  const out: Digest = { computed: 0, error: 0, gradeSum: 0, gradeCheck: 0, monthlyFen: 0 };
  for (const r of rows) {
    if (r.error) {
      out.error++;
      continue;
    }
    out.monthlyFen += r.monthlyFen;
    out.computed++;
    out.gradeSum += r.grade;
    out.gradeCheck = (out.gradeCheck * 31 + r.grade) % 1_000_000_007;
  }
  return out;
}

function library(workers: readonly unknown[], explain: boolean): Digest {
  const r = computeSalaries(workers, { asOf: AS_OF, profile, explain });
  const out: Digest = {
    computed: r.counts.computed,
    error: r.counts.error,
    gradeSum: 0,
    gradeCheck: 0,
    monthlyFen: Number(r.summary.monthly.replace('.', '')),
  };
  for (const row of r.rows) {
    if (row.outcome !== 'computed') continue;
    out.gradeSum += row.grade!;
    out.gradeCheck = (out.gradeCheck * 31 + row.grade!) % 1_000_000_007;
  }
  return out;
}

const workers = roster(N);
const numbers = numbersOf(profileToJson(profile));
// Warm up both sides on a slice.
const warm = workers.slice(0, 20_000);
reference(warm, numbers, true);
library(warm, false);
library(warm.slice(0, 5_000), true);

console.log(`workers: ${N}, as of ${AS_OF}, profile ${profile.id} ${profile.version}`);
const plain = pairedRounds('salary batch, no explanations', {
  reference: () => reference(workers, numbers, true),
  library: () => library(workers, false),
});
const explained = pairedRounds('salary batch, with explanations', {
  rounds: 5,
  reference: () => reference(workers, numbers, true),
  library: () => library(workers, true),
});
const unchecked = pairedRounds('for comparison: against a reference that checks nothing (not a target)', {
  rounds: 5,
  reference: () => reference(workers, numbers, false),
  library: () => library(workers, false),
});
console.log(
  `targets: ≥ 0.80x without explanations (${plain.ratio.toFixed(2)}x), ≥ 0.25x with (${explained.ratio.toFixed(2)}x); unchecked reference ${unchecked.ratio.toFixed(2)}x`,
);
if (plain.ratio < 0.8 || explained.ratio < 0.25) process.exitCode = 1;
