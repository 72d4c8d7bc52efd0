// npm run bench [-- --repo DIR ...] [--runs N] [--sizes 10,1000]
// Generates monorepos with ../shared/bench/gen-monorepo.mjs (or BENCH_GENERATOR), then measures, each
// in a fresh process: the inventory (wall time, peak RSS) and the floor — reading and parsing the
// same YAML files with js-yaml's loadAll. Prints a table (medians; the ratio is the median of
// each run's inventory/floor pair); exits 0.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i < 0 ? def : argv[i + 1]; };
const all = (name) => argv.flatMap((a, i) => (argv[i - 1] === name ? [a] : []));
const runs = Number(opt('--runs', '3'));
const generator = resolve(process.env.BENCH_GENERATOR ?? '../shared/bench/gen-monorepo.mjs');
const work = resolve('.bench');
mkdirSync(work, { recursive: true });

// Bundle the engine once so that children measure the same code the Action runs.
await build({
  entryPoints: { engine: 'scripts/bench-child.ts' },
  outdir: work,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  loader: { '.yml': 'text', '.md': 'text' },
  logLevel: 'warning',
});

const cases = [];
const sizes = (opt('--sizes', '10,1000') ?? '').split(',').filter(Boolean).map(Number);
for (const n of sizes) {
  const noise = n >= 1000 ? 20000 : 0;
  const dir = join(work, `mono-${n}-${noise}`);
  if (!existsSync(dir) || readdirSync(dir).length === 0) {
    if (!existsSync(generator)) {
      console.error(`generator not found: ${generator} (set BENCH_GENERATOR)`);
      process.exit(2);
    }
    const r = spawnSync(process.execPath, [generator, dir, '--services', String(n), '--noise-files', String(noise), '--force'], { stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  cases.push({ name: `monorepo --services ${n}${noise ? ` --noise-files ${noise}` : ''}`, dir });
}
cases.push({ name: 'fixture insitechart', dir: resolve('__tests__/fixtures/insitechart') });
for (const r of all('--repo')) cases.push({ name: r, dir: resolve(r) });

function once(mode, dir) {
  const r = spawnSync(process.execPath, [join(work, 'engine.mjs'), mode, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${mode} ${dir}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const median = (results) => results.sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)];

/**
 * Inventory and floor runs alternate, so that both see the same load on a busy machine; the ratio
 * is the median of each pair's ratio, which a machine whose speed drifts between runs (shared
 * cores) disturbs far less than the ratio of two medians.
 */
function measure(dir) {
  const inv = [];
  const floor = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const a = once('inventory', dir);
    const b = once('floor', dir);
    inv.push(a);
    floor.push(b);
    ratios.push({ ms: a.ms / b.ms });
  }
  return { inv: median(inv), floor: median(floor), ratio: median(ratios).ms };
}

const rows = [];
for (const c of cases) {
  const { inv, floor, ratio } = measure(c.dir);
  rows.push({
    case: c.name,
    files: inv.files,
    'yaml files': floor.yamlFiles,
    'yaml docs': floor.docs,
    'inventory ms': inv.ms.toFixed(0),
    'floor ms': floor.ms.toFixed(0),
    ratio: ratio.toFixed(2),
    'inventory MB': inv.rssMb.toFixed(0),
    'floor MB': floor.rssMb.toFixed(0),
  });
}
console.table(rows);
