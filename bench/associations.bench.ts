/**
 * 双审 throughput: 100,000 candidate reviews (20,000 slates of 5) against a register of 20,000 associations (100,000
 * posts), the library against a plain-JS reference that validates the same fields and applies the same rules with the
 * national profile's numbers (age with the within-term warning, term length, consecutive terms and extensions, dual
 * posts through the register, civil servants, retired cadres: approval window, one post, legal representative, pay,
 * terms, age; political rights, civil capacity, review before election; president vs secretary-general), building a
 * finding with both texts per rule. Alternating paired rounds (bench/support/paired.ts); both sides return per-rule
 * outcome counts, which must agree. Target: speed >= 0.3x the reference.
 * Run: npm run bench associations
 */
import { indexRegistry, reviewSlate } from '../src/associations/index.js';
import { pairedRounds } from './support/paired.js';

const ASSOCIATIONS = 20_000;
const SLATES = 20_000;
const ELECTION = '2026-05-20';
const ROLES = ['president', 'vice_president', 'vice_president', 'secretary_general', 'legal_representative'] as const;
const OTHER_ROLES = [
  'president',
  'vice_president',
  'secretary_general',
  'legal_representative',
  'vice_president',
] as const;

// Deterministic pseudo-random numbers (mulberry32, fixed seed): the same data every run.
let seed = 42;
const rnd = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
};
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const date = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

const registry: { personId: string; associationId: string; role: string }[] = [];
for (let a = 0; a < ASSOCIATIONS; a++)
  for (let k = 0; k < 5; k++)
    registry.push({ personId: `P${rnd(400_000)}`, associationId: `B${a}`, role: OTHER_ROLES[k]! });

type Seat = { role: (typeof ROLES)[number]; candidate: Record<string, unknown> };
const slates: Seat[][] = [];
for (let s = 0; s < SLATES; s++) {
  const seats: Seat[] = [];
  for (let k = 0; k < 5; k++) {
    const role = ROLES[k]!;
    const retired = rnd(20) === 0;
    const c: Record<string, unknown> = {
      id: `P${rnd(400_000)}`,
      birthDate: date(1952 + rnd(40), 1 + rnd(12), 1 + rnd(28)),
      organizationId: `U${rnd(200_000)}`,
      priorTerms: rnd(10) === 0 ? 2 : rnd(2),
      civilServant: rnd(200) === 0 ? 'serving' : 'none',
      retiredCadre: retired,
      politicalRightsDeprived: rnd(500) === 0,
      fullCivilCapacity: rnd(500) !== 0,
      reviewDate: rnd(200) === 0 ? '2026-05-21' : '2026-05-01',
    };
    if (role === 'secretary_general') c.appointment = rnd(4) === 0 ? 'hired' : 'elected';
    if (rnd(3) === 0) c.termExtension = { vote2of3: true, registrationApproval: rnd(2) === 0 };
    if (retired) {
      c.retirementDate = date(2020 + rnd(6), 1 + rnd(12), 1 + rnd(28));
      if (rnd(2) === 0) c.cadreApproval = { kind: rnd(2) === 0 ? 'approval' : 'filing', date: '2026-01-10' };
      c.remunerated = rnd(10) === 0;
      if (role === 'legal_representative') c.specialNeedApproval = rnd(2) === 0;
      c.previousElectionDate = '2021-05-20';
    }
    seats.push({ role, candidate: c });
  }
  slates.push(seats);
}
const association = { id: 'A0', termYears: 5 };

// ---------- plain-JS reference ----------
type Outcome = 'pass' | 'fail' | 'undetermined';
type RefFinding = { rule: string; outcome: Outcome; zh: string; en: string };
const KEYS = new Set([
  'id',
  'birthDate',
  'organizationId',
  'priorTerms',
  'appointment',
  'termExtension',
  'civilServant',
  'retiredCadre',
  'retirementDate',
  'cadreApproval',
  'remunerated',
  'specialNeedApproval',
  'previousElectionDate',
  'politicalRightsDeprived',
  'fullCivilCapacity',
  'reviewDate',
]);
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function refDate(v: unknown): string {
  if (typeof v !== 'string' || !DATE_RE.test(v)) throw new Error('bad date');
  return v;
}
function refValidate(c: Record<string, unknown>): void {
  for (const k of Object.keys(c)) if (!KEYS.has(k)) throw new Error(`unknown key ${k}`);
  if (typeof c.id !== 'string' || typeof c.organizationId !== 'string') throw new Error('id');
  refDate(c.birthDate);
  refDate(c.reviewDate);
  if (!Number.isInteger(c.priorTerms) || (c.priorTerms as number) < 0) throw new Error('priorTerms');
  if (
    typeof c.politicalRightsDeprived !== 'boolean' ||
    typeof c.fullCivilCapacity !== 'boolean' ||
    typeof c.retiredCadre !== 'boolean'
  )
    throw new Error('bool');
  if (c.civilServant !== 'none' && c.civilServant !== 'serving') throw new Error('status');
  if (c.retirementDate !== undefined) refDate(c.retirementDate);
  if (c.previousElectionDate !== undefined) refDate(c.previousElectionDate);
  if (c.cadreApproval !== undefined) refDate((c.cadreApproval as { date: unknown }).date);
}
const addYears = (d: string, n: number): string => `${+d.slice(0, 4) + n}${d.slice(4)}`;
const ageOn = (birth: string, on: string): number =>
  +on.slice(0, 4) - +birth.slice(0, 4) - (on.slice(5) < birth.slice(5) ? 1 : 0);
function refIndex(rows: typeof registry): Map<string, { associationId: string; role: string }[]> {
  const m = new Map<string, { associationId: string; role: string }[]>();
  for (const e of rows) {
    const post = { associationId: e.associationId, role: e.role };
    const l = m.get(e.personId);
    if (l) l.push(post);
    else m.set(e.personId, [post]);
  }
  return m;
}
function refReview(
  c: Record<string, any>,
  role: string,
  idx: Map<string, { associationId: string; role: string }[]>,
): RefFinding[] {
  refValidate(c);
  const out: RefFinding[] = [];
  const f = (rule: string, outcome: Outcome, zh: string, en: string): void => void out.push({ rule, outcome, zh, en });
  const age = ageOn(c.birthDate, ELECTION);
  const failsFrom = addYears(c.birthDate, 71);
  if (ELECTION >= failsFrom)
    f(
      'eligibility.age',
      'fail',
      `选举日 ${ELECTION} 年满 ${age} 周岁，超出年龄界限（${failsFrom} 起）`,
      `Aged ${age}, beyond the limit (from ${failsFrom})`,
    );
  else
    f(
      'eligibility.age',
      'pass',
      `选举日 ${ELECTION} 年满 ${age} 周岁（${failsFrom} 起不符合）${addYears(c.birthDate, 70) <= addYears(ELECTION, 5) ? '；任期内将满70周岁' : ''}`,
      `Aged ${age} (fails from ${failsFrom})`,
    );
  f('term.length', 'pass', `每届 ${association.termYears} 年`, `${association.termYears} years`);
  const term = c.priorTerms + 1;
  if (role === 'secretary_general' && c.appointment === 'hired')
    f('term.consecutive', 'pass', '聘任的秘书长不受限制', 'hired');
  else if (term <= 2) f('term.consecutive', 'pass', `第 ${term} 届`, `term ${term}`);
  else if (c.termExtension?.vote2of3 && c.termExtension.registrationApproval)
    f('term.consecutive', 'pass', `第 ${term} 届，已延长`, `term ${term}, extended`);
  else f('term.consecutive', 'fail', `第 ${term} 届，超过 2 届`, `term ${term} exceeds 2`);
  const posts = (idx.get(c.id) ?? []).filter((p) => p.associationId !== association.id);
  const conflict = (rule: string, barred: readonly string[]): void => {
    const bad = posts.filter((p) => barred.includes(p.role));
    if (bad.length > 0)
      f(
        rule,
        'fail',
        `兼任 ${bad.map((p) => p.associationId).join('、')}`,
        `holds ${bad.map((p) => p.associationId).join(', ')}`,
      );
    else f(rule, 'pass', '未兼任', 'none');
  };
  if (role === 'president' || role === 'secretary_general')
    conflict('posts.exclusive', ['president', 'secretary_general']);
  if (role === 'legal_representative') conflict('posts.legalRepresentative', ['legal_representative']);
  f(
    'status.civilServant',
    c.civilServant === 'none' ? 'pass' : 'fail',
    c.civilServant === 'none' ? '不是公务员' : '现职公务员不得兼任',
    c.civilServant,
  );
  if (!c.retiredCadre) f('status.retiredCadre', 'pass', '不是退（离）休领导干部', 'not retired');
  else {
    const last = addYears(c.retirementDate, 3);
    const within = ELECTION <= last;
    const a = c.cadreApproval;
    const ok = a !== undefined && (within ? a.kind === 'approval' : true) && a.date <= ELECTION;
    f(
      'status.retiredCadre',
      ok ? 'pass' : 'fail',
      within ? `退休后 3 年内（至 ${last}）` : `退休已满 3 年`,
      within ? 'within' : 'after',
    );
    f(
      'retiredCadre.onePost',
      posts.length + 1 <= 1 ? 'pass' : 'fail',
      `其他社团职务 ${posts.length} 个`,
      `${posts.length} other posts`,
    );
    if (role === 'legal_representative')
      f(
        'retiredCadre.legalRepresentative',
        c.specialNeedApproval ? 'pass' : 'fail',
        '法定代表人',
        'legal representative',
      );
    f('retiredCadre.unpaid', c.remunerated ? 'fail' : 'pass', '报酬', 'pay');
    if (term > 2) f('retiredCadre.terms', 'fail', `第 ${term} 届`, `term ${term}`);
    else if (term === 1) f('retiredCadre.terms', 'pass', '第 1 届', 'term 1');
    else
      f('retiredCadre.terms', a !== undefined && a.date > c.previousElectionDate ? 'pass' : 'fail', '连任', 'renewal');
    f('retiredCadre.age', ELECTION >= failsFrom ? 'fail' : 'pass', `年满 ${age} 周岁`, `aged ${age}`);
  }
  f('eligibility.politicalRights', c.politicalRightsDeprived ? 'fail' : 'pass', '剥夺政治权利', 'political rights');
  f('eligibility.civilCapacity', c.fullCivilCapacity ? 'pass' : 'fail', '民事行为能力', 'civil capacity');
  f(
    'procedure.reviewBeforeElection',
    c.reviewDate > ELECTION ? 'fail' : 'pass',
    `审核日期 ${c.reviewDate}`,
    `reviewed ${c.reviewDate}`,
  );
  return out;
}
function refSlate(
  seats: Seat[],
  idx: Map<string, { associationId: string; role: string }[]>,
  counts: Record<string, number>,
): Outcome {
  let worst: Outcome = 'pass';
  for (const s of seats) {
    for (const x of refReview(s.candidate, s.role, idx)) {
      counts[`${x.rule}:${x.outcome}`] = (counts[`${x.rule}:${x.outcome}`] ?? 0) + 1;
      if (x.outcome === 'fail') worst = 'fail';
    }
  }
  const p = seats.find((s) => s.role === 'president')!.candidate;
  const g = seats.find((s) => s.role === 'secretary_general')!.candidate;
  const person = p.id === g.id ? 'fail' : 'pass';
  const unit = p.organizationId === g.organizationId ? 'fail' : 'pass';
  counts[`slate.samePerson:${person}`] = (counts[`slate.samePerson:${person}`] ?? 0) + 1;
  counts[`slate.sameUnit:${unit}`] = (counts[`slate.sameUnit:${unit}`] ?? 0) + 1;
  if (person === 'fail' || unit === 'fail') worst = 'fail';
  return worst;
}

// ---------- runs: each returns per-rule outcome counts and the failing slates ----------
function runReference(): Record<string, number> {
  const idx = refIndex(registry);
  const counts: Record<string, number> = { failingSlates: 0 };
  for (const s of slates) if (refSlate(s, idx, counts) === 'fail') counts.failingSlates!++;
  return counts;
}
function runLibrary(): Record<string, number> {
  const idx = indexRegistry(registry);
  const counts: Record<string, number> = { failingSlates: 0 };
  for (const s of slates) {
    const r = reviewSlate(s, { association, electionDate: ELECTION, registry: idx });
    if (r.outcome === 'fail') counts.failingSlates!++;
    for (const row of r.rows) {
      if (row.outcome === 'error') throw new Error(JSON.stringify(row.error));
      for (const f of (row as { findings: readonly { rule: string; outcome: string }[] }).findings)
        counts[`${f.rule}:${f.outcome}`] = (counts[`${f.rule}:${f.outcome}`] ?? 0) + 1;
    }
    for (const f of r.findings) counts[`${f.rule}:${f.outcome}`] = (counts[`${f.rule}:${f.outcome}`] ?? 0) + 1;
  }
  return counts;
}
const sorted = (o: Record<string, number>): string =>
  JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

runReference();
runLibrary();
const r = pairedRounds(
  `reviewSlate: ${SLATES * 5} candidate reviews (${SLATES} slates), register of ${ASSOCIATIONS} associations`,
  {
    rounds: 9,
    reference: runReference,
    library: runLibrary,
    same: (a, b) => sorted(a) === sorted(b),
  },
);
console.log(`target >= 0.3x: ${r.ratio >= 0.3 ? 'met' : 'NOT MET'}`);
