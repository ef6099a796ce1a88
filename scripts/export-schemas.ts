/**
 * Writes the JSON Schema of every entity record and of every engine input to `docs/schemas/<name>.schema.json`
 * (each schema is the record's own `jsonSchema()`: field titles in Chinese and English, enum values with their
 * labels, patterns of the codes, and in `description` the rules JSON Schema cannot express), and the table of engine
 * inputs in `docs/schemas/README.md`. The engine inputs are found, not listed: every record a public subpath exports
 * (from package.json "exports"), so a record added to a subpath gets its schema. Files of records that no longer
 * exist are removed. Run: `npm run schemas`. A test compares the committed files with `generateSchemas()`.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileJsonRecord } from '../src/core/profile.js';
import type { RecordDef } from '../src/core/record.js';
import { entityRecords } from '../src/entities/index.js';

/** A record a public subpath exports, with where. */
export interface ExportedRecord {
  readonly record: RecordDef<unknown>;
  /** `huaian-social-work/salary`, … */
  readonly subpath: string;
  /** The export's name (`workerRecord`). */
  readonly exportName: string;
}

const isRecord = (v: unknown): v is RecordDef<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as RecordDef<unknown>).name === 'string' &&
  typeof (v as RecordDef<unknown>).jsonSchema === 'function' &&
  typeof (v as RecordDef<unknown>).check === 'function';

// Each public subpath's source entry, from package.json "exports" (`./salary` → src/salary/index.ts; `.` → the root).
// The root comes last: a record is listed under the subpath that owns it, not under the root that re-exports it.
const subpaths = Object.keys(
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: object }).exports,
)
  .filter((k) => k !== './package.json' && k !== '.')
  .concat('.');
const modules = await Promise.all(
  subpaths.map(async (k) => ({
    subpath: k === '.' ? 'huaian-social-work' : `huaian-social-work/${k.slice(2)}`,
    exports: (await import(k === '.' ? '../src/index.js' : `../src/${k.slice(2)}/index.js`)) as Record<string, unknown>,
  })),
);

/**
 * The engine inputs: every record exported by a public subpath other than the entities (whose records are
 * `entityRecords`) and the profile record, once each (under the first subpath in package.json order that exports it;
 * the root, which re-exports them, comes last). Two different records with one name would write one file: refused.
 */
export function engineInputRecords(): ExportedRecord[] {
  const known = new Set<RecordDef<unknown>>([...entityRecords, profileJsonRecord]);
  const names = new Map<string, RecordDef<unknown>>([...entityRecords, profileJsonRecord].map((r) => [r.name, r]));
  const out: ExportedRecord[] = [];
  // /entities also exports the parts of its records (an organization's penalties), whose schemas are in theirs.
  for (const { exports } of modules.filter((m) => m.subpath === 'huaian-social-work/entities'))
    for (const v of Object.values(exports)) if (isRecord(v)) known.add(v);
  for (const { subpath, exports } of modules)
    for (const [exportName, v] of Object.entries(exports).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!isRecord(v) || known.has(v)) continue;
      const other = names.get(v.name);
      if (other !== undefined && other !== v)
        throw new Error(`${subpath} exports ${exportName}, a record named '${v.name}' like another record`);
      known.add(v);
      names.set(v.name, v);
      out.push({ record: v, subpath, exportName });
    }
  return out;
}

/** Where the schemas go, relative to the repository root. */
export const SCHEMA_DIR = 'docs/schemas';

/** The JSON Schema document of one record. */
export function recordJsonSchema(rec: RecordDef<unknown>): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://unpkg.com/huaian-social-work/${SCHEMA_DIR}/${rec.name}.schema.json`,
    ...rec.jsonSchema(),
  };
}

/**
 * The JSON Schema of profile JSON (format 2), from the record parseProfile validates with: what a host writes to load
 * its city's official table. The checks JSON Schema cannot express (dates in order, a value's type matching its
 * parameter's, source keys resolving) are parseProfile's, and named in the description.
 */
export function profileSchemaDocument(): Record<string, unknown> {
  return { ...recordJsonSchema(profileJsonRecord), title: '配置（profile JSON，格式 2） / Profile JSON (format 2)' };
}

/** Every schema file: name → content (2-space JSON, trailing newline). */
export function generateSchemas(): Record<string, string> {
  const files: Record<string, string> = {
    'profile.schema.json': `${JSON.stringify(profileSchemaDocument(), null, 2)}\n`,
  };
  for (const rec of [...entityRecords, ...engineInputRecords().map((e) => e.record)])
    files[`${rec.name}.schema.json`] = `${JSON.stringify(recordJsonSchema(rec), null, 2)}\n`;
  return files;
}

const TABLE_START = '<!-- engine inputs: generated by npm run schemas -->';
const TABLE_END = '<!-- end of engine inputs -->';

/** docs/schemas/README.md with its table of engine inputs regenerated (between the two markers). */
export function readmeWithInputs(readme: string): string {
  const rows = engineInputRecords().map(
    (e) =>
      `| \`${e.record.name}.schema.json\` | ${e.record.label.zh} / ${e.record.label.en} | \`${e.exportName}\` from \`${e.subpath}\` |`,
  );
  const table = [TABLE_START, '| file | record | export |', '|---|---|---|', ...rows, TABLE_END].join('\n');
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`docs/schemas/README.md lacks the markers ${TABLE_START} … ${TABLE_END}`);
  return readme.slice(0, a) + table + readme.slice(b + TABLE_END.length);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = new URL(`../${SCHEMA_DIR}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  const files = generateSchemas();
  for (const old of readdirSync(dir)) if (old.endsWith('.schema.json') && !(old in files)) rmSync(new URL(old, dir));
  for (const [name, content] of Object.entries(files)) writeFileSync(new URL(name, dir), content);
  const readme = new URL('README.md', dir);
  writeFileSync(readme, readmeWithInputs(readFileSync(readme, 'utf8')));
  console.log(`wrote ${Object.keys(files).length} schemas to ${SCHEMA_DIR}/`);
}
