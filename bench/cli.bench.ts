// huaian-sw salary over a 1,000,000-row CSV against the I/O floor: a minimal script that streams the same file,
// splits it into lines and fields and writes one output line per row. Both run as child processes of node on the
// built CLI (dist/cli/main.js; run `npm run build` first), alternating, and report user+system CPU and peak RSS.
// Then a 100,000-row .xlsx is written and read through /sheets in one process, reporting peak RSS.
// Targets (issue 14): CLI CPU <= 2.5x the floor's; CLI peak RSS <= 200 MB. Files live in a temp folder.
// Run: npm run bench cli    (ROWS=200000 for a shorter run)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'hsw-cli-bench-'));
const input = join(dir, 'roster.csv');

function roster(n: number): string {
  const posts = ['居委会主任', '副书记', '委员', '专职社工', '正职', '副职'];
  const edu = ['大专', '大学本科', '硕士研究生', '本科', '高中'];
  const lines = ['编号,姓名,所在村（社区）,岗位,学历,参加社区工作时间,证书等级,取证日期,考核'];
  let seed = 42;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  for (let i = 0; i < n; i++) {
    const y = 2005 + rnd(18);
    const cert = rnd(3) === 0 ? `中级,${y + 2}/6/30` : ',';
    lines.push(
      `HA${i},工作者${i},第${rnd(90)}社区,${posts[rnd(6)]},${edu[rnd(5)]},${y}/${1 + rnd(12)}/${1 + rnd(28)},${cert},2023:优秀;2024:合格`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const FLOOR = `
const fs = require('node:fs');
const out = fs.createWriteStream(process.argv[3]);
let rest = '';
let n = 0;
const rs = fs.createReadStream(process.argv[2], { highWaterMark: 1 << 16, encoding: 'utf8' });
rs.on('data', (chunk) => {
  const text = rest + chunk;
  const lines = text.split('\\n');
  rest = lines.pop();
  let buf = '';
  for (const l of lines) { const f = l.split(','); buf += f[0] + ',' + f[3] + ',' + f.length + '\\n'; n++; }
  if (!out.write(buf)) { rs.pause(); out.once('drain', () => rs.resume()); }
});
rs.on('end', () => out.end(() => console.error(n)));
`;

interface Run {
  cpu: number;
  rss: number;
  wall: number;
}

// getrusage(RUSAGE_CHILDREN) through a shell's `times` is coarse; python's resource module is exact and small.
function childUsage(args: string[]): Run {
  const py = `import resource, subprocess, sys, time, json
t = time.time()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
w = time.time() - t
if p.returncode > 1:
    sys.stderr.write(p.stderr.decode()); sys.exit(3)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"cpu": u.ru_utime + u.ru_stime, "rss": u.ru_maxrss * 1024, "wall": w}))`;
  const r = spawnSync('python3', ['-c', py, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!existsSync('dist/cli/main.js')) {
  console.log('dist/cli/main.js not found: run `npm run build` first');
  process.exit(1);
}
writeFileSync(input, roster(ROWS));
const floorScript = join(dir, 'floor.cjs');
writeFileSync(floorScript, FLOOR);
const cli: Run[] = [];
const floor: Run[] = [];
for (let i = 0; i < ROUNDS; i++) {
  floor.push(childUsage([floorScript, input, join(dir, 'floor.out')]));
  cli.push(
    childUsage([
      'dist/cli/main.js',
      'salary',
      input,
      '--as-of',
      '2026-01-01',
      '--out',
      join(dir, 'pay.csv'),
      '--quiet',
    ]),
  );
}
const ratio = median(cli.map((r) => r.cpu)) / median(floor.map((r) => r.cpu));
console.log(`rows: ${ROWS.toLocaleString('en')}  rounds: ${ROUNDS}`);
console.log(
  `floor (stream, split, write): CPU ${median(floor.map((r) => r.cpu)).toFixed(2)} s, peak RSS ${(median(floor.map((r) => r.rss)) / 2 ** 20).toFixed(0)} MB`,
);
console.log(
  `huaian-sw salary:            CPU ${median(cli.map((r) => r.cpu)).toFixed(2)} s, peak RSS ${(median(cli.map((r) => r.rss)) / 2 ** 20).toFixed(0)} MB, wall ${median(cli.map((r) => r.wall)).toFixed(1)} s`,
);
console.log(
  `CLI/floor CPU ratio: ${ratio.toFixed(2)}x (target <= 2.5x); CLI peak RSS ${(Math.max(...cli.map((r) => r.rss)) / 2 ** 20).toFixed(0)} MB (target <= 200 MB)`,
);

// 100,000 rows through .xlsx: written by writeXlsx, read back by readXlsx + readRoster, in a child for its own RSS.
const XROWS = Number(process.env.XLSX_ROWS ?? 100_000);
const xscript = join(dir, 'xlsx.mjs');
writeFileSync(
  xscript,
  `import { writeXlsx, readXlsx, rosterReader } from ${JSON.stringify(join(process.cwd(), 'dist/sheets/index.js'))};
import { open, readFile } from 'node:fs/promises';
const file = process.argv[2];
const h = await open(file, 'w');
let t = performance.now();
const w = await writeXlsx(async (b) => { await h.write(b); }, [{ header: '编号' }, { header: '姓名' }, { header: '岗位' }, { header: '学历' }, { header: '参加社区工作时间' }, { header: '月工资', kind: 'money' }]);
for (let i = 0; i < ${XROWS}; i += 1000) {
  const rows = [];
  for (let k = i; k < i + 1000 && k < ${XROWS}; k++) rows.push(['HA' + k, '工作者' + k, '委员', '本科', '2014/9/1', (4000 + (k % 100)).toFixed(2)]);
  await w.rows(rows);
}
await w.end();
await h.close();
const written = performance.now() - t;
const afterWrite = process.resourceUsage().maxRSS / 1024;
t = performance.now();
const sheet = await readXlsx(await readFile(file));
let reader; let n = 0; let bad = 0;
for (const chunk of sheet.chunks) for (const r of chunk) {
  if (reader === undefined) { reader = rosterReader(r.cells); continue; }
  const row = reader.read(r.cells, r.row); n++; if (row.issues.length > 0) bad++;
}
console.log(JSON.stringify({ rows: n, bad, writeMs: Math.round(written), readMs: Math.round(performance.now() - t), rssAfterWriteMB: Math.round(afterWrite), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
`,
);
const x = spawnSync(process.execPath, [xscript, join(dir, 'roster.xlsx')], { encoding: 'utf8' });
if (x.status !== 0) throw new Error(x.stderr);
const xr = JSON.parse(x.stdout) as {
  rows: number;
  bad: number;
  writeMs: number;
  readMs: number;
  rssAfterWriteMB: number;
  peakRssMB: number;
};
console.log(
  `xlsx ${xr.rows.toLocaleString('en')} rows: written in ${xr.writeMs} ms (peak RSS ${xr.rssAfterWriteMB} MB), read and reshaped in ${xr.readMs} ms (peak RSS ${xr.peakRssMB} MB), ${xr.bad} rows with problems`,
);
rmSync(dir, { recursive: true, force: true });
if (ratio > 2.5) process.exitCode = 1;
