/**
 * Printing warnings: the many "provisional parameter" warnings of a run are folded into one line naming the
 * parameters, so the reader sees them without scrolling past a screen of repeats.
 * @module
 */
import { PROVISIONAL_WARNING, type Warning } from '../core/index.js';
import type { Lang } from './args.js';
import { say } from './messages.js';

const PARAM_ID = /^Parameter (\S+)/;

/**
 * Warning lines for a report: one line for all provisional parameters, then each other warning.
 * @param lang - output language
 * @param warnings - the result's warnings
 * @example
 * ```ts
 * warningLines('en', [{ code: 'provisional_parameter', zh: '…', en: 'Parameter salary.pay.base (from 0001-01-01) is provisional: …' }]);
 * // ['Note: provisional values (no official source found; override them with the official ones): salary.pay.base']
 * ```
 */
export function warningLines(lang: Lang, warnings: Iterable<Warning>): string[] {
  const provisional: string[] = [];
  const other: string[] = [];
  for (const w of warnings) {
    const id = w.code === PROVISIONAL_WARNING ? PARAM_ID.exec(w.en)?.[1] : undefined;
    if (id !== undefined) {
      if (!provisional.includes(id)) provisional.push(id);
    } else other.push(say(lang, `提示：${w.zh}`, `Note: ${w.en}`));
  }
  const head =
    provisional.length === 0
      ? []
      : [say(lang, `提示：以下参数为暂定值（未找到官方来源，请以官方文件取值覆盖）：${provisional.join('、')}`, `Note: provisional values (no official source found; override them with the official ones): ${provisional.join(', ')}`)];
  return [...head, ...other];
}
