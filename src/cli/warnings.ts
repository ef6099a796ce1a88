/**
 * Printing warnings: the warnings every read of a provisional, low-confidence or undated parameter carries are folded
 * into one line per kind naming the parameters, so the reader sees them without scrolling past a screen of repeats.
 * @module
 */
import type { Warning } from '../core/index.js';
import type { Lang } from './args.js';
import { msg } from './messages.js';

/** The kit's parameter warnings, with how to read the parameter's label (and a detail) from each text. */
const FOLDED: Readonly<
  Record<
    string,
    { zh: RegExp; en: RegExp; head: (lang: Lang, detail: { zh: string; en: string } | undefined) => string }
  >
> = {
  provisional_parameter: {
    // Also the 0.1.0 wording (`参数 salary.pay.base 的取值…`), which engines not yet on the kit still give.
    zh: /^参数(?:「(.+?)」为暂定取值| (\S+) 的取值)/,
    en: /^Parameter (?:"(.+?)" is provisional|(\S+) \(from )/,
    head: (lang) => msg(lang, 'note_provisional_values_reading'),
  },
  low_confidence: {
    zh: /^参数「(.+?)」的来源可信度低.*并非(.+)的正式文件$/,
    en: /^Parameter "(.+?)" comes from a low-confidence source.*not an official document of (.+)$/,
    head: (lang, d) => msg(lang, 'note_low_confidence_sources', { place: d }),
  },
  date_unknown: {
    zh: /^参数「(.+?)」的生效日期不详/,
    en: /^The date of effect of parameter "(.+?)" is unknown/,
    head: (lang) => msg(lang, 'note_unknown_dates_effect'),
  },
};

/**
 * Warning lines for a report: one line per kind of parameter warning (provisional, low confidence, date unknown)
 * naming the parameters, then each other warning.
 * @param lang - output language
 * @param warnings - the result's warnings
 * @example
 * ```ts
 * warningLines('zh', result.warnings);
 * // ['提示：以下参数的生效日期不详（按各日期均适用处理）：各岗位等级范围、…', …]
 * ```
 */
export function warningLines(lang: Lang, warnings: Iterable<Warning>): string[] {
  const folded = new Map<string, { labels: string[]; detail?: { zh: string; en: string } }>();
  const other: string[] = [];
  for (const w of warnings) {
    const f = FOLDED[w.code];
    const zh = f?.zh.exec(w.zh);
    const en = f?.en.exec(w.en);
    if (f === undefined || zh === null || en === null || zh === undefined || en === undefined) {
      other.push(msg(lang, 'note', { w }));
      continue;
    }
    const entry = folded.get(w.code) ?? { labels: [] };
    const legacy = w.code === 'provisional_parameter' && zh[1] === undefined;
    const label = legacy ? zh[2]! : lang === 'zh' ? zh[1]! : en[1]!;
    if (!entry.labels.includes(label)) entry.labels.push(label);
    if (!legacy && zh[2] !== undefined && en[2] !== undefined) entry.detail = { zh: zh[2], en: en[2] };
    folded.set(w.code, entry);
  }
  const heads: string[] = [];
  for (const code of Object.keys(FOLDED)) {
    const entry = folded.get(code);
    if (entry !== undefined)
      heads.push(
        `${FOLDED[code]!.head(lang, entry.detail)}${msg(lang, 'colon')}${entry.labels.join(msg(lang, 'list_separator'))}`,
      );
  }
  return [...heads, ...other];
}
