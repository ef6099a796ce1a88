/**
 * The salary domain's one catalogue: its messages and the texts each registered pay mechanism keeps with it.
 * @module
 */
import type { Catalogue } from '../core/messages.js';
import { MECHANISMS } from './mechanisms/index.js';
import { salaryMessages } from './messages.js';

/**
 * Every text of the salary domain, code → both texts: its messages and each pay mechanism's own (the words of its
 * lines and checks). Codes are unique across them.
 * @category Salary
 * @example
 * ```ts
 * Object.keys(salaryCatalogue()).includes('pay_certificate'); // true (the certificate allowance's line)
 * Object.keys(salaryCatalogue()).includes('summary_grade'); // true (a message of the domain)
 * ```
 */
export function salaryCatalogue(): Catalogue {
  const out: Record<string, Catalogue[string]> = { ...salaryMessages.catalogue };
  for (const m of MECHANISMS) for (const [code, t] of Object.entries(m.texts ?? {})) out[code] = t;
  return out;
}
