/**
 * Value spellings as profile data: how a city's rosters write education, posts, assessment results and certificate
 * levels, read from the salary profile's tables (`salary.spellings.*`), so a host's profile can add its own.
 * @module
 */
import type { Profile } from '../core/profile.js';
import { PolicyError, maskIds, typeName } from '../core/errors.js';
import { salaryProfiles } from '../salary/profiles/index.js';
import {
  ANNUAL_ASSESSMENT_RESULTS,
  EDUCATION_LEVELS,
  annualAssessmentResultLabels,
  educationLevelLabels,
} from '../entities/person.js';
import { COMMUNITY_WORKER_POSTS, communityWorkerPostLabels } from '../entities/community-worker-post.js';
import {
  SOCIAL_WORK_CERTIFICATE_LEVELS,
  socialWorkCertificateLevelLabels,
} from '../entities/social-work-certificate.js';
import { normaliseHeader } from './columns.js';
import { sheetsMessages } from './messages.js';

/** What a spelling reads as: one value, several possible ones (ambiguous), or nothing known. */
export type SpellingResult = { readonly value: string } | { readonly choices: readonly string[] } | undefined;

/**
 * One field's spellings: the table of the profile joined with the field's own values and labels.
 * @category Sheets
 */
export interface Spellings {
  /** The profile parameter the table comes from (`salary.spellings.education`). */
  readonly parameter: string;
  /** The spelling of a cell → the value, or the possible values when it is ambiguous, or `undefined`. */
  read(text: string): SpellingResult;
  /** Accepted spellings, for messages: the values' Chinese labels first, then the table's spellings. */
  readonly accepted: readonly string[];
  /** The Chinese label of a value (`master` → 硕士), for messages naming the choices. */
  label(value: string): string;
}

/** The fields whose spellings a salary profile may give. @category Sheets */
export type SpelledField = 'education' | 'post' | 'assessment' | 'certificate';

const FIELDS: Record<
  SpelledField,
  {
    values: readonly string[];
    labels: Readonly<Record<string, { zh: string; en: string }>>;
    parameter: string;
    /** Words around a spelling that add nothing to it (`全日制本科学历` is 本科), tried when the whole is unknown. */
    affixes?: { readonly prefixes: readonly string[]; readonly suffixes: readonly string[] };
  }
> = {
  education: {
    values: EDUCATION_LEVELS,
    labels: educationLevelLabels,
    parameter: 'salary.spellings.education',
    // 全日制 (full-time) is the usual schooling; 在职 (part-time) is not stripped, as a city's rules may count it apart.
    affixes: { prefixes: ['全日制'], suffixes: ['学历'] },
  },
  post: { values: COMMUNITY_WORKER_POSTS, labels: communityWorkerPostLabels, parameter: 'salary.spellings.post' },
  assessment: {
    values: ANNUAL_ASSESSMENT_RESULTS,
    labels: annualAssessmentResultLabels,
    parameter: 'salary.spellings.assessment',
  },
  certificate: {
    values: SOCIAL_WORK_CERTIFICATE_LEVELS,
    labels: socialWorkCertificateLevelLabels,
    parameter: 'salary.spellings.certificate',
  },
};

/** A spelling compared as headers are: width, case, spaces and brackets ignored (`研究生（硕士）` = `研究生硕士`). */
const key = (text: string) => normaliseHeader(text);

/** A spelling without one of the prefixes and one of the suffixes (`全日制本科学历` → `本科`). */
function withoutAffixes(
  text: string,
  affixes: { readonly prefixes: readonly string[]; readonly suffixes: readonly string[] },
): string {
  let t = text.trim();
  for (const p of affixes.prefixes) if (t.startsWith(p) && t.length > p.length) t = t.slice(p.length);
  for (const x of affixes.suffixes) if (t.endsWith(x) && t.length > x.length) t = t.slice(0, -x.length);
  return t;
}

const cache = new WeakMap<Profile, Map<SpelledField, Spellings>>();

/** The table of a profile, or of the default profile when the given one has none. */
function tableOf(profile: Profile, parameter: string): Readonly<Record<string, unknown>> | undefined {
  const own = profile.parameters[parameter] ?? salaryProfiles.get(salaryProfiles.defaultId).parameters[parameter];
  const value = own?.values[own.values.length - 1]?.value;
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function build(profile: Profile, field: SpelledField): Spellings {
  const f = FIELDS[field];
  const map = new Map<string, SpellingResult>();
  for (const v of f.values) {
    map.set(key(v), { value: v });
    map.set(key(f.labels[v]!.zh), { value: v });
    map.set(key(f.labels[v]!.en), { value: v });
  }
  const accepted = f.values.map((v) => f.labels[v]!.zh);
  const table = tableOf(profile, f.parameter) ?? {};
  for (const [spelling, to] of Object.entries(table)) {
    const ok =
      typeof to === 'string'
        ? f.values.includes(to)
        : Array.isArray(to) && to.length > 1 && to.every((x) => typeof x === 'string' && f.values.includes(x));
    if (!ok)
      throw new PolicyError([
        sheetsMessages.issue('sheet_value_table', ['profile', 'parameters', f.parameter, spelling], {
          parameter: f.parameter,
        }),
      ]);
    map.set(key(spelling), typeof to === 'string' ? { value: to } : { choices: to as string[] });
    if (!accepted.includes(spelling)) accepted.push(spelling);
  }
  const memo = new Map<string, SpellingResult>();
  return {
    parameter: f.parameter,
    accepted,
    label: (v) => f.labels[v]?.zh ?? v,
    read(text) {
      let r = memo.get(text);
      if (r === undefined && !memo.has(text)) {
        r = map.get(key(text));
        if (r === undefined && f.affixes !== undefined) r = map.get(key(withoutAffixes(text, f.affixes)));
        // A roster has few distinct spellings: remember them (bounded, a hostile file cannot grow it without end).
        if (memo.size < 10_000) memo.set(text, r);
      }
      return r;
    },
  };
}

/**
 * The spellings a salary profile gives for a field: its table (`salary.spellings.<field>`, or the default profile's
 * when the profile has none) joined with the field's own values and their Chinese and English labels.
 * @param field - `education`, `post`, `assessment` or `certificate`
 * @param profile - a salary profile (id, Profile or JSON); default `huaian`
 * @category Sheets
 * @example
 * ```ts
 * spellingsOf('education').read('大学本科'); // { value: 'bachelor' }
 * spellingsOf('education').read('研究生'); // { choices: ['master', 'doctorate'] }
 * spellingsOf('education').read('全日制本科学历'); // { value: 'bachelor' }
 * spellingsOf('post').read('居委会主任'); // { value: 'principal' }
 * ```
 */
export function spellingsOf(field: SpelledField, profile?: unknown): Spellings {
  if (typeof field !== 'string' || !Object.hasOwn(FIELDS, field))
    throw new PolicyError([
      sheetsMessages.issue('sheet_unknown_value', ['field'], {
        row: 0,
        column: 'field',
        value: typeof field === 'string' ? maskIds(field.slice(0, 100)) : typeName(field),
        accepted: Object.keys(FIELDS),
      }),
    ]);
  const p = salaryProfiles.resolve(profile);
  let byField = cache.get(p);
  if (byField === undefined) cache.set(p, (byField = new Map()));
  let s = byField.get(field);
  if (s === undefined) byField.set(field, (s = build(p, field)));
  return s;
}
