// Workforce bench: a roster of 1,000,000 community workers over the 1,601 village-level units of the embedded 淮安 tree,
// with the urban residents of every township, through the public builder (createWorkforceReport, 1,000-row chunks, as
// the CLI feeds it): each worker checked by its record, placed, classed for the 60% / 90% targets, its certification
// deadline (the exam routes of the huaian profile, counted as the Civil Code counts years) and exit cases (2 years 不合格
// or 3 years 基本合格 in a row) decided, its pay computed by /salary (a host's pay table by post); then staffing (18 per
// 10,000, rounded up) per unit, average pay per county and city against a benchmark, and the targets. Against a
// plain-JS reference in the same process that checks the same inputs and decides the same outcomes with strings, Maps
// and arrays. Paired alternating rounds (bench/support/paired.ts); the digests (row outcomes, statuses, deadlines,
// exit cases, pay, staffing, targets) must agree. Target: >= 0.5x the reference.
import { withOverrides, type Profile } from '../src/core/index.js';
import { huaianDivisions } from '../src/divisions/index.js';
import { salaryProfiles } from '../src/salary/index.js';
import { createWorkforceReport, workforceProfiles, type WorkerRow } from '../src/workforce/index.js';
import { pairedRounds } from './support/paired.js';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 1_000_000);
const CHUNK = 1000;
const AS_OF = '2026-06-30';
const tree = huaianDivisions();

// Deterministic PRNG (mulberry32) so every run sees the same roster.
let seed = 20260630;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

// A host's pay table on which every worker's pay is known (as the workforce tests): 5000 / 4500 / 4000 a month by
// post and 6000 a year for everyone: 66,000, 60,000 and 54,000 a year.
const PAY: Profile = withOverrides(salaryProfiles.get('beijing-or-quanjiao'), {
  'salary.components': [
    { id: 'basic', label: { zh: '基本工资', en: 'Basic pay' }, kind: 'postAmount', amounts: 'salary.pay.basicByPost' },
    {
      id: 'bonus',
      label: { zh: '年度奖金', en: 'Annual bonus' },
      kind: 'postAmount',
      amounts: 'salary.pay.annualBonus',
      period: 'year',
    },
  ],
  'salary.pay.basicByPost': { set: { principal: '5000', deputy: '4500', staff: '4000' } },
  'salary.pay.annualBonus': { set: { principal: '6000', deputy: '6000', staff: '6000' } },
});
const ANNUAL: Record<string, number> = { principal: 66000, deputy: 60000, staff: 54000 };
const BENCHMARK = 60000;
const PROFILE = withOverrides(workforceProfiles.get('huaian'), {
  'workforce.pay.benchmark': { set: { 320800: String(BENCHMARK) } as never, from: '2026-01-01' },
});

// ---- The roster ----
// Old hires (2010–2023, never on 1 January) with an assessment for every full year to 2025: the 16条's deadline does not
// bind them; about 3% 不合格 and 7% 基本合格 a year make exit cases. New hires (2026-01-10 to 2026-06-30, after the
// 16条 was reported issued) with a bachelor's, a master's or a 大专 and a social work major or not: a deadline; one in
// five already certified. One in twenty has left by 2025-12-31.
const villages = tree.atLevel('village').map((u) => u.code);
const townships = tree.atLevel('township').map((u) => u.code);
const POSTS = ['principal', 'deputy', 'staff', 'staff', 'staff'] as const;
type Worker = Record<string, unknown>;
const roster: Worker[] = new Array(WORKERS);
for (let i = 0; i < WORKERS; i++) {
  const post = pick(POSTS);
  const divisionCode = villages[i % villages.length]!;
  const x = rnd();
  const sw = rnd() < 0.4;
  let w: Worker;
  if (x < 0.7) {
    const y = 2010 + Math.floor(rnd() * 14);
    const serviceStart = `${y}-${pad(1 + Math.floor(rnd() * 12))}-${pad(2 + Math.floor(rnd() * 27))}`;
    const assessments: Record<string, string> = {};
    for (let a = y + 1; a <= 2025; a++) {
      const r = rnd();
      assessments[a] = r < 0.03 ? 'fail' : r < 0.1 ? 'basic_pass' : r < 0.3 ? 'excellent' : 'pass';
    }
    const e = rnd();
    const education = e < 0.55 ? 'bachelor' : e < 0.6 ? 'master' : 'college_or_below';
    w = { id: `W${i}`, divisionCode, post, education, serviceStart, socialWorkDegree: sw, assessments };
    if (education === 'college_or_below') w.subBachelorEducation = e < 0.93 ? 'college' : 'secondary';
    const c = rnd();
    if (c < 0.5)
      w.certificate = {
        level: c < 0.35 ? 'assistant' : 'intermediate',
        obtained: `${2012 + Math.floor(c * 26)}-06-30`,
      };
    else if (c < 0.55) w.certificate = { level: 'assistant' };
    if (rnd() < 0.05) w.employedUntil = '2025-12-31';
  } else {
    const day = 9 + Math.floor(rnd() * 172); // 2026-01-10 … 2026-06-30
    const d = new Date(Date.UTC(2026, 0, 1 + day));
    const serviceStart = `2026-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const e = rnd();
    const education = e < 0.6 ? 'bachelor' : e < 0.7 ? 'master' : 'college_or_below';
    w = { id: `W${i}`, divisionCode, post, education, serviceStart, socialWorkDegree: sw };
    if (education === 'college_or_below') w.subBachelorEducation = 'college';
    if (rnd() < 0.2) w.certificate = { level: 'assistant', obtained: '2026-05-01' };
  }
  roster[i] = w;
}
const residents = townships.map((divisionCode) => ({ divisionCode, urbanResidents: 2000 + Math.floor(rnd() * 60000) }));

type Digest = Record<string, number>;
const bump = (d: Digest, k: string, n = 1) => void (d[k] = (d[k] ?? 0) + n);

// ---- Plain-JS reference: the same checks and decisions, no library code. ----
const parentOf = new Map<string, string | undefined>(tree.units.map((u) => [u.code, u.parent]));
const levelOf = new Map<string, string>(tree.units.map((u) => [u.code, u.level]));
const countyOf = new Map<string, string>();
for (const u of tree.units) {
  let c: string | undefined = u.code;
  while (c !== undefined && levelOf.get(c) !== 'county') c = parentOf.get(c);
  if (c !== undefined) countyOf.set(u.code, c);
}
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dim = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const EDUCATIONS = new Set(['college_or_below', 'bachelor', 'master', 'doctorate']);
const RESULTS = new Set(['excellent', 'pass', 'basic_pass', 'fail']);
function checkDate(s: unknown): string {
  if (typeof s !== 'string') throw new Error('date');
  const m = DATE.exec(s);
  if (
    m === null ||
    Number(m[2]) < 1 ||
    Number(m[2]) > 12 ||
    Number(m[3]) < 1 ||
    Number(m[3]) > dim(Number(m[1]), Number(m[2]))
  )
    throw new Error('date');
  return s;
}
/** The corresponding day `n` years on (29 February → 28 February). */
function addYears(s: string, n: number): string {
  const y = Number(s.slice(0, 4)) + n;
  const m = Number(s.slice(5, 7));
  return `${y}-${s.slice(5, 7)}-${pad(Math.min(Number(s.slice(8, 10)), dim(y, m)))}`;
}
function nextDay(s: string): string {
  let y = Number(s.slice(0, 4));
  let m = Number(s.slice(5, 7));
  let d = Number(s.slice(8, 10)) + 1;
  if (d > dim(y, m)) {
    d = 1;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}
// The exam routes of the huaian profile for the educations of this roster (afterCertificate routes left out, as the rule does).
const ROUTES: readonly {
  education: readonly string[];
  major: 'social_work' | 'other' | 'any';
  years: number;
  fresh?: boolean;
}[] = [
  { education: ['secondary'], major: 'any', years: 4 },
  { education: ['college'], major: 'social_work', years: 2 },
  { education: ['bachelor'], major: 'social_work', years: 0, fresh: true },
  { education: ['college'], major: 'other', years: 4 },
  { education: ['bachelor', 'master', 'doctorate'], major: 'other', years: 2 },
  { education: ['college', 'bachelor', 'master', 'doctorate'], major: 'social_work', years: 4 },
  { education: ['bachelor'], major: 'social_work', years: 3 },
  { education: ['master'], major: 'social_work', years: 1 },
  { education: ['doctorate'], major: 'social_work', years: 0 },
  { education: ['college', 'bachelor', 'master', 'doctorate'], major: 'other', years: 6 },
  { education: ['bachelor'], major: 'other', years: 5 },
  { education: ['master'], major: 'other', years: 3 },
  { education: ['doctorate'], major: 'other', years: 2 },
];
const NOT_BEFORE = '2024-03-28';
const ISSUED_BY = '2026-01-09';

function reference(): Digest {
  const d: Digest = {};
  const inService = new Map<string, number>();
  const pay = new Map<string, [number, number]>();
  let cert = [0, 0, 0];
  let college = [0, 0, 0];
  const addPay = (u: string, a: number) => {
    const t = pay.get(u);
    if (t === undefined) pay.set(u, [a, 1]);
    else {
      t[0] += a;
      t[1]++;
    }
  };
  const lastYear = Number(AS_OF.slice(0, 4)) - 1;
  for (let i = 0; i < roster.length; i++) {
    const w = roster[i] as {
      id: string;
      divisionCode: string;
      post: string;
      education: string;
      subBachelorEducation?: string;
      serviceStart: string;
      socialWorkDegree: boolean;
      assessments?: Record<string, string>;
      certificate?: { level: string; obtained?: string };
      employedUntil?: string;
    };
    // The record's checks.
    if (
      !levelOf.has(w.divisionCode) ||
      !(w.post in ANNUAL) ||
      !EDUCATIONS.has(w.education) ||
      typeof w.socialWorkDegree !== 'boolean'
    )
      throw new Error('bad worker');
    const start = checkDate(w.serviceStart);
    if (w.employedUntil !== undefined) checkDate(w.employedUntil);
    if (w.certificate?.obtained !== undefined) checkDate(w.certificate.obtained);
    if (w.assessments !== undefined)
      for (const k in w.assessments) if (!RESULTS.has(w.assessments[k]!)) throw new Error('bad assessment');
    if (!(start <= AS_OF && (w.employedUntil === undefined || w.employedUntil >= AS_OF))) {
      bump(d, 'row.not_applicable');
      bump(d, 'status.not_in_service');
      continue;
    }
    inService.set(w.divisionCode, (inService.get(w.divisionCode) ?? 0) + 1);
    // Targets.
    const cc =
      w.certificate === undefined
        ? 1
        : w.certificate.obtained === undefined
          ? 2
          : w.certificate.obtained <= AS_OF
            ? 0
            : 1;
    const level = w.education === 'college_or_below' ? w.subBachelorEducation! : w.education;
    const ce = level === 'secondary' ? 1 : 0;
    cert[cc]!++;
    college[ce]!++;
    // Pay by post, for the city and the county.
    const annual = ANNUAL[w.post]!;
    addPay('320800', annual);
    addPay(countyOf.get(w.divisionCode)!, annual);
    // Certification.
    let certOutcome: string;
    if (start < NOT_BEFORE) {
      certOutcome = 'not_applicable';
      bump(d, 'status.not_new_hire');
    } else if (start < ISSUED_BY) throw new Error('between');
    else {
      let best: string | undefined;
      for (const r of ROUTES) {
        if (!r.education.includes(level)) continue;
        if ((r.major === 'social_work' && !w.socialWorkDegree) || (r.major === 'other' && w.socialWorkDegree)) continue;
        const date = r.fresh === true || r.years === 0 ? start : nextDay(addYears(start, r.years));
        if (best === undefined || date < best) best = date;
      }
      const clock = best! >= start ? best! : start;
      const deadline = addYears(clock, 3);
      const on = w.certificate?.obtained;
      const status =
        on !== undefined && on <= AS_OF
          ? on <= deadline
            ? 'certified'
            : 'certified_late'
          : best! > AS_OF
            ? 'not_yet_eligible'
            : AS_OF <= deadline
              ? 'pending'
              : 'overdue';
      certOutcome = status === 'certified_late' || status === 'overdue' ? 'fail' : 'pass';
      bump(d, `status.${status}`);
      bump(d, `deadline.${deadline.slice(0, 7)}`);
    }
    // Exit: runs over the years from the first full year of service to last year.
    let exitOutcome = 'not_applicable';
    const a = w.assessments;
    const first = Number(start.slice(0, 4)) + (start.endsWith('-01-01') ? 0 : 1);
    if (a !== undefined && first <= lastYear) {
      let fail = 0;
      let basic = 0;
      let found = 0;
      for (let y = first; y <= lastYear; y++) {
        const r = a[y];
        if (r === undefined) throw new Error('a year missing');
        fail = r === 'fail' ? fail + 1 : 0;
        basic = r === 'basic_pass' ? basic + 1 : 0;
        if (fail >= 2) found |= 1;
        if (basic >= 3) found |= 2;
      }
      exitOutcome = found === 0 ? 'pass' : 'fail';
      if (found & 1) bump(d, 'exit.consecutive_fail');
      if (found & 2) bump(d, 'exit.consecutive_basic_pass');
    } else if (first <= lastYear) throw new Error('no assessments');
    const rank: Record<string, number> = { not_applicable: 0, pass: 1, undetermined: 2, fail: 3 };
    bump(d, `row.${rank[certOutcome]! >= rank[exitOutcome]! ? certOutcome : exitOutcome}`);
  }
  // Staffing: each township's figure given; each county and the city the sum of those below.
  const figure = new Map<string, number>();
  const actual = new Map<string, number>();
  for (const [code, n] of inService) {
    let c: string | undefined = code;
    while (c !== undefined) {
      actual.set(c, (actual.get(c) ?? 0) + n);
      c = parentOf.get(c);
    }
  }
  for (const r of residents) {
    if (levelOf.get(r.divisionCode) === undefined || !Number.isSafeInteger(r.urbanResidents) || r.urbanResidents < 0)
      throw new Error('bad count');
    let c: string | undefined = r.divisionCode;
    while (c !== undefined) {
      figure.set(c, (figure.get(c) ?? 0) + r.urbanResidents);
      c = parentOf.get(c);
    }
  }
  for (const [code, f] of figure) {
    const required = Math.ceil((f * 18) / 10000);
    const here = actual.get(code) ?? 0;
    bump(d, 'staffing.units');
    bump(d, 'staffing.required', required);
    if (here < required) {
      bump(d, 'staffing.behind');
      bump(d, 'staffing.gap', required - here);
    }
  }
  for (const [code, [sum, n]] of pay) {
    d[`pay.${code}.total`] = sum;
    d[`pay.${code}.met`] = sum >= BENCHMARK * n ? 1 : 0;
  }
  d['targets.certified.yes'] = cert[0]!;
  d['targets.certified.unknown'] = cert[2]!;
  d['targets.college.yes'] = college[0]!;
  cert = [0, 0, 0];
  college = [0, 0, 0];
  return d;
}

// ---- The library: the public builder over 1,000-row chunks, the digest read from its rows and summary. ----
function library(): Digest {
  const d: Digest = {};
  const report = createWorkforceReport({ asOf: AS_OF, profile: PROFILE, salaryProfile: PAY });
  for (let i = 0; i < roster.length; i += CHUNK) {
    const rows = report.add(roster.slice(i, i + CHUNK));
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k] as WorkerRow;
      if ((r.outcome as string) === 'error') throw new Error('row refused');
      bump(d, `row.${r.outcome}`);
      const c = r.certification!;
      bump(d, `status.${c.status}`);
      if (c.deadline !== null) bump(d, `deadline.${c.deadline.slice(0, 7)}`);
      const t = r.exit!.triggers;
      for (let j = 0; j < t.length; j++) bump(d, `exit.${t[j]!.case}`);
    }
  }
  const s = report.finish(residents);
  for (const u of s.staffing!.units) {
    bump(d, 'staffing.units');
    bump(d, 'staffing.required', u.required);
    if (u.status === 'behind') {
      bump(d, 'staffing.behind');
      bump(d, 'staffing.gap', u.gap);
    }
  }
  for (const u of s.pay.units) {
    if (u.workers === 0) continue;
    d[`pay.${u.code}.total`] = Number(u.total);
    d[`pay.${u.code}.met`] = u.status === 'met' ? 1 : 0;
  }
  const city = s.targets.units[0]!;
  d['targets.certified.yes'] = city.certified.met;
  d['targets.certified.unknown'] = city.certified.unknown;
  d['targets.college.yes'] = city.college.met;
  return d;
}

const order = (d: Digest): Digest => Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
{
  // Warm up, and check the two agree before timing.
  const a = JSON.stringify(order(library()));
  const b = JSON.stringify(order(reference()));
  if (a !== b) throw new Error(`workforce: library and reference disagree:\n${a.slice(0, 2000)}\n${b.slice(0, 2000)}`);
}
const result = pairedRounds(`workforce: ${WORKERS.toLocaleString('en')} workers, report built in 1,000-row chunks`, {
  rounds: ROUNDS,
  reference: () => order(reference()),
  library: () => order(library()),
});
const perSec = (ms: number): string => `${(((WORKERS / ms) * 1000) / 1e6).toFixed(2)} M workers/s`;
console.log(
  `roster: ${WORKERS.toLocaleString('en')} workers over ${villages.length} village-level units, residents for ${townships.length} townships; chunks of ${CHUNK}`,
);
console.log(
  `reference ${perSec(result.referenceMs)}, library ${perSec(result.libraryMs)}; speed ${result.ratio.toFixed(2)}x the reference (target >= 0.5)`,
);
if (result.ratio < 0.5) process.exitCode = 1;
