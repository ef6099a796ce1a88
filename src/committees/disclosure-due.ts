/**
 * `disclosureDue`: when a village's next 村务公开, 财务收支公开 and 民主评议 are due, and which are overdue on a date
 * (村委会组织法 第三十条第三款、第三十三条第一款).
 * @module
 */
import {
  combineOutcomes,
  envelope,
  explainedScope,
  profileAt,
  readOptions,
  type Outcome,
  type ResultEnvelope,
} from '../core/index.js';
import { committeeKindLabels, type CommitteeKind } from '../entities/committee.js';
import { DOMAIN, kindOf } from './committee.js';
import type { CommitteeFinding } from './finding.js';
import { committeeMessages as M } from './messages.js';
import { ITEM_OPTIONS, type CommitteeOptions } from './options.js';
import { disclosureRecord } from './records.js';
import { disclosure, type DisclosureItem } from './rules/disclosure.js';

/**
 * When a village's disclosures and review are due.
 * @category Committees
 */
export interface DisclosureDue extends ResultEnvelope<'disclosure-due', Outcome> {
  /** The committee's id, if given. */
  readonly id: string | null;
  /** Its division code, if given. */
  readonly divisionCode: string | null;
  /** Its name, if given. */
  readonly name: string | null;
  /** Its kind (given or read from the code); a residents' committee has no period in its law. */
  readonly committeeKind: CommitteeKind | null;
  /** 一般事项, 财务收支, 民主评议: the latest date, the next due day, overdue. */
  readonly items: readonly DisclosureItem[];
  /** `disclosure.general`, `disclosure.finance`, `disclosure.review`: overdue on `asOf` fails. */
  readonly findings: readonly CommitteeFinding[];
}

/**
 * When a village's next disclosures are due, and which are overdue on `asOf`:
 * - 一般事项 at least each quarter (第三十条第三款): after one in a quarter, the next by the last day of the next
 *   quarter (default reading; "rolling": within three months);
 * - 财务收支 each month where 集体财务往来较多 (第三十条第三款; not applicable otherwise);
 * - 民主评议 at least once a year (第三十三条第一款): after one in a year, the next by 31 December of the next year.
 * An item overdue on `asOf` is a `fail` finding. The 居委会组织法 sets no period: for a residents' committee every
 * item is not applicable. A kind not given is read from the division code; the village's rules apply otherwise.
 * @param committee - the latest dates (`generalDisclosedOn`, `financeFrequent`, `financeDisclosedOn`, `democraticReviewOn`)
 * @param options - `asOf` (required), `profile`
 * @category Committees
 * @example
 * ```ts
 * const r = disclosureDue({ generalDisclosedOn: '2025-08-15', financeFrequent: false, democraticReviewOn: '2025-06-30' }, { asOf: '2026-01-10' });
 * r.items[0].due;      // '2025-12-31' (after a disclosure in Q3, the next by the end of Q4)
 * r.findings[0].outcome; // 'fail': overdue on 2026-01-10
 * ```
 */
export function disclosureDue(committee: unknown, options: CommitteeOptions): DisclosureDue {
  const o = readOptions(options, ITEM_OPTIONS);
  const c = disclosureRecord.parse(committee);
  const kind = kindOf(c);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = { findings: [] as CommitteeFinding[], items: [] as DisclosureItem[] };
  disclosure(c, kind ?? 'villagers_committee', { scope }, r.findings, r.items);
  const what =
    kind === undefined
      ? { zh: '村务公开和民主评议', en: 'Disclosure and review' }
      : {
          zh: `${committeeKindLabels[kind].zh}公开和评议`,
          en: `${committeeKindLabels[kind].en}: disclosure and review`,
        };
  const summary = M.text('summary_check', {
    what,
    fail: r.findings.filter((f) => f.outcome === 'fail').map((f) => f.label),
    undetermined: r.findings.filter((f) => f.outcome === 'undetermined').length,
  });
  return {
    ...envelope(DOMAIN, 'disclosure-due', combineOutcomes(r.findings.map((f) => f.outcome)), scope, explain(summary)),
    id: c.id ?? null,
    divisionCode: c.divisionCode ?? null,
    name: c.name ?? null,
    committeeKind: kind ?? null,
    items: r.items,
    findings: r.findings,
  };
}
