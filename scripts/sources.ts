// Generates, from the one sources table (data/sources.json) and the shipped profiles (src/<domain>/profiles/*.json):
//  - src/<domain>/profiles/sources.json: the entries that domain's profiles cite (so a bundle carries only its own);
//  - docs/sources.md: the sources table, each source once, with the parameters that cite it;
//  - docs/parameters.md: every shipped parameter per profile, with its confidence, date of effect and flags.
// Nothing here is edited by hand: test/docs/sources.test.ts regenerates everything and compares.
// Run: node --import tsx scripts/sources.ts
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Entry {
  title: string;
  issuer: string | null;
  number: string | null;
  date: string | null;
  inForce?: string | null;
  url: string | null;
  confidence: 'H' | 'M' | 'L' | null;
  kind: string;
  note?: { zh: string; en: string };
}

interface ValueJson {
  effectiveFrom: string | null;
  value: unknown;
  source: string | { title: string; key?: string };
  article?: string;
  confidence?: string;
  provisional?: boolean;
  notFound?: boolean;
  note?: { zh: string; en: string };
}

interface ProfileJson {
  id: string;
  domain: string;
  version: string;
  label: { zh: string; en: string };
  parameters: Record<string, { label: { zh: string; en: string }; values: ValueJson[] }>;
}

/** The one sources table. */
export function sourcesTable(): Record<string, Entry> {
  return JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as Record<string, Entry>;
}

/** Every shipped profile, by domain folder. */
export function shippedProfiles(): { domain: string; file: string; profile: ProfileJson }[] {
  const out: { domain: string; file: string; profile: ProfileJson }[] = [];
  for (const domain of readdirSync(join(root, 'src')).sort()) {
    const dir = join(root, 'src', domain, 'profiles');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json') || file === 'sources.json') continue;
      out.push({
        domain,
        file: `src/${domain}/profiles/${file}`,
        profile: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ProfileJson,
      });
    }
  }
  return out;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Path → generated content. */
export function generateSources(): Map<string, string> {
  const table = sourcesTable();
  const profiles = shippedProfiles();
  const files = new Map<string, string>();
  const citedBy = new Map<string, string[]>();
  const byDomain = new Map<string, Set<string>>();
  for (const { domain, profile } of profiles) {
    const keys = byDomain.get(domain) ?? new Set<string>();
    byDomain.set(domain, keys);
    for (const [id, p] of Object.entries(profile.parameters)) {
      for (const v of p.values) {
        if (typeof v.source !== 'string') continue;
        keys.add(v.source);
        const list = citedBy.get(v.source) ?? [];
        const where = `${profile.id}: ${id}`;
        if (!list.includes(where)) list.push(where);
        citedBy.set(v.source, list);
      }
    }
  }
  for (const [domain, keys] of byDomain) {
    const subset: Record<string, unknown> = {};
    for (const key of Object.keys(table)) {
      if (!keys.has(key)) continue;
      const e = table[key]!;
      subset[key] = {
        title: e.title,
        issuer: e.issuer,
        number: e.number,
        date: e.date,
        url: e.url,
        confidence: e.confidence,
      };
    }
    files.set(`src/${domain}/profiles/sources.json`, `${JSON.stringify(subset, null, 2)}\n`);
  }

  const md: string[] = [
    '# Sources',
    '',
    'Every document the shipped profiles cite, each once. Generated from `data/sources.json` by `scripts/sources.ts`; do not',
    'edit by hand. **Confidence**: **H** the primary text was seen (or several identical copies of it); **M** one reliable',
    'report of a named document; **L** one low-quality page, or a text that names no locality. Results that use an L value,',
    'a provisional value or a value whose date of effect is unknown carry a warning saying so.',
    '',
    '| key | title | issuer | number | date | confidence | cited by | address |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [key, e] of Object.entries(table)) {
    const cited = citedBy.get(key) ?? [];
    md.push(
      `| ${key} | ${cell(e.title)} | ${cell(e.issuer ?? '')} | ${cell(e.number ?? '')} | ${e.date ?? ''} | ${e.confidence ?? ''} | ${cell(cited.join('; '))} | ${cell(e.url ?? '')} |`,
    );
  }
  files.set('docs/sources.md', `${md.join('\n')}\n`);

  const params: string[] = [
    '# Parameters of the shipped profiles',
    '',
    'Generated from the profile files by `scripts/sources.ts`; do not edit by hand. Per profile, every dated value with its',
    'source, confidence and flags: **L** low confidence, **date unknown** (no stand-in date: results say so),',
    '**provisional** (a reading or template value no document fixes for the jurisdiction), **not found** (no source gives it:',
    'rules that need it are `undetermined` until the host supplies it).',
    '',
  ];
  let flagged = 0;
  for (const { file, profile } of profiles) {
    params.push(
      `## ${profile.label.en} (\`${profile.id}\`, ${profile.domain}, version ${profile.version})`,
      '',
      `File: \`${file}\``,
      '',
    );
    params.push('| parameter | from | source | confidence | flags |', '|---|---|---|---|---|');
    // A key is resolved against the profile's own sources first, as the library resolves it.
    const own: Record<string, Entry> = (profile as { sources?: Record<string, Entry> }).sources ?? {};
    const entry = (key: string): Entry | undefined => own[key] ?? table[key];
    for (const [id, p] of Object.entries(profile.parameters)) {
      for (const v of p.values) {
        const key = typeof v.source === 'string' ? v.source : (v.source.key ?? '');
        const title = typeof v.source === 'string' ? (entry(v.source)?.title ?? v.source) : v.source.title;
        const confidence = v.confidence ?? (typeof v.source === 'string' ? entry(v.source)?.confidence : null) ?? '';
        const flags = [
          ...(confidence === 'L' ? ['**L**'] : []),
          ...(v.effectiveFrom === null ? ['**date unknown**'] : []),
          ...(v.provisional === true ? ['**provisional**'] : []),
          ...(v.notFound === true ? ['**not found**'] : []),
        ];
        if (flags.length > 0) flagged++;
        params.push(
          `| \`${id}\` ${cell(p.label.zh)} | ${v.effectiveFrom ?? '?'} | ${cell(`${key} ${title}${v.article === undefined ? '' : ` ${v.article}`}`)} | ${confidence} | ${flags.join(', ')} |`,
        );
      }
    }
    params.push('');
  }
  params.push(`Flagged values: ${flagged}.`, '');
  files.set('docs/parameters.md', params.join('\n'));
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of generateSources()) writeFileSync(join(root, path), content);
  console.log('sources: written');
}
