import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineInputRecords, generateSchemas, readmeWithInputs, SCHEMA_DIR } from '../../scripts/export-schemas.js';
import { entityRecords } from '../../src/entities/index.js';

const dir = new URL(`../../${SCHEMA_DIR}/`, import.meta.url);

describe('docs/schemas', () => {
  const generated = generateSchemas();

  it('holds exactly one file per entity record and engine input (npm run schemas removes the others)', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.schema.json'))
        .sort(),
    ).toEqual(Object.keys(generated).sort());
    expect(Object.keys(generated).sort()).toEqual(
      [
        ...entityRecords.map((r) => `${r.name}.schema.json`),
        ...engineInputRecords().map((e) => `${e.record.name}.schema.json`),
        'profile.schema.json',
      ].sort(),
    );
  });

  it('has a schema for what each engine takes, found among the subpaths exports', () => {
    const inputs = new Map(engineInputRecords().map((e) => [e.exportName, e.subpath]));
    // The inputs the issue names: worker, registry records, candidate, slate, host rules; and each new domain's.
    expect(Object.fromEntries(inputs)).toMatchObject({
      workerRecord: 'huaian-social-work/salary',
      coverageOrganizationRecord: 'huaian-social-work/coverage',
      candidateRecord: 'huaian-social-work/associations',
      slateSeatRecord: 'huaian-social-work/associations',
      hostRuleRecord: 'huaian-social-work/associations',
      caseFileRecord: 'huaian-social-work/testing',
      petitionCheckRecord: 'huaian-social-work/petitions',
      ratingOrganizationRecord: 'huaian-social-work/ratings',
      electionRecord: 'huaian-social-work/committees',
      workforceWorkerRecord: 'huaian-social-work/workforce',
    });
    // No entity is listed twice: an engine that takes an entity as it is (a petition) points to the entity's schema.
    for (const e of engineInputRecords()) expect(entityRecords).not.toContain(e.record);
  });

  it('lists the engine inputs in docs/schemas/README.md (run: npm run schemas)', () => {
    const readme = readFileSync(new URL('README.md', dir), 'utf8');
    expect(readme).toBe(readmeWithInputs(readme));
    for (const e of engineInputRecords()) expect(readme).toContain(`\`${e.record.name}.schema.json\``);
  });

  it.each(Object.keys(generated))('%s is up to date (run: npm run schemas)', (name) => {
    expect(readFileSync(new URL(name, dir), 'utf8')).toBe(generated[name]);
  });

  it('documents the rules beyond JSON Schema, labels every field and refuses extra fields', () => {
    const entities = new Set(entityRecords.map((r) => `${r.name}.schema.json`));
    for (const [name, text] of Object.entries(generated)) {
      if (!entities.has(name)) continue;
      const s = JSON.parse(text) as {
        additionalProperties: boolean;
        description: string;
        properties: Record<string, { title?: string; anyOf?: { title?: string }[] }>;
      };
      expect(s.additionalProperties).toBe(false);
      expect(s.description).toMatch(/ \/ /);
      for (const p of Object.values(s.properties))
        expect(p.title ?? p.anyOf?.[0]?.title).toMatch(/[\u4e00-\u9fff].* \/ \w/);
    }
    // Engine inputs: every field titled in both languages; extra fields as the record treats them (a worker row may
    // carry a clerk's own columns, which the engine ignores).
    for (const { record } of engineInputRecords()) {
      const s = JSON.parse(generated[`${record.name}.schema.json`]!) as {
        title: string;
        additionalProperties: boolean;
        properties: Record<string, { title?: string; anyOf?: { title?: string }[] }>;
      };
      expect(s.title).toBe(`${record.label.zh} / ${record.label.en}`);
      expect(s.additionalProperties).toBe(record.settings.unknownKeys === 'strict' ? false : true);
      expect(Object.keys(s.properties).sort()).toEqual(Object.keys(record.fields).sort());
      for (const p of Object.values(s.properties))
        expect(p.title ?? p.anyOf?.[0]?.title).toMatch(/[\u4e00-\u9fff].* \/ \w/);
    }
    const org = JSON.parse(generated['organization.schema.json']!) as {
      description: string;
      properties: Record<string, { anyOf: Record<string, unknown>[] }>;
    };
    expect(org.description).toContain('统一社会信用代码须有效');
    expect(org.properties['uscc']!.anyOf[0]!['pattern']).toBeDefined();
    expect(org.properties['uscc']!.anyOf[0]!['description']).toContain('GB 32100');
  });

  it('profile.schema.json describes the shipped profiles: every top-level key known, the required ones present', async () => {
    const schema = JSON.parse(generated['profile.schema.json']!) as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'parameters']));
    const { readdirSync: list } = await import('node:fs');
    const files = list(new URL('../../src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
      (f) => /profiles\/[^/]+\.json$/.test(f) && !f.endsWith('sources.json'),
    );
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const profile = JSON.parse(readFileSync(new URL(`../../src/${f}`, import.meta.url), 'utf8')) as Record<
        string,
        unknown
      >;
      for (const key of Object.keys(profile)) expect(schema.properties, `${f}: ${key}`).toHaveProperty([key]);
      for (const key of schema.required) expect(profile, `${f}: ${key}`).toHaveProperty([key]);
    }
  });
});
