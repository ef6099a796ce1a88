/**
 * A finding of a workforce rule about one worker or one unit: what it decided (pass, fail, undetermined naming what
 * is missing, not applicable), why, the article, and the date it turns on.
 * @module
 */
import type { Bilingual, Source } from '../core/index.js';

/**
 * What one rule found.
 * @category Workforce
 */
export interface WorkforceFinding {
  /** Stable rule id (`workforce.certification`, `workforce.exit.assessments`, `workforce.exit.flags`, …). */
  readonly rule: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** What it decided. */
  readonly outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable';
  /** Why, in Chinese. */
  readonly zh: string;
  /** Why, in English. */
  readonly en: string;
  /** The article applied. */
  readonly citation: Source;
  /** The date the finding turns on (a deadline), or `null`. */
  readonly date: string | null;
  /** For `undetermined`: the inputs or parameters missing; else empty. */
  readonly missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Builds a finding and traces it as a rule application. @internal */
export function finding(
  trace: {
    readonly recording: boolean;
    rule(a: {
      rule: string;
      text: Bilingual;
      outcome: WorkforceFinding['outcome'];
      source: Source;
      effectiveFrom?: string;
    }): void;
  },
  rule: string,
  label: Bilingual,
  outcome: WorkforceFinding['outcome'],
  text: Bilingual,
  citation: Source,
  date: string | null = null,
  missing: readonly string[] = NONE,
): WorkforceFinding {
  if (trace.recording) trace.rule({ rule, text, outcome, source: citation });
  return { rule, label, outcome, zh: text.zh, en: text.en, citation, date, missing };
}
