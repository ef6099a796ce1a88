/**
 * Writes the JSON Schema of every entity record to `docs/schemas/<name>.schema.json`, from `entityRecords` (each
 * schema is the record's own `jsonSchema()`: field titles in Chinese and English, enum values with their labels,
 * patterns of the codes, and in `description` the rules JSON Schema cannot express). Files of records that no longer
 * exist are removed. Run: `npm run schemas`. A test compares the committed files with `generateSchemas()`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileJsonRecord } from '../src/core/profile.js';
import type { RecordDef } from '../src/core/record.js';
import { entityRecords } from '../src/entities/index.js';

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
  for (const rec of entityRecords)
    files[`${rec.name}.schema.json`] = `${JSON.stringify(recordJsonSchema(rec), null, 2)}\n`;
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = new URL(`../${SCHEMA_DIR}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  const files = generateSchemas();
  for (const old of readdirSync(dir)) if (old.endsWith('.schema.json') && !(old in files)) rmSync(new URL(old, dir));
  for (const [name, content] of Object.entries(files)) writeFileSync(new URL(name, dir), content);
  console.log(`wrote ${Object.keys(files).length} schemas to ${SCHEMA_DIR}/`);
}
