/**
 * 双审 throughput: 100,000 candidate reviews (20,000 slates of 5) against a registry of 20,000 associations
 * (100,000 office-holders), library vs a plain-JS reference that validates the same fields and applies the same
 * checks (age, term, consecutive terms, dual posts via the registry, civil servant, retired cadre, political rights,
 * civil capacity, review before election, president vs secretary-general) in the same process.
 * Target: ratio library/reference >= 0.25.
 */
import { indexRegistry, reviewSlate, type RegistryEntry, type Role, type SlateSeat } from '../src/associations/index.js';

const ASSOCIATIONS = 20_000;
const SLATES = 20_000;
const ELECTION = '2026-05-20';
const ROLES_IN_SLATE: Role[] = ['president', 'vice_president', 'vice_president', 'secretary_general', 'legal_representative'];
const OTHER_ROLES: Role[] = ['president', 'vice_president', 'secretary_general', 'legal_representative', 'vice_president'];

// Deterministic pseudo-random numbers (mulberry32; no Math.random: the same data every run).
let seed = 42;
const rnd = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
};
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const date = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

const registry: RegistryEntry[] = [];
for (let a = 0; a < ASSOCIATIONS; a++) {
  for (let k = 0; k < 5; k++) registry.push({ association: `B${a}`, role: OTHER_ROLES[k]!, personId: `P${rnd(400_000)}` });
}

const slates: SlateSeat[][] = [];
for (let s = 0; s < SLATES; s++) {
  const seats: SlateSeat[] = [];
  for (let k = 0; k < 5; k++) {
    const retired = rnd(20) === 0;
    seats.push({
      role: ROLES_IN_SLATE[k]!,
      candidate: {
        personId: `P${rnd(400_000)}`,
        birthDate: date(1952 + rnd(40), 1 + rnd(12), 1 + rnd(28)),
        memberUnit: `U${rnd(200_000)}`,
        priorTerms: rnd(10) === 0 ? 2 : rnd(2),
        ...(ROLES_IN_SLATE[k] === 'secretary_general' ? { appointment: rnd(4) === 0 ? 'hired' : 'elected' } : {}),
        ...(rnd(3) === 0 ? { termExtension: { vote2of3: true, registrationApproval: rnd(2) === 0 } } : {}),
        civilServant: rnd(200) === 0 ? 'serving' : 'none',
        retiredCadre: retired ? { retirementDate: date(2020 + rnd(6), 1 + rnd(12), 1 + rnd(28)), ...(rnd(2) === 0 ? { approval: { type: rnd(2) === 0 ? 'approval' : 'filing', date: '2026-01-10' } } : {}) } : false,
        politicalRightsDeprived: rnd(500) === 0,
        fullCivilCapacity: rnd(500) !== 0,
        reviewDate: rnd(200) === 0 ? '2026-05-21' : '2026-05-01',
      },
    });
  }
  slates.push(seats);
}
const association = { id: 'A0', termYears: 5 };

// ---------- plain-JS reference ----------
type Ref = { rule: string; outcome: string; zh: string; en: string };
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function refDate(v: unknown): string {
  if (typeof v !== 'string' || !DATE_RE.test(v)) throw new Error('bad date');
  return v;
}
function refAge(birth: string, on: string): number {
  const by = +birth.slice(0, 4);
  const oy = +on.slice(0, 4);
  let age = oy - by;
  if (on.slice(5) < birth.slice(5)) age--;
  return age;
}
function refAddYears(d: string, n: number): string {
  return `${+d.slice(0, 4) + n}${d.slice(4)}`;
}
function refValidate(c: Record<string, unknown>): void {
  for (const k of Object.keys(c)) {
    if (!['personId', 'birthDate', 'memberUnit', 'priorTerms', 'appointment', 'termExtension', 'civilServant', 'retiredCadre', 'politicalRightsDeprived', 'fullCivilCapacity', 'reviewDate'].includes(k)) throw new Error('unknown key');
  }
  if (typeof c.personId !== 'string') throw new Error('personId');
  refDate(c.birthDate);
  refDate(c.reviewDate);
  if (typeof c.memberUnit !== 'string') throw new Error('unit');
  if (!Number.isInteger(c.priorTerms)) throw new Error('priorTerms');
  if (typeof c.politicalRightsDeprived !== 'boolean' || typeof c.fullCivilCapacity !== 'boolean') throw new Error('bool');
  if (c.retiredCadre !== false) refDate((c.retiredCadre as { retirementDate: unknown }).retirementDate);
}
function refIndex(entries: RegistryEntry[]): Map<string, { association: string; role: string }[]> {
  const m = new Map<string, { association: string; role: string }[]>();
  for (const e of entries) {
    const l = m.get(e.personId);
    if (l) l.push({ association: e.association, role: e.role });
    else m.set(e.personId, [{ association: e.association, role: e.role }]);
  }
  return m;
}
function refReview(c: any, role: string, idx: Map<string, { association: string; role: string }[]>, election: string): Ref[] {
  refValidate(c);
  const out: Ref[] = [];
  const age = refAge(c.birthDate, election);
  out.push(age > 70 ? { rule: 'age', outcome: 'fail', zh: `年满 ${age} 周岁，超过 70`, en: `Aged ${age}, above 70` } : { rule: 'age', outcome: 'pass', zh: `年满 ${age} 周岁`, en: `Aged ${age}` });
  out.push({ rule: 'term.length', outcome: association.termYears <= 5 ? 'pass' : 'fail', zh: `每届 ${association.termYears} 年`, en: `${association.termYears} years` });
  const term = c.priorTerms + 1;
  const ext = c.termExtension;
  out.push(term <= 2 || (role === 'secretary_general' && c.appointment === 'hired') || (ext && ext.vote2of3 && ext.registrationApproval) ? { rule: 'term.consecutive', outcome: 'pass', zh: `第 ${term} 届`, en: `term ${term}` } : { rule: 'term.consecutive', outcome: 'fail', zh: `第 ${term} 届，超过 2 届`, en: `term ${term} exceeds 2` });
  const posts = idx.get(c.personId) ?? [];
  if (role === 'president' || role === 'secretary_general') {
    const bad = posts.filter((p) => p.association !== association.id && (p.role === 'president' || p.role === 'secretary_general'));
    out.push({ rule: 'posts.exclusive', outcome: bad.length ? 'fail' : 'pass', zh: bad.length ? `兼任 ${bad.map((p) => p.association).join('、')}` : '无兼任', en: bad.length ? 'dual post' : 'none' });
  }
  if (role === 'legal_representative') {
    const bad = posts.filter((p) => p.association !== association.id && p.role === 'legal_representative');
    out.push({ rule: 'posts.legalRepresentative', outcome: bad.length ? 'fail' : 'pass', zh: bad.length ? '兼任法定代表人' : '无', en: bad.length ? 'dual' : 'none' });
  }
  out.push({ rule: 'status.civilServant', outcome: c.civilServant === 'none' ? 'pass' : 'fail', zh: c.civilServant, en: c.civilServant });
  const r = c.retiredCadre;
  if (r === false) out.push({ rule: 'status.retiredCadre', outcome: 'pass', zh: '非退休干部', en: 'not retired cadre' });
  else {
    const within = election < refAddYears(r.retirementDate, 3);
    const ok = r.approval && (within ? r.approval.type === 'approval' : true) && r.approval.date <= election;
    out.push({ rule: 'status.retiredCadre', outcome: ok ? 'pass' : 'fail', zh: within ? '三年内' : '三年后', en: within ? 'within' : 'after' });
  }
  out.push({ rule: 'eligibility.politicalRights', outcome: c.politicalRightsDeprived ? 'fail' : 'pass', zh: '', en: '' });
  out.push({ rule: 'eligibility.civilCapacity', outcome: c.fullCivilCapacity ? 'pass' : 'fail', zh: '', en: '' });
  out.push({ rule: 'procedure.reviewBeforeElection', outcome: c.reviewDate > election ? 'fail' : 'pass', zh: `审核 ${c.reviewDate}`, en: `reviewed ${c.reviewDate}` });
  return out;
}
function refSlate(seats: SlateSeat[], idx: Map<string, { association: string; role: string }[]>): string {
  let worst = 'pass';
  const reviews = seats.map((s) => refReview(s.candidate, s.role, idx, ELECTION));
  for (const list of reviews) for (const f of list) if (f.outcome === 'fail') worst = 'fail';
  const p = seats.find((s) => s.role === 'president')!.candidate;
  const g = seats.find((s) => s.role === 'secretary_general')!.candidate;
  if (p.personId === g.personId || p.memberUnit === g.memberUnit) worst = 'fail';
  return worst;
}

// ---------- timing ----------
if (process.argv.includes('--diff')) {
  const idx = indexRegistry(registry);
  const ri = refIndex(registry);
  let shown = 0;
  for (const s of slates) {
    const a = reviewSlate(s, { association, electionDate: ELECTION, registry: idx });
    const b = refSlate(s, ri);
    if (a.outcome !== b && shown++ < 3) console.log(JSON.stringify(s), a.outcome, b, JSON.stringify(a.seats.map((x) => x.findings.filter((f) => f.outcome !== 'pass').map((f) => f.rule))));
  }
  process.exit(0);
}
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
function heapMb(): string {
  return (process.memoryUsage().heapUsed / 1048576).toFixed(1);
}

gc();
const heap0 = heapMb();
let t = performance.now();
const index = indexRegistry(registry);
const indexMs = performance.now() - t;
gc();
const heapIndexed = heapMb();
t = performance.now();
const refIdx = refIndex(registry);
const refIndexMs = performance.now() - t;

const CHUNK = 500;
function runLibrary(from: number, to: number): number {
  let fails = 0;
  for (let i = from; i < to; i++) if (reviewSlate(slates[i]!, { association, electionDate: ELECTION, registry: index }).outcome === 'fail') fails++;
  return fails;
}
function runReference(from: number, to: number): number {
  let fails = 0;
  for (let i = from; i < to; i++) if (refSlate(slates[i]!, refIdx) === 'fail') fails++;
  return fails;
}

// Warm up both. Then time both sides chunk by chunk, alternating which goes first, several passes, and keep the
// fastest time of each chunk per side: interleaving at this grain makes both sides see the same machine load.
const libFails = runLibrary(0, SLATES);
const refFails = runReference(0, SLATES);
const chunks = Math.ceil(SLATES / CHUNK);
const libBest = new Array<number>(chunks).fill(Infinity);
const refBest = new Array<number>(chunks).fill(Infinity);
const PASSES = 5;
for (let pass = 0; pass < PASSES; pass++) {
  gc();
  for (let c = 0; c < chunks; c++) {
    const from = c * CHUNK;
    const to = Math.min(SLATES, from + CHUNK);
    for (const side of pass % 2 === 0 ? ['lib', 'ref'] : ['ref', 'lib']) {
      const t0 = performance.now();
      if (side === 'lib') runLibrary(from, to);
      else runReference(from, to);
      const ms = performance.now() - t0;
      if (side === 'lib') libBest[c] = Math.min(libBest[c]!, ms);
      else refBest[c] = Math.min(refBest[c]!, ms);
    }
  }
}
const lib = libBest.reduce((a, b) => a + b, 0);
const ref = refBest.reduce((a, b) => a + b, 0);
gc();
const reviews = SLATES * 5;
const libRate = (reviews / lib) * 1000;
const refRate = (reviews / ref) * 1000;
console.log(`registry: ${registry.length} office-holders in ${ASSOCIATIONS} associations; index built in ${indexMs.toFixed(0)} ms (reference ${refIndexMs.toFixed(0)} ms)`);
console.log(`library:   ${Math.round(libRate).toLocaleString('en')} candidate reviews/s (${reviews} reviews in ${lib.toFixed(0)} ms; failing slates ${libFails})`);
console.log(`reference: ${Math.round(refRate).toLocaleString('en')} candidate reviews/s (${reviews} reviews in ${ref.toFixed(0)} ms; failing slates ${refFails})`);
console.log(`heap: ${heap0} MB before index, ${heapIndexed} MB with index, ${heapMb()} MB after runs`);
console.log(`ratio library/reference = ${(libRate / refRate).toFixed(2)} (target >= 0.25)`);
