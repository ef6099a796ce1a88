// The README's first command runs this until the CLI lands: a summary of the embedded 淮安 division tree
// and a few validated codes, using the built package exactly as a host would.
import { countByKind, huaianDivisions, DIVISION_KIND_LABELS } from 'huaian-social-work/divisions';
import { safeParseUscc, safeParseResidentId, maskResidentId } from 'huaian-social-work/validators';

const tree = huaianDivisions();
console.log(`${tree.root.name} (${tree.root.code}) — ${tree.source.source}`);
for (const county of tree.children(tree.root.code)) {
  const c = countByKind(tree, county.code);
  const parts = Object.entries(c).map(([k, n]) => `${DIVISION_KIND_LABELS[k].zh} ${n}`);
  console.log(`  ${county.code} ${county.name.padEnd(10, '　')} ${parts.join('，')}`);
}
console.log(`镇街合计 / towns + subdistricts: ${tree.ofKind('town', 'subdistrict').length}`);

for (const code of ['91350100M000100Y43', '91350100M000100Y44']) {
  const r = safeParseUscc(code);
  console.log(`USCC ${code}: ${r.success ? `valid (${r.data.department.zh} / ${r.data.category?.zh ?? '?'})` : `${r.error.code}: ${r.error.zh}`}`);
}
for (const id of ['11010519491231002X', '110105194912310021']) {
  const r = safeParseResidentId(id, { asOf: '2026-01-01' });
  console.log(`身份证 ${maskResidentId(id)}: ${r.success ? `valid, born ${r.data.birthDate}, ${r.data.sex}` : `${r.error.code}: ${r.error.zh}`}`);
}
