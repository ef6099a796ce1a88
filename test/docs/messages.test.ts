import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, generateMessages, render } from '../../scripts/messages.js';

// docs/messages.md lists every message code of every catalogue with both texts; it is generated from the catalogues
// and cannot drift from them (regenerate: node --import tsx scripts/messages.ts).

/** Every .ts file under src. */
function sources(dir = join(process.cwd(), 'src')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * What a Chinese text may hold in Latin letters: placeholders (`{name}`), code in backticks, a quoted code (“in”),
 * identifiers written in camelCase (`indexRegistry`), and the names of formats and programs the clerk meets (YAML: the
 * case files of `huaian-sw test`). The rest
 * must be Chinese (the rule of the explain tests: no Latin letter at all once these are taken out).
 */
const ALLOWED_LATIN =
  /\{[^{}]*\}+|`[^`]*`|“[A-Za-z]+”|\b[a-z]+[A-Z][A-Za-z]*\b|\.?\b(?:JSON|YAML|CSV|UTF-8|Excel|xlsx|xls|null)\b/g;
const chineseOnly = (zh: string): string => zh.replace(ALLOWED_LATIN, '');

describe('docs/messages.md', () => {
  it('is up to date with the catalogues', () => {
    expect(readFileSync(join(process.cwd(), 'docs/messages.md'), 'utf8')).toBe(generateMessages());
  });

  it('lists every catalogue defined under src (each defineMessages domain) and every code of each', () => {
    const defined = new Set<string>();
    for (const file of sources())
      for (const m of readFileSync(file, 'utf8').matchAll(/defineMessages\(\s*'([a-z-]+)'/g)) defined.add(m[1]!);
    defined.delete('demo'); // the example in defineMessages' own documentation
    const listed = catalogues().map((c) => c.domain);
    expect(new Set(listed)).toEqual(defined);
    const doc = generateMessages();
    for (const { catalogue } of catalogues())
      for (const code of Object.keys(catalogue)) expect(doc).toContain(`| \`${code}\``);
  });

  it('renders all but a few codes with both texts, placeholders named after the params', () => {
    const all = catalogues().flatMap((c) => Object.values(c.catalogue).map(render));
    expect(all.length).toBeGreaterThan(400);
    const blank = all.filter((t) => t.zh === '' || t.en === '');
    expect(blank.length).toBeLessThan(all.length / 20);
    expect(
      render({
        zh: (p: { n: number; label: { zh: string; en: string } }) => `${p.label.zh}共${p.n}项`,
        en: (p: { n: number; label: { zh: string; en: string } }) => `${p.n} ${p.label.en}`,
      }),
    ).toEqual({ zh: '{label}共{n}项', en: '{n} {label}' });
  });

  it('every Chinese text is Chinese (no Latin prose)', () => {
    const bad: string[] = [];
    for (const { domain, catalogue } of catalogues()) {
      for (const [code, def] of Object.entries(catalogue)) {
        const { zh } = render(def);
        if (/[A-Za-z]/.test(chineseOnly(zh))) bad.push(`${domain}.${code}: ${zh}`);
      }
    }
    expect(bad).toEqual([]);
    expect(/[A-Za-z]/.test(chineseOnly('应为 JSON 对象，见 `indexRegistry`，{label}'))).toBe(false);
    expect(/[A-Za-z]/.test(chineseOnly('Date of effect not given'))).toBe(true);
  });
});
