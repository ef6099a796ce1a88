import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Gzip ceilings (bytes) for a browser bundle of each subpath, dependencies included, minified.
// Raise a ceiling only with a reason in the commit message: size regressions pass every behaviour test.
// Measured at 0.1.0 (KB): validators 2.95, divisions 22.9 (11.6 of it the embedded tree), entities 18.1, salary 41.1,
// coverage 56.3, associations 41.6, testing 128.2 (three engines + the yaml parser), everything 100.2.
// decimal.js (~13) is in every money engine's figure; zod/mini is left only in the root (the records' zod reference).
const budgets: Record<string, number> = {
  'huaian-social-work/validators': 3 * 1024,
  // divisions measured at 24.5 KB once the kit checked host trees instead of zod/mini (about the same weight here).
  'huaian-social-work/divisions': 25.5 * 1024,
  // entities measured at 31.1 KB (issues 12, 15, 18: fourteen records as field tables with bilingual labels, the
  // petition, suggestion and committee records and the entity catalogue; 18.1 at 0.1.0 with five zod schemas).
  // entities measured at 34.1 KB with the spellings registers use for 信访 forms and intakes, grades and 年检 results.
  'huaian-social-work/entities': 35 * 1024,
  // salary measured at 63.8 KB (issues 11–13): three profiles as JSON with bilingual descriptions, notes and sources
  // (≈8 KB gzip), the message catalogue with every rule text, the /entities person record the worker is picked from,
  // the record kit and the one renderer; computeGrade alone is 41.4 KB and bundles no decimal.js.
  // salary measured at 70.1 KB after the kit took main's argument checks (checked profiles, nesting, issue caps) and the
  // spelling tables clerks write (issue 14).
  // salary measured at 66.4 KB once profiles were checked by the kit: no zod/mini (7.1 KB less).
  'huaian-social-work/salary': 67.5 * 1024,
  // coverage measured at 78.7 KB from dist (issues 11–13): the profile as JSON with bilingual descriptions, articles
  // and notes (≈7 KB gzip), the message catalogue with every rule text (≈7 KB), and the /entities records the registry
  // is built from (organization, person, …; ≈4 KB), beside the embedded tree, zod/mini and the core kit.
  // coverage with the org_ratings indicator (issue 16) measured at 87.2 KB from the built dist (78.8 before it): the
  // indicator counts valid grades with /ratings' gradeValidity (periods with the work calendar and its holiday data,
  // the organization record's grade fields), its profile values and texts, and count targets in the report.
  // coverage with the statutory mode of committee_standardization (issue 18) measured at 118.8 KB from a dist build
  // (87.2 before it): the mode checks committees with /committees' checkCommitteesBatch, which brings the committees
  // profile (≈10 KB gzip: every number with its article, bilingual), its catalogue (≈6.5 KB) and its rules.
  // coverage measured at 119.1 KB with no zod/mini (profiles, periods, the work calendar and host trees by the kit).
  'huaian-social-work/coverage': 120 * 1024,
  // associations measured at 71.5 KB (issues 11–13): its rules one file each with bilingual texts (≈33 KB raw), the
  // 中组发〔2014〕11号 profile with articles and notes (≈31 KB raw), the organization and person records, zod/mini for
  // host rules, the kit with its renderer and the work calendar (the third anniversary by 民法典 periods).
  // associations measured at 66.7 KB with no zod/mini (host rules checked by the kit too).
  'huaian-social-work/associations': 68 * 1024,
  // petitions measured at 52.9 KB (issue 15: the 条例 profile with its descriptions, the message catalogue, the work
  // calendar 2015–2026); it adds 20.5 KB to the root entry.
  // petitions measured at 59.7 KB after the kit took main's argument checks.
  // petitions measured at 54.4 KB with no zod/mini.
  'huaian-social-work/petitions': 55.5 * 1024,
  // ratings measured at 66.8 KB (issue 16: three profiles as JSON with bilingual descriptions and articles, the message
  // catalogue with every rule text, the organization and person records, the work calendar for art. 33).
  // ratings measured at 66.5 KB with no zod/mini.
  'huaian-social-work/ratings': 67.5 * 1024,
  // committees measured at 67.2 KB (issue 18: the profile with its articles and readings, the catalogue, the committee
  // entity and the election and meeting records, the work calendar for the election steps; no decimal.js: areas and
  // score sheets are exact in BigInt).
  // committees measured at 67.3 KB with no zod/mini.
  'huaian-social-work/committees': 68.5 * 1024,
  // sheets measured at 153.9 KB (issue 14): the readers with the salary profile's spelling tables, the coverage collections' records and
  // the candidate record (the registry reader carries the coverage collections, ≈ the coverage engine's weight); with
  // `export *` this bundle also carries the .xlsx code (fflate), which a host that imports
  // only the readers does not (checked below).
  // sheets measured at 158.7 KB after the kit took main's argument checks.
  // sheets measured at 159.5 KB with no zod/mini in the engines it reads for.
  // sheets measured at 160.5 KB with the title-row search, full-width digits and the formula guard of CSV for Excel.
  // sheets measured at 161.8 KB with totals rows, one number reading with units, loose headers and the collections'
  // header table, dates known to the month, and the entities' new spellings.
  'huaian-social-work/sheets': 162.8 * 1024,
  // workforce measured at 117.0 KB (issue 17): it computes pay through /salary's public entry (the salary engine and
  // its profiles), beside its own profile, catalogue, the person record and the division tree for roll-ups.
  // workforce measured at 112.9 KB with no zod/mini.
  'huaian-social-work/workforce': 114 * 1024,
  // testing and the root carry every domain (seven engines with their profiles and catalogues, the sheet-free kit):
  // testing measured at 309 KB (with the YAML parser), the root at 278 KB. After the merge of issue 10's masking
  // (every host text the kit words is masked) ratings measured 72.2, committees 72.8, coverage 124. A host bundles a subpath, not these.
  // testing measured at 312.9 KB and the root at 282.4 KB once the kit checked profiles; both still carry zod/mini
  // (the testing loaders and the records' zod reference). With its own message catalogue (61 codes, both languages)
  // testing measured 315.4 KB.
  // testing measured at 308.6 KB with no zod/mini (issue 12: case files and its arguments checked by records of the kit).
  'huaian-social-work/testing': 309.5 * 1024,
  'huaian-social-work': 283.5 * 1024,
};

// Resolve the package by its own name through package.json "exports" (the ESM condition), as a host bundler would.
const exportsMap = JSON.parse(readFileSync('package.json', 'utf8')).exports as Record<
  string,
  { import: { default: string } }
>;
const selfResolve: Plugin = {
  name: 'self',
  setup(b) {
    b.onResolve({ filter: /^huaian-social-work(\/|$)/ }, (args) => {
      const sub = args.path === 'huaian-social-work' ? '.' : `./${args.path.slice('huaian-social-work/'.length)}`;
      const target = exportsMap[sub]?.import.default;
      return target === undefined
        ? { errors: [{ text: `not exported: ${args.path}` }] }
        : { path: join(process.cwd(), target) };
    });
  },
};

async function gzipSize(specifier: string): Promise<number> {
  const r = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [selfResolve],
  });
  return gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length;
}

async function bundleOf(contents: string, splitting: boolean): Promise<{ gzip: number; inputs: string[] }> {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [selfResolve],
    ...(splitting ? { splitting: true, outdir: 'out', chunkNames: 'chunk-[hash]' } : {}),
  });
  const main = r.outputFiles.find((f) => f.path.endsWith('stdin.js')) ?? r.outputFiles[0]!;
  const entry = Object.values(r.metafile!.outputs).find((o) => o.entryPoint !== undefined)!;
  return { gzip: gzipSync(main.contents, { level: 9 }).length, inputs: Object.keys(entry.inputs) };
}

/**
 * The files that end up in an unminified browser bundle of `contents` (an import that is parsed and then shaken away
 * has no bytes in the output).
 */
async function bundledInputs(contents: string): Promise<string[]> {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [selfResolve],
  });
  const output = Object.values(r.metafile!.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

describe('the .xlsx code is paid for only by a host that reads or writes a workbook', () => {
  it('a roster reader bundles no fflate; readXlsx puts it in a chunk of its own', async () => {
    const roster = await bundleOf(`export { readRoster } from 'huaian-social-work/sheets';`, false);
    console.log(`readRoster alone: ${(roster.gzip / 1024).toFixed(2)} KB gzip`);
    expect(roster.inputs.some((i) => i.includes('fflate'))).toBe(false);
    const xlsx = await bundleOf(`export { readXlsx } from 'huaian-social-work/sheets';`, true);
    console.log(`readXlsx entry chunk (code splitting): ${(xlsx.gzip / 1024).toFixed(2)} KB gzip`);
    expect(xlsx.inputs.some((i) => i.includes('fflate'))).toBe(false);
  });
});

describe('bundle size per subpath (gzip, with dependencies)', () => {
  for (const [specifier, ceiling] of Object.entries(budgets)) {
    it(`${specifier} <= ${(ceiling / 1024).toFixed(1)} KB`, async () => {
      const size = await gzipSize(specifier);
      console.log(`${specifier}: ${(size / 1024).toFixed(2)} KB gzip`);
      expect(size).toBeLessThanOrEqual(ceiling);
    });
  }

  it('the validators entry pulls in neither zod nor decimal.js', async () => {
    const inputs = await bundledInputs(`export * from 'huaian-social-work/validators';`);
    expect(inputs.some((i) => i.includes('node_modules/zod'))).toBe(false);
    expect(inputs.some((i) => i.includes('node_modules/decimal.js'))).toBe(false);
  });

  it('no engine bundles zod (the record kit checks profiles, periods, calendars, division trees and host rules)', async () => {
    for (const sub of ['salary', 'associations', 'ratings', 'committees', 'coverage', 'workforce', 'petitions']) {
      const inputs = await bundledInputs(`export * from 'huaian-social-work/${sub}';`);
      expect(
        inputs.filter((i) => i.includes('node_modules/zod')),
        sub,
      ).toEqual([]);
    }
  });

  it('/testing bundles no zod (case files and the arguments of its functions are checked by records of the kit)', async () => {
    const inputs = await bundledInputs(`export * from 'huaian-social-work/testing';`);
    expect(inputs.filter((i) => i.includes('node_modules/zod'))).toEqual([]);
  });

  it('salary entries that compute no money (computeGrade, projectGrade) bundle no decimal.js; computeSalary does', async () => {
    const decimal = (inputs: string[]) => inputs.some((i) => i.includes('node_modules/decimal.js'));
    expect(
      decimal(await bundledInputs(`export { computeGrade, projectGrade } from 'huaian-social-work/salary';`)),
    ).toBe(false);
    expect(decimal(await bundledInputs(`export { computeSalary } from 'huaian-social-work/salary';`))).toBe(true);
  });
});
