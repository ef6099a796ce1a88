/**
 * Writes the JSON Schema of every entity to `docs/schemas/<entity>.schema.json`, from `entityCatalog`.
 * Run: `node --import tsx scripts/export-schemas.ts`. A test compares the committed files with `generateSchemas()`.
 *
 * zod's `toJSONSchema` (input side: what a host sends) cannot express custom refinements (check characters, real
 * dates, cross-field rules); each schema lists them in its `description` and on the fields concerned.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { entityCatalog, type EntityEntry } from '../src/entities/index.js';

/** Where the schemas go, relative to the repository root. */
export const SCHEMA_DIR = 'docs/schemas';

type Json = { [key: string]: unknown };

function describeValues(labels: Readonly<Record<string, { zh: string; en: string }>>): string {
  return Object.entries(labels)
    .map(([value, l]) => `${value} = ${l.zh} / ${l.en}`)
    .join('; ');
}

/** The JSON Schema of one entity, with titles and descriptions from its labels and refinements. */
export function entityJsonSchema(entry: EntityEntry): Json {
  const schema = z.toJSONSchema(entry.schema, { io: 'input' }) as Json;
  const properties = (schema['properties'] ?? {}) as Record<string, Json>;
  for (const [field, prop] of Object.entries(properties)) {
    const l = entry.fieldLabels[field];
    if (l !== undefined) prop['title'] = `${l.zh} / ${l.en}`;
    const notes: string[] = [];
    const values = entry.valueLabels[field];
    if (values !== undefined) notes.push(`Values: ${describeValues(values)}.`);
    for (const r of entry.refinements) {
      if (r.field !== field) continue;
      notes.push(`Also checked: ${r.rule}.`);
      if (r.pattern !== undefined) prop['pattern'] = r.pattern;
    }
    if (notes.length > 0) prop['description'] = notes.join(' ');
  }
  const rules = entry.refinements.map((r) => `${r.field}: ${r.rule}`).join('; ');
  return {
    $schema: schema['$schema'],
    $id: `https://unpkg.com/huaian-social-work/${SCHEMA_DIR}/${entry.name}.schema.json`,
    title: `${entry.label.zh} / ${entry.label.en}`,
    description:
      `${entry.label.en} as accepted by huaian-social-work (parse${pascal(entry.name)}). Generated from the zod/mini schema; ` +
      `the library also checks rules JSON Schema cannot express: ${rules}.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

function pascal(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

/** Every schema file: name → content (2-space JSON, trailing newline). */
export function generateSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of entityCatalog) files[`${entry.name}.schema.json`] = `${JSON.stringify(entityJsonSchema(entry), null, 2)}\n`;
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = new URL(`../${SCHEMA_DIR}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(generateSchemas())) writeFileSync(new URL(name, dir), content);
  console.log(`wrote ${Object.keys(generateSchemas()).length} schemas to ${SCHEMA_DIR}/`);
}
