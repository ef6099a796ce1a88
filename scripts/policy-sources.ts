// Generates docs/policy-sources.md from the shipped profiles: every parameter, each dated value, its source and
// whether it is provisional. The doc cannot drift from the data: test/docs/policy-sources.test.ts regenerates and compares.
// Run: node --import tsx scripts/policy-sources.ts
import { writeFileSync } from 'node:fs';
import type { Profile } from '../src/core/profile.js';
import type { ParameterValue } from '../src/core/parameters.js';
import { salaryProfiles } from '../src/salary/index.js';
import { coverageProfiles } from '../src/coverage/index.js';
import { associationProfiles } from '../src/associations/index.js';
import { petitionProfiles } from '../src/petitions/index.js';
import { ratingProfiles } from '../src/ratings/index.js';

import type { ProfileRegistry } from '../src/core/registry.js';

type Registry = Readonly<Record<string, Profile | (() => Profile)>> | ProfileRegistry;

/** The profiles of a registry: a `defineProfiles` registry (ids, get) or a 0.1.0 record of profiles or thunks. */
function profilesOf(registry: Registry): Profile[] {
  if ('ids' in registry && typeof registry.get === 'function') return (registry as ProfileRegistry).ids.map((id) => (registry as ProfileRegistry).get(id));
  return Object.values(registry as Readonly<Record<string, Profile | (() => Profile)>>).map((e) => (typeof e === 'function' ? e() : e));
}

const registries: [string, Registry][] = [
  ['Salary (三岗十八级) — `huaian-social-work/salary`', salaryProfiles],
  ['Coverage (五个全覆盖) — `huaian-social-work/coverage`', coverageProfiles],
  ['Associations (双审双培) — `huaian-social-work/associations`', Object.fromEntries(associationProfiles.ids.map((id) => [id, () => associationProfiles.get(id)]))],
  ['Petitions (信访) — `huaian-social-work/petitions`', Object.fromEntries(petitionProfiles.ids.map((id) => [id, () => petitionProfiles.get(id)]))],
  ['Ratings (社会组织评估) — `huaian-social-work/ratings`', ratingProfiles],
];

function show(value: ParameterValue | null): string {
  const s = JSON.stringify(value);
  const short = s.length > 90 ? `${s.slice(0, 87)}…` : s;
  return `\`${short.replace(/\|/g, '\\|')}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The whole document. */
export function renderPolicySources(): string {
  const out: string[] = [
    '# Policy sources: what each shipped parameter cites',
    '',
    'Generated from the shipped profiles by `scripts/policy-sources.ts`; do not edit by hand. Source keys (S1…, T1…) refer',
    'to the source table of the project\'s policy research (POLICY.md); each row gives the title and address as cited in the',
    'data. **provisional** marks a placeholder: no official source was found, so results that use it carry a',
    '`provisional_parameter` warning until a host loads the official value (`withOverrides` or its own profile JSON).',
    '',
  ];
  let total = 0;
  let provisional = 0;
  for (const [title, registry] of registries) {
    out.push(`## ${title}`, '');
    for (const p of profilesOf(registry)) {
      out.push(`### \`${p.id}\` ${p.version}: ${p.label.zh} / ${p.label.en}`, '');
      if (p.description) out.push(cell(p.description.en), '');
      out.push('| parameter | from | value | source | status |', '|---|---|---|---|---|');
      for (const param of Object.values(p.parameters)) {
        for (const v of param.values) {
          total++;
          if (v.provisional) provisional++;
          const src = [v.source.key, v.source.title, v.source.article].filter(Boolean).join(', ');
          const link = v.source.url ? ` <${v.source.url}>` : '';
          out.push(
            `| \`${param.id}\` ${cell(param.label.zh)} (${cell(param.unit)}) | ${v.effectiveFrom} | ${show(v.value)} | ${cell(src)}${link} | ${v.provisional ? '**provisional**' : 'cited'} |`,
          );
        }
      }
      out.push('');
    }
  }
  out.push(`Totals: ${total} dated values, ${provisional} provisional.`, '');
  return out.join('\n');
}

if (process.argv[1]?.endsWith('policy-sources.ts')) {
  writeFileSync('docs/policy-sources.md', renderPolicySources());
  console.log('wrote docs/policy-sources.md');
}
