// One measurement in a fresh process (spawned by scripts/bench.mjs): prints {ms, rssMb, ...} as JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { FsSource, SKIPPED_DIRS } from '../src/source/fs-source.js';
import { buildInventory } from '../src/engine/inventory.js';

const [mode, dir] = process.argv.slice(2);

function yamlFiles(root: string, rel = '', out: string[] = []): string[] {
  for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) yamlFiles(root, p, out);
    } else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
  }
  return out;
}

const t0 = performance.now();
let extra: Record<string, number> = {};
if (mode === 'inventory') {
  const inv = await buildInventory(new FsSource(dir));
  extra = { files: inv.files.count, diagnostics: inv.diagnostics.length };
} else {
  // the floor: find, read and parse every YAML file, nothing else
  let docs = 0;
  const files = yamlFiles(dir);
  for (const f of files) {
    try {
      docs += loadAll(readFileSync(join(dir, f), 'utf8')).length;
    } catch {
      /* templates and broken files count as read */
    }
  }
  extra = { yamlFiles: files.length, docs };
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, ...extra }));
