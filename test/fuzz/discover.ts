/**
 * The functions the fuzz drives: every function (and class) exported by every public entry point, found by walking
 * the modules' exports rather than a hand-kept list, so a new export is fuzzed (or fails the spec test) at once.
 */
import * as root from '../../src/index.js';
import * as validators from '../../src/validators/index.js';
import * as divisions from '../../src/divisions/index.js';
import * as entities from '../../src/entities/index.js';
import * as salary from '../../src/salary/index.js';
import * as coverage from '../../src/coverage/index.js';
import * as associations from '../../src/associations/index.js';
import * as testing from '../../src/testing/index.js';

/** The public entry points, as in package.json `exports`. */
export const ENTRY_POINTS: Readonly<Record<string, Record<string, unknown>>> = {
  'huaian-social-work': root,
  'huaian-social-work/validators': validators,
  'huaian-social-work/divisions': divisions,
  'huaian-social-work/entities': entities,
  'huaian-social-work/salary': salary,
  'huaian-social-work/coverage': coverage,
  'huaian-social-work/associations': associations,
  'huaian-social-work/testing': testing,
};

/** Exported functions by export name (one entry per function object; the root re-exports the domains' ones). */
export function exportedFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const out = new Map<string, (...args: unknown[]) => unknown>();
  for (const [entry, mod] of Object.entries(ENTRY_POINTS)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const known = out.get(name);
      if (known !== undefined && known !== value) throw new Error(`two different functions are exported as ${name} (one from ${entry})`);
      out.set(name, value as (...args: unknown[]) => unknown);
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
