// Generates docs/messages.md: every message code of every catalogue (core, records, entities, each domain's, sheets, testing, cli),
// grouped by domain, with its Chinese and English text. A catalogue entry is a function of params; each is rendered
// with placeholder params, so `{name}` in a text stands for the param `name` (a label's text, a number, a value).
// Nothing here is edited by hand: test/docs/messages.test.ts regenerates the file and compares.
// Run: node --import tsx scripts/messages.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliMessages } from '../src/cli/cli-messages.js';
import { associationsCatalogue } from '../src/associations/messages.js';
import { committeeMessages } from '../src/committees/messages.js';
import { coreMessages } from '../src/core/core-messages.js';
import type { Catalogue } from '../src/core/messages.js';
import { recordMessages } from '../src/core/record-messages.js';
import { coverageCatalogue } from '../src/coverage/compute.js';
import { entityMessages } from '../src/entities/messages.js';
import { petitionMessages } from '../src/petitions/messages.js';
import { ratingMessages } from '../src/ratings/messages.js';
import { salaryCatalogue } from '../src/salary/catalogue.js';
import { sheetsMessages } from '../src/sheets/messages.js';
import { testingMessages } from '../src/testing/messages.js';
import { workforceMessages } from '../src/workforce/messages.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every catalogue, by the domain name its `defineMessages` call gives (the salary, coverage and associations ones with their mechanisms', indicators' and rules' own texts). */
export function catalogues(): { domain: string; title: string; catalogue: Catalogue }[] {
  return [
    { domain: 'core', title: 'Core (options, profiles, parameters, dates, money)', catalogue: coreMessages.catalogue },
    {
      domain: 'records',
      title: 'Records (input checks of every entity and engine input)',
      catalogue: recordMessages.catalogue,
    },
    { domain: 'entities', title: 'Entities', catalogue: entityMessages.catalogue },
    { domain: 'salary', title: 'Salary (with each pay mechanism’s texts)', catalogue: salaryCatalogue() },
    { domain: 'coverage', title: 'Coverage (with each indicator’s texts)', catalogue: coverageCatalogue() },
    { domain: 'associations', title: 'Associations (with each review rule’s texts)', catalogue: associationsCatalogue },
    { domain: 'committees', title: 'Committees', catalogue: committeeMessages.catalogue },
    { domain: 'petitions', title: 'Petitions', catalogue: petitionMessages.catalogue },
    { domain: 'ratings', title: 'Ratings', catalogue: ratingMessages.catalogue },
    { domain: 'workforce', title: 'Workforce', catalogue: workforceMessages.catalogue },
    { domain: 'sheets', title: 'Sheets', catalogue: sheetsMessages.catalogue },
    {
      domain: 'testing',
      title:
        'Testing (case files, reports and huaian-sw test; most refusals are raised with a shared code, shown under each)',
      catalogue: testingMessages.catalogue,
    },
    { domain: 'cli', title: 'Command line (huaian-sw)', catalogue: cliMessages.catalogue },
  ];
}

/**
 * A placeholder param named `name`: as text it reads `{name}`; a label's `zh` / `en` read `{name}`; a list maps its
 * one item (itself, so `labels.map((l) => l.zh).join('、')` reads `{labels}`); any other property is a placeholder
 * `{name.prop}`, and a method called on it gives the placeholder back (`amount.toFixed(2)` reads `{amount}`). It is
 * truthy, so a boolean param renders its `true` branch; as a number (arithmetic, comparisons) it is NaN.
 */
function placeholder(name: string): unknown {
  const text = `{${name}}`;
  const self: unknown = new Proxy(function () {}, {
    get(_t, prop) {
      if (prop === Symbol.toPrimitive) return (hint: string) => (hint === 'string' ? text : Number.NaN);
      if (prop === Symbol.iterator)
        return function* () {
          yield self;
        };
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'zh' || prop === 'en' || prop === 'toString' || prop === 'valueOf')
        return prop === 'zh' || prop === 'en' ? text : () => text;
      if (prop === 'length' || prop === 'size') return 1;
      if (prop === 'map' || prop === 'flatMap')
        return (f: (v: unknown, i: number) => unknown) => [f(self, 0)].flat(prop === 'flatMap' ? 1 : 0);
      if (prop === 'filter' || prop === 'slice' || prop === 'sort' || prop === 'concat' || prop === 'toSorted')
        return () => [self];
      if (prop === 'join') return () => text;
      if (prop === 'some' || prop === 'every' || prop === 'includes' || prop === 'has') return () => true;
      if (prop === 'forEach') return (f: (v: unknown, i: number) => unknown) => void f(self, 0);
      if (prop === 'then') return undefined;
      // A lookup keyed by another param (`labels[allowed]`) shows that param.
      if (/^\{[^{}]+\}$/.test(prop)) return placeholder(prop.slice(1, -1));
      return method(`${name}.${prop}`, self);
    },
    apply: () => self,
  });
  return self;
}

/** A property of a placeholder: `{name.prop}` as a value, the placeholder itself when called as a method. */
function method(name: string, owner: unknown): unknown {
  const inner = placeholder(name);
  return new Proxy(function () {}, {
    get: (_t, prop) => (inner as Record<string | symbol, unknown>)[prop],
    apply: () => owner,
  });
}

/** The params of a message: each param a placeholder named after it. */
const params: unknown = new Proxy(
  {},
  { get: (_t, prop) => (typeof prop === 'symbol' ? undefined : placeholder(prop)), has: () => true },
);

/** What stands for a part of a text computed from a param (`n + 1`) or chosen by its value (a table lookup). */
export const COMPUTED = '{…}';

/**
 * Both texts of a code with placeholder params. A part computed from or chosen by a param's value reads {@link COMPUTED}
 * (with a note); a text that cannot be rendered without real params is left empty, with a note.
 */
export function render(def: Catalogue[string]): { zh: string; en: string; note?: string } {
  let computed = false;
  const one = (f: (p: never) => string): string | undefined => {
    try {
      const t = f(params as never);
      if (typeof t !== 'string') return undefined;
      // Words the text itself writes (`true, false or undefined`) stay; only those the placeholders produced go.
      const source = String(f);
      const shown = t.replace(/undefined|NaN|\[object [A-Za-z]+\]/g, (w) => (source.includes(w) ? w : COMPUTED));
      if (shown !== t) computed = true;
      return shown;
    } catch {
      return undefined;
    }
  };
  const zh = one(def.zh);
  const en = one(def.en);
  if (zh === undefined || en === undefined)
    return { zh: zh ?? '', en: en ?? '', note: 'text chosen by the value of a param: not shown' };
  return computed ? { zh, en, note: `${COMPUTED}: a part computed from or chosen by a param` } : { zh, en };
}

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** The content of docs/messages.md. */
export function generateMessages(): string {
  const all = catalogues();
  const total = all.reduce((n, c) => n + Object.keys(c.catalogue).length, 0);
  const out: string[] = [
    '# Message codes',
    '',
    '<!-- Generated by scripts/messages.ts from the message catalogues; do not edit by hand. -->',
    '',
    'Every code a `PolicyError` issue, a warning or an explanation line can carry, with its Chinese and English text,',
    'grouped by the catalogue (domain) that defines it. A text is a function of the params the raise site passes;',
    'here `{name}` stands for the param `name` (a label is shown in the language of the text, a list as one item, and',
    'a yes/no param as its "yes" wording). A message marked "raised as" words an issue or warning whose code is that',
    'shared code (`invalid_date`, `inconsistent`, …), which hosts switch on; its own key names the wording only. See',
    'the engine contract (`guide/engine-contract.md`) for how catalogues work.',
    '',
    `${total} codes in ${all.length} catalogues: ${all.map((c) => `[${c.domain}](#${c.domain}) (${Object.keys(c.catalogue).length})`).join(', ')}.`,
    '',
  ];
  for (const { domain, title, catalogue } of all) {
    out.push(`## ${domain}`, '', `${title}: \`${domain}\`.`, '', '| code | 中文 | English |', '|---|---|---|');
    for (const code of Object.keys(catalogue).sort()) {
      const t = render(catalogue[code]!);
      const note = t.note === undefined ? '' : `<br>(${t.note})`;
      const raised = catalogue[code]!.raisedAs;
      const as = raised === undefined ? '' : `<br>raised as \`${raised}\``;
      out.push(`| \`${code}\`${as}${note} | ${cell(t.zh)} | ${cell(t.en)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(root, 'docs/messages.md'), generateMessages());
  console.log('messages: written');
}
