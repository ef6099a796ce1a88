/**
 * The numbers the engine needs from a worker, in a reusable scratch record, so that a roster of a million rows is
 * read without allocating per row. {@link readFast} accepts only input that {@link parseWorker} accepts with the
 * same meaning (property-tested); anything else goes through the schema, which produces the error.
 * @module
 */
import { ymdOf } from '../core/calendar-date.js';
import {
  ASSESSMENT_ALIASES,
  CERTIFICATE_ALIASES,
  CERTIFICATE_LEVELS,
  EDUCATION_ALIASES,
  EDUCATIONS,
  POST_ALIASES,
  POSTS,
  type Worker,
} from './worker.js';

/** Scratch record of one worker's facts. @internal */
export interface Facts {
  /** Index into POSTS. */
  post: number;
  /** Index into EDUCATIONS. */
  education: number;
  serviceStart: string;
  /** serviceStart as the integer YYYYMMDD. */
  startYmd: number;
  startYear: number;
  /** 0 when serviceStart is a 1 January, else 1. */
  startJ: number;
  /** 0 = none, 1..3 = assistant..senior. */
  certificate: number;
  certificateObtained: string;
  /** certificateObtained as the integer YYYYMMDD. */
  certificateYmd: number;
  /** Fail years, ascending (may include years before the start; the engine skips those). */
  fails: number[];
  failCount: number;
  excellents: number[];
  excellentCount: number;
  id: string | number | undefined;
  name: string | undefined;
}

/** A fresh scratch record. @internal */
export function newFacts(): Facts {
  return {
    post: 0,
    education: 0,
    serviceStart: '',
    startYmd: 0,
    startYear: 0,
    startJ: 0,
    certificate: 0,
    certificateObtained: '',
    certificateYmd: 0,
    fails: [],
    failCount: 0,
    excellents: [],
    excellentCount: 0,
    id: undefined,
    name: undefined,
  };
}

const POST_INDEX: Readonly<Record<string, number>> = indexMap(POST_ALIASES, POSTS);
const EDUCATION_INDEX: Readonly<Record<string, number>> = indexMap(EDUCATION_ALIASES, EDUCATIONS);
const CERTIFICATE_INDEX: Readonly<Record<string, number>> = indexMap(CERTIFICATE_ALIASES, CERTIFICATE_LEVELS, 1);
// 1 = excellent, 2 = fail, 0 = other valid results.
const ASSESSMENT_CODE: Readonly<Record<string, number>> = (() => {
  const m: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of Object.entries(ASSESSMENT_ALIASES)) m[k] = v === 'excellent' ? 1 : v === 'fail' ? 2 : 0;
  return m;
})();

function indexMap(aliases: Readonly<Record<string, string>>, order: readonly string[], offset = 0): Record<string, number> {
  const m: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, v] of Object.entries(aliases)) m[k] = order.indexOf(v) + offset;
  return m;
}

// A non-digit gives a value no sum of four digits can offset (-1000 could: "200 " read as 2000 - 1000 = year 1000).
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100000;
}

function insertSorted(list: number[], count: number, y: number): void {
  let i = count;
  while (i > 0 && list[i - 1]! > y) {
    list[i] = list[i - 1]!;
    i--;
  }
  list[i] = y;
}

/**
 * Reads a raw worker straight into `f`. Returns false (leaving `f` partly written) for anything unusual; the
 * caller then validates with the schema.
 * @internal
 */
export function readFast(raw: unknown, f: Facts): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const r = raw as Record<string, unknown>;
  const postText = r.post;
  const educationText = r.education;
  const start = r.serviceStart;
  if (typeof postText !== 'string' || typeof educationText !== 'string' || typeof start !== 'string') return false;
  // Canonical names compare by identity first (interned strings); aliases go through the table.
  const post = postText === 'staff' ? 2 : postText === 'principal' ? 0 : postText === 'deputy' ? 1 : POST_INDEX[postText];
  const education =
    educationText === 'bachelor' ? 1 : educationText === 'college_or_below' ? 0 : educationText === 'master' ? 2 : educationText === 'doctorate' ? 3 : EDUCATION_INDEX[educationText];
  if (post === undefined || education === undefined) return false;
  const startYmd = ymdOf(start);
  if (startYmd < 0) return false;
  const id = r.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return false;
  const name = r.name;
  if (name !== undefined && name !== null && typeof name !== 'string') return false;
  f.certificate = 0;
  const cert = r.certificate;
  if (cert !== undefined && cert !== null) {
    if (typeof cert !== 'object' || Array.isArray(cert)) return false;
    const c = cert as Record<string, unknown>;
    const levelText = c.level;
    const obtained = c.obtained;
    if (typeof levelText !== 'string' || typeof obtained !== 'string') return false;
    const level = CERTIFICATE_INDEX[levelText];
    const obtainedYmd = ymdOf(obtained);
    if (level === undefined || obtainedYmd < 0) return false;
    f.certificate = level;
    f.certificateObtained = obtained;
    f.certificateYmd = obtainedYmd;
  }
  f.failCount = 0;
  f.excellentCount = 0;
  const assessments = r.assessments;
  if (assessments !== undefined && assessments !== null) {
    if (typeof assessments !== 'object' || Array.isArray(assessments)) return false;
    const a = assessments as Record<string, unknown>;
    const keys = Object.keys(a);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = a[key];
      if (key.length !== 4) return false;
      const year = digit(key, 0) * 1000 + digit(key, 1) * 100 + digit(key, 2) * 10 + digit(key, 3);
      if (year < 1000) return false;
      if (value === 'pass' || value === 'basic_pass') continue;
      const code = value === 'excellent' ? 1 : value === 'fail' ? 2 : typeof value === 'string' ? ASSESSMENT_CODE[value] : undefined;
      if (code === undefined) return false;
      if (code === 1) insertSorted(f.excellents, f.excellentCount++, year);
      else if (code === 2) insertSorted(f.fails, f.failCount++, year);
    }
  }
  f.post = post;
  f.education = education;
  f.serviceStart = start;
  f.startYmd = startYmd;
  f.startYear = (startYmd / 10000) | 0;
  f.startJ = start.charCodeAt(5) === 48 && start.charCodeAt(6) === 49 && start.charCodeAt(8) === 48 && start.charCodeAt(9) === 49 ? 0 : 1;
  f.id = id === null ? undefined : (id as string | number | undefined);
  f.name = name === null ? undefined : (name as string | undefined);
  return true;
}

/** Fills `f` from a validated worker. @internal */
export function fillFacts(w: Worker, f: Facts): void {
  readFast(w, f) || unreachable();
}

function unreachable(): never {
  throw new Error('salary: a validated worker was refused by the fast reader');
}
