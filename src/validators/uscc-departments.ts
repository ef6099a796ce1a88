/**
 * Which 登记管理部门码 and 机构类别码 of the 统一社会信用代码 are known, and how far each can be trusted.
 *
 * Sources disagree beyond the departments 1, 5, 9 and Y that GB 32100-2015 itself defines, so every code carries a
 * confidence mark (sources in docs/sources.md):
 * - `high`: 1 机构编制 (11 机关, 12 事业单位, 13 群众团体, 19 其他), 5 民政 (51 社会团体, 52 民办非企业单位,
 *   53 基金会, 59 其他), 9 工商 (91 企业, 92 个体工商户, 93 农民专业合作社, 99 其他), Y 其他 (Y1). Several
 *   independent validators agree (S35, S36, S37).
 * - `medium`: departments 2 外交, 3 司法, 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室, G 公安,
 *   J 住建, N 农业农村 and the 民政 categories 54/55 (村民委员会/居民委员会). They rest on one third-party enum (S36,
 *   package com.xiahaimoyu.credentialkit) that matches the code centre's later additions.
 * - `low`: Q 侨联 and 36 商事调解组织 (S36 only).
 * The draft scheme in fdstar/NumberValidators (S37: 3 = 教育, 4 = 公安, …) conflicts with S36 and is not used.
 * Confirm medium/low rows against cods.org.cn announcements before relying on them for hard validation.
 *
 * Names in Chinese and English live with the other label tables in `huaian-social-work/entities`
 * (`usccDepartmentLabels`, `usccCategoryLabels`): the validators entry point has a 3 KB gzip budget.
 * @module
 */
import { stringInput } from './reject.js';

/**
 * How far a code-table entry can be trusted (see the module comment for the sources).
 * @category USCC
 */
export type UsccConfidence = 'high' | 'medium' | 'low';

/**
 * Department → its categories. A letter H/M/L sets the confidence of the codes that follow it: the first letter is
 * the department's own, so `'5'` reads 51, 52, 53 high, 54, 55 medium, 59 high.
 */
const CODES: Readonly<Record<string, string>> = {
  1: 'H1239',
  2: 'M19',
  3: 'M1L6M9',
  4: 'M19',
  5: 'H123M45H9',
  6: 'M129',
  7: 'M129',
  8: 'M129',
  9: 'H1239',
  A: 'M19',
  G: 'M19',
  J: 'M19',
  N: 'M1239',
  Q: 'L1239',
  Y: 'H1',
};

const LEVEL: Readonly<Record<string, UsccConfidence>> = { H: 'high', M: 'medium', L: 'low' };

/**
 * Confidence of a department code (one character) or a department + category code (two characters); `undefined`
 * when the code is not in the table. A value that is not a string is refused (`invalid_type`).
 * @category USCC
 * @example
 * ```ts
 * usccCodeConfidence('5');  // 'high'
 * usccCodeConfidence('54'); // 'medium'
 * usccCodeConfidence('5X'); // undefined
 * ```
 */
export function usccCodeConfidence(code: string): UsccConfidence | undefined {
  stringInput(code, [], ['代码', 'code']);
  const row = CODES[code.charAt(0)];
  if (row === undefined || code.length > 2) return undefined;
  let level = row.charAt(0);
  for (const ch of row) {
    if (ch in LEVEL) level = ch;
    else if (ch === code.charAt(1)) return LEVEL[level];
  }
  return code.length === 1 ? LEVEL[row.charAt(0)] : undefined;
}
