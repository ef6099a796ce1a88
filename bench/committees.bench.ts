// Committees bench: 1,000,000 committees (70% 村民委员会, 30% 居民委员会; made-up data around every statutory boundary)
// checked through the public batch API, checkCommitteesBatch (1,000 per batch, as the CLI reads a 台账), against a
// plain-JS reference in the same process. Per committee the library validates the row (the generated field check and
// the entity's cross-field rules), reads the parameters through a scope (warnings, missing), and returns every
// statutory finding with its article: a village's 15 (size, women, ethnic groups, term, subcommittees, three on
// supervision, four on the representative assembly, three on disclosure and review), a residents' committee's 5. The
// reference checks the same fields the same way and decides the same outcomes with the numbers written in; it builds
// no finding. Paired alternating rounds; the digests (every row's outcome and every finding's outcome) must agree.
// Target: >= 0.5x the reference.
import { addDays } from '../src/core/index.js';
import { checkCommitteesBatch, type CommitteeStandardRow } from '../src/committees/index.js';
import { pairedRounds } from './support/paired.js';

const ITEMS = 1_000_000;
const CHUNK = 1_000;
const AS_OF = '2025-12-31';

// Deterministic PRNG (mulberry32).
let seed = 20261129;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
const SUBS_V = ['people_mediation', 'public_security', 'public_health_family_planning'];
const SUBS_R = ['people_mediation', 'public_security', 'public_health'];

function committee(i: number): Record<string, unknown> {
  const village = rnd() < 0.7;
  const members = village ? int(2, 8) : int(4, 10);
  const households = village ? int(150, 900) : int(80, 760);
  const c: Record<string, unknown> = {
    id: `c${i}`,
    kind: village ? 'villagers_committee' : 'residents_committee',
    memberCount: members,
    multiEthnic: rnd() < 0.1,
    termStartedOn: addDays('2020-10-01', int(0, 500)),
    households,
    subcommittees: rnd() < 0.9 ? (village ? SUBS_V : SUBS_R) : (village ? SUBS_V : SUBS_R).slice(0, 2),
  };
  if (c.multiEthnic === true) c.smallerEthnicMembers = int(0, Math.min(2, members));
  if (!village) return c;
  c.womenMembers = int(0, Math.min(2, members));
  c.supervisoryBody = rnd() < 0.95;
  if (c.supervisoryBody === true) {
    c.supervisoryMembers = 3;
    c.supervisoryRelatedMembers = rnd() < 0.05 ? 1 : 0;
    c.supervisoryExpertMembers = int(0, 2);
  }
  c.representativeAssembly = rnd() < 0.9;
  if (c.representativeAssembly === true) {
    const reps = Math.max(1, int(Math.floor(households / 16), Math.ceil(households / 4)));
    c.representatives = reps;
    c.womenRepresentatives = int(Math.floor(reps / 4), reps);
    c.representativesChosenBy = rnd() < 0.8 ? 'households' : 'groups';
    c.assemblyMeetings = [
      addDays('2024-10-01', int(0, 80)),
      addDays('2025-01-01', int(0, 80)),
      addDays('2025-04-01', int(0, 80)),
      addDays('2025-07-01', int(0, 100)),
      addDays('2025-10-01', int(0, 80)),
    ];
  }
  c.generalDisclosedOn = addDays('2025-07-01', int(0, 180));
  c.financeFrequent = rnd() < 0.5;
  if (c.financeFrequent === true) c.financeDisclosedOn = addDays('2025-10-01', int(0, 90));
  c.democraticReviewOn = addDays('2024-06-01', int(0, 570));
  return c;
}

const items = Array.from({ length: ITEMS }, (_, i) => committee(i));

// ---- Plain-JS reference: the same checks with the numbers written in; no library code on the timed path. ----
const KNOWN = new Set([
  'id',
  'divisionCode',
  'name',
  'kind',
  'memberCount',
  'womenMembers',
  'multiEthnic',
  'smallerEthnicMembers',
  'termStartedOn',
  'households',
  'subcommittees',
  'subcommitteeDutiesAssigned',
  'supervisoryBody',
  'supervisoryMembers',
  'supervisoryRelatedMembers',
  'supervisoryExpertMembers',
  'representativeAssembly',
  'representatives',
  'womenRepresentatives',
  'representativesChosenBy',
  'assemblyMeetings',
  'generalDisclosedOn',
  'financeFrequent',
  'financeDisclosedOn',
  'democraticReviewOn',
  'serviceArea',
  'activityArea',
  'checklist',
]);
const SUB_KINDS = [
  'people_mediation',
  'public_security',
  'public_health',
  'public_health_family_planning',
  'women_children',
  'environment_property',
];
const DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isDate = (v: unknown): v is string => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const y = +v.slice(0, 4),
    m = +v.slice(5, 7),
    d = +v.slice(8, 10);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap ? 29 : DIM[m]!);
};
const isCount = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
const isBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const lastDay = (y: number, m: number) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m]!);
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
// Outcome codes: 0 pass, 1 fail, 2 undetermined, 3 not applicable.
const worst = (a: number, b: number) => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : a === 0 || b === 0 ? 0 : 3);

/** The finding outcomes of one committee, or null for a refused row. */
function referenceCheck(c: Record<string, unknown>): number[] | null {
  for (const k in c) if (!KNOWN.has(k)) return null;
  const kind = c.kind;
  if (kind !== 'villagers_committee' && kind !== 'residents_committee') return null;
  for (const f of [
    'memberCount',
    'womenMembers',
    'smallerEthnicMembers',
    'households',
    'supervisoryMembers',
    'supervisoryRelatedMembers',
    'supervisoryExpertMembers',
    'representatives',
    'womenRepresentatives',
  ])
    if (!isCount(c[f])) return null;
  for (const f of [
    'multiEthnic',
    'supervisoryBody',
    'representativeAssembly',
    'financeFrequent',
    'subcommitteeDutiesAssigned',
  ])
    if (!isBool(c[f])) return null;
  for (const f of ['termStartedOn', 'generalDisclosedOn', 'financeDisclosedOn', 'democraticReviewOn'])
    if (c[f] !== undefined && !isDate(c[f])) return null;
  const subs = c.subcommittees as string[] | undefined;
  if (
    subs !== undefined &&
    (!Array.isArray(subs) || subs.some((s, i) => !SUB_KINDS.includes(s) || subs.indexOf(s) !== i))
  )
    return null;
  const meetings = c.assemblyMeetings as string[] | undefined;
  if (
    meetings !== undefined &&
    (!Array.isArray(meetings) || meetings.some((d, i) => !isDate(d) || meetings.indexOf(d) !== i))
  )
    return null;
  const n = c.memberCount as number | undefined;
  const over = (a: unknown, b: unknown) => a !== undefined && b !== undefined && (a as number) > (b as number);
  if (
    over(c.womenMembers, n) ||
    over(c.smallerEthnicMembers, n) ||
    over(c.representatives, c.households) ||
    over(c.womenRepresentatives, c.representatives)
  )
    return null;
  if (over(c.supervisoryRelatedMembers, c.supervisoryMembers) || over(c.supervisoryExpertMembers, c.supervisoryMembers))
    return null;
  const village = kind === 'villagers_committee';
  const out: number[] = [];
  const [lo, hi] = village ? [3, 7] : [5, 9];
  out.push(n === undefined ? 2 : n < lo || n > hi ? 1 : 0);
  if (village) out.push(c.womenMembers === undefined ? 2 : (c.womenMembers as number) >= 1 ? 0 : 1);
  out.push(
    c.multiEthnic === undefined
      ? 2
      : !c.multiEthnic
        ? 3
        : c.smallerEthnicMembers === undefined
          ? 2
          : (c.smallerEthnicMembers as number) >= 1
            ? 0
            : 1,
  );
  if (!village) out.push(c.households === undefined ? 2 : 0);
  const start = c.termStartedOn as string | undefined;
  if (start === undefined) out.push(2);
  else {
    const y = +start.slice(0, 4) + (start < '2018-12-29' ? 3 : 5);
    const m = +start.slice(5, 7);
    const end = `${y}-${pad(m)}-${pad(Math.min(+start.slice(8, 10), lastDay(y, m)))}`;
    out.push(start > AS_OF ? 3 : AS_OF <= end ? 0 : 1);
  }
  const required = village
    ? ['people_mediation', 'public_security', 'public_health_family_planning']
    : ['people_mediation', 'public_security', 'public_health'];
  out.push(
    subs === undefined && c.subcommitteeDutiesAssigned === undefined
      ? 2
      : required.every((s) => subs?.includes(s)) || c.subcommitteeDutiesAssigned === true
        ? 0
        : 1,
  );
  if (!village) return out;
  const body = c.supervisoryBody;
  out.push(body === undefined ? 2 : body ? 0 : 1);
  out.push(
    body === undefined
      ? 2
      : !body
        ? 3
        : c.supervisoryRelatedMembers === undefined
          ? 2
          : c.supervisoryRelatedMembers === 0
            ? 0
            : 1,
  );
  out.push(
    body === undefined
      ? 2
      : !body
        ? 3
        : c.supervisoryExpertMembers === undefined
          ? 2
          : (c.supervisoryExpertMembers as number) >= 1
            ? 0
            : 1,
  );
  const assembly = c.representativeAssembly;
  if (assembly !== true) for (let i = 0; i < 4; i++) out.push(assembly === undefined ? 2 : 3);
  else {
    const h = c.households as number | undefined;
    const r = c.representatives as number | undefined;
    const w = c.womenRepresentatives as number | undefined;
    const by = c.representativesChosenBy;
    if (by === 'groups') out.push(3);
    else if (h === undefined || r === undefined) out.push(2);
    else out.push(5 * r <= h && h <= 15 * r ? 0 : by === undefined ? 2 : 1);
    out.push(r === undefined || n === undefined ? 2 : r * 5 >= (r + n) * 4 ? 0 : 1);
    out.push(w === undefined || r === undefined || n === undefined ? 2 : w * 3 >= r + n ? 0 : 1);
    if (meetings === undefined) out.push(2);
    else {
      // The four calendar quarters before the quarter of AS_OF (2025 Q4): 2024 Q4 to 2025 Q3.
      const q = [0, 0, 0, 0];
      for (const d of meetings)
        if (d >= '2024-10-01' && d <= '2025-09-30') q[(Math.floor((+d.slice(5, 7) - 1) / 3) + 1) % 4]!++;
      out.push(q.every((x) => x >= 1) ? 0 : 1);
    }
  }
  const due = (last: string | undefined, months: number) => {
    if (last === undefined || last > AS_OF) return 2;
    const y = +last.slice(0, 4);
    const lm = (Math.floor((+last.slice(5, 7) - 1) / months) + 2) * months;
    const ny = y + Math.floor((lm - 1) / 12);
    const nm = ((lm - 1) % 12) + 1;
    return AS_OF > `${ny}-${pad(nm)}-${pad(lastDay(ny, nm))}` ? 1 : 0;
  };
  out.push(due(c.generalDisclosedOn as string | undefined, 3));
  out.push(
    c.financeFrequent === undefined
      ? 2
      : c.financeFrequent !== true
        ? 3
        : due(c.financeDisclosedOn as string | undefined, 1),
  );
  out.push(due(c.democraticReviewOn as string | undefined, 12));
  return out;
}

/** A digest: rows by outcome and a hash of every finding's outcome in order. */
interface Digest {
  rows: number[];
  hash: number;
}
const mix = (h: number, x: number): number => Math.imul(h ^ x, 16777619);
const CODE: Record<string, number> = { pass: 0, fail: 1, undetermined: 2, not_applicable: 3 };

function reference(): Digest {
  const rows = [0, 0, 0, 0];
  let hash = 2166136261;
  for (let i = 0; i < ITEMS; i++) {
    const out = referenceCheck(items[i]!);
    if (out === null) {
      rows[3]!++;
      hash = mix(hash, 9);
      continue;
    }
    let w = 3;
    for (const o of out) {
      hash = mix(hash, o);
      w = worst(w, o);
    }
    rows[w === 3 ? 0 : w]!++;
  }
  return { rows, hash };
}

function library(): Digest {
  const rows = [0, 0, 0, 0];
  let hash = 2166136261;
  for (let i = 0; i < ITEMS; i += CHUNK) {
    const b = checkCommitteesBatch(items.slice(i, i + CHUNK), { asOf: AS_OF });
    for (const row of b.rows) {
      if (row.outcome === 'error') {
        rows[3]!++;
        hash = mix(hash, 9);
        continue;
      }
      for (const f of (row as CommitteeStandardRow).findings) hash = mix(hash, CODE[f.outcome]!);
      rows[CODE[row.outcome]!]!++;
    }
  }
  return { rows, hash };
}

console.log(
  `workload: ${ITEMS.toLocaleString('en')} committees (70% villages with 15 checks, 30% residents' committees with 5), batches of ${CHUNK.toLocaleString('en')}`,
);
const warm = library(); // warm up (and show what the data decides)
console.log(`rows: pass ${warm.rows[0]}, fail ${warm.rows[1]}, undetermined ${warm.rows[2]}, refused ${warm.rows[3]}`);
const r = pairedRounds('committees', { reference, library, rounds: 7 });
if (r.ratio < 0.5) {
  console.error(`below target: ${r.ratio.toFixed(2)}x < 0.5x`);
  process.exitCode = 1;
}
