// Ratings bench: 1,000,000 social organizations over the 1,601 village-level units of the embedded 淮安 tree, each
// with an evaluation score and the day its grade was awarded: the library grades every score
// (gradeFromScoreBatch, Jiangsu bands) and rolls the graded organizations up the tree (computeCoverage 'org_ratings':
// valid 3A+ and 4A+ 民办社工机构 and 志愿服务组织 per unit, rows checked by their record, gaps listed, the envelope and
// explanation; the first 1,000 gaps of each measure kept, all counted), against a plain-JS reference that checks the same inputs (score a whole number in 0–1000, kind, unit in
// the tree, id once, the day a real date), grades by the same floors, counts a grade valid through the corresponding day
// 5 years on (29 February → 28 February) and not cancelled, and adds the counts up the tree. Paired alternating rounds
// in one process (bench/support/paired.ts); the digests (grade counts, every measure, every county) must agree.
// Target: >= 0.5x the reference.
import { computeCoverage, type CoverageResult } from '../src/coverage/index.js';
import { huaianDivisions } from '../src/divisions/index.js';
import { gradeFromScoreBatch, type GradeRow } from '../src/ratings/index.js';
import { pairedRounds } from './support/paired.js';

const ORGS = 1_000_000;
// Gaps kept per measure (the counts have them all), as a host lists the first of them (the CLI's --gaps).
const GAPS = 1000;
const AS_OF = '2025-12-31';
const tree = huaianDivisions();

// Deterministic PRNG (mulberry32) so every run sees the same register.
let seed = 20261129;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
const DAY_2019 = 17897; // 2019-01-01

const villages = tree.atLevel('village').map((u) => u.code);

interface Base {
  id: string;
  kind: 'social_work_service_agency' | 'new_social_organization';
  divisionCode: string;
  volunteerServiceOrganization: boolean;
  ratedOn: string;
  ratingSanctions?: { kind: 'lowered' | 'cancelled'; decidedOn: string }[];
}

// Every organization was evaluated: a score and the day its grade was awarded (2019–2025); one in a hundred has had
// its grade lowered or cancelled. Rows of one register have one shape, as a host's export does.
const bases: Base[] = new Array(ORGS);
const scores: number[] = new Array(ORGS);
for (let i = 0; i < ORGS; i++) {
  const x = rnd();
  const agency = x < 0.6;
  const b: Base = {
    id: `SO${i}`,
    kind: agency ? 'social_work_service_agency' : 'new_social_organization',
    divisionCode: villages[i % villages.length]!,
    volunteerServiceOrganization: !agency && x < 0.85,
    ratedOn: dateOf(DAY_2019 + Math.floor(rnd() * 2557)),
  };
  scores[i] = 600 + Math.floor(rnd() * 401);
  if (rnd() < 0.01) b.ratingSanctions = [{ kind: rnd() < 0.5 ? 'lowered' : 'cancelled', decidedOn: '2025-06-01' }];
  bases[i] = b;
}

type Digest = Record<string, number>;
const MEASURES = ['agencies_3a', 'agencies_4a', 'volunteer_3a', 'volunteer_4a'] as const;

// ---- Plain-JS reference: the same checks and counts with Maps and strings, no library code. ----
const FLOORS: readonly [string, number][] = [
  ['5A', 951],
  ['4A', 901],
  ['3A', 851],
  ['2A', 801],
];
const RANK: Record<string, number> = { '1A': 1, '2A': 2, '3A': 3, '4A': 4, '5A': 5 };
const parentOf = new Map<string, string | undefined>(tree.units.map((u) => [u.code, u.parent]));
const levelOf = new Map<string, string>(tree.units.map((u) => [u.code, u.level]));
const counties = tree.units.filter((u) => u.level === 'county').map((u) => u.code);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dim = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

function reference(): Digest {
  // Grading: a whole number of points within 0–1000, the highest band whose floor it reaches, else 1A.
  const grades = new Array<string | null>(scores.length);
  const byGrade: Record<string, number> = {};
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k]!;
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0 || s > 1000) throw new Error('bad score');
    let g = '1A';
    for (const [grade, floor] of FLOORS) {
      if (s >= floor) {
        g = grade;
        break;
      }
    }
    grades[k] = g;
    byGrade[g] = (byGrade[g] ?? 0) + 1;
  }
  // Roll-up: [num, den] per measure, per village first, then added up the tree once per village.
  const perUnit = new Map<string, number[]>();
  const add = (code: string, m: number, covered: boolean) => {
    let a = perUnit.get(code);
    if (a === undefined) perUnit.set(code, (a = [0, 0, 0, 0, 0, 0, 0, 0]));
    if (covered) a[2 * m]!++;
    a[2 * m + 1]!++;
  };
  const seen = new Set<string>();
  const expiry = new Map<string, string>();
  for (let i = 0; i < ORGS; i++) {
    const o = bases[i]!;
    if (seen.has(o.id)) throw new Error('duplicate');
    seen.add(o.id);
    const lvl = levelOf.get(o.divisionCode);
    if (lvl !== 'village' && lvl !== 'township') throw new Error('unit');
    const agency = o.kind === 'social_work_service_agency';
    const volunteer = o.volunteerServiceOrganization === true;
    if (!agency && !volunteer) continue;
    let rank = 0;
    {
      const on = o.ratedOn;
      let end = expiry.get(on);
      if (end === undefined) {
        const m = DATE.exec(on);
        if (m === null) throw new Error('date');
        const y = Number(m[1]) + 5;
        const mo = Number(m[2]);
        const d = Math.min(Number(m[3]), dim(y, mo));
        expiry.set(on, (end = `${y}-${m[2]}-${String(d).padStart(2, '0')}`));
      }
      const cancelled =
        o.ratingSanctions?.some((s) => s.kind === 'cancelled' && s.decidedOn >= on && s.decidedOn <= AS_OF) === true;
      if (on <= AS_OF && AS_OF <= end && !cancelled) rank = RANK[grades[i]!]!;
    }
    const base = agency ? 0 : 2;
    add(o.divisionCode, base, rank >= 3);
    add(o.divisionCode, base + 1, rank >= 4);
  }
  const acc = new Map<string, number[]>();
  for (const [code, a] of perUnit) {
    let c: string | undefined = code;
    while (c !== undefined) {
      let t = acc.get(c);
      if (t === undefined) acc.set(c, (t = [0, 0, 0, 0, 0, 0, 0, 0]));
      for (let j = 0; j < 8; j++) t[j]! += a[j]!;
      c = parentOf.get(c);
    }
  }
  const out: Digest = { ...Object.fromEntries(Object.entries(byGrade).map(([g, n]) => [`grade.${g}`, n])) };
  MEASURES.forEach((m, j) => {
    const a = acc.get(tree.root.code) ?? [0, 0, 0, 0, 0, 0, 0, 0];
    out[`${m}.city`] = a[2 * j]!;
    out[`${m}.den`] = a[2 * j + 1]!;
    for (const c of counties) out[`${m}.${c}`] = acc.get(c)?.[2 * j] ?? 0;
  });
  return out;
}

function library(): Digest {
  const graded = gradeFromScoreBatch(scores, { asOf: AS_OF });
  const out: Digest = {};
  const rows = graded.rows as GradeRow[];
  for (const r of rows) out[`grade.${r.grade}`] = (out[`grade.${r.grade}`] ?? 0) + 1;
  // The host puts each grade on its organization, as a plain object literal (a row built by spreading another keeps
  // its properties in a form that is several times slower to read).
  const organizations = bases.map((b, i) => {
    const rating = rows[i]!.grade!;
    return b.ratingSanctions === undefined
      ? {
          id: b.id,
          kind: b.kind,
          divisionCode: b.divisionCode,
          volunteerServiceOrganization: b.volunteerServiceOrganization,
          ratedOn: b.ratedOn,
          rating,
        }
      : {
          id: b.id,
          kind: b.kind,
          divisionCode: b.divisionCode,
          volunteerServiceOrganization: b.volunteerServiceOrganization,
          ratedOn: b.ratedOn,
          rating,
          ratingSanctions: b.ratingSanctions,
        };
  });
  const r: CoverageResult = computeCoverage(
    'org_ratings',
    { organizations },
    { asOf: AS_OF, divisions: tree, gapLimit: GAPS },
  );
  if (r.errors.length > 0 || graded.counts.error > 0) throw new Error('rows refused');
  for (const m of r.measures) {
    out[`${m.id}.city`] = m.numerator;
    out[`${m.id}.den`] = m.denominator;
    for (const c of m.rollup.county) out[`${m.id}.${c.code}`] = c.numerator;
  }
  return out;
}

const order = (d: Digest): Digest => Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)));
library(); // warm up (and check that nothing is refused)
reference();
const result = pairedRounds('ratings: 1M organizations graded and rolled up', {
  rounds: 7,
  reference: () => order(reference()),
  library: () => order(library()),
});
const perSec = (ms: number): string => `${(((ORGS / ms) * 1000) / 1e6).toFixed(2)} M organizations/s`;
console.log(
  `register: ${ORGS.toLocaleString('en')} organizations, each scored and dated, over ${villages.length} village-level units; ${GAPS} gaps kept per measure`,
);
console.log(
  `reference ${perSec(result.referenceMs)}, library ${perSec(result.libraryMs)}; speed ${result.ratio.toFixed(2)}x the reference (target >= 0.5)`,
);
if (result.ratio < 0.5) process.exitCode = 1;
