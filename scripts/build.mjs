// Bundles the Action (dist/index.js, one file) and the CLI (dist/cli.js) from src/ with esbuild.
// The CLI is split: what only `--repo` needs (the GitHub client, about 1 MB) sits in dist/chunks/
// and is loaded when asked for, so a local scan starts without parsing it.
// `node scripts/build.mjs --check` rebuilds in memory and fails when dist/ is not current.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const check = process.argv.includes('--check');
const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies inside an ES module bundle still call require() for node built-ins
  banner: { js: "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);" },
  loader: { '.yml': 'text', '.md': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  write: !check,
  metafile: false,
};

// chunks of an earlier build would linger beside the new ones
if (!check) rmSync('dist/chunks', { recursive: true, force: true });
const results = await Promise.all([
  build({ ...common, entryPoints: { index: 'src/main.ts' } }),
  build({ ...common, entryPoints: { cli: 'src/cli-main.ts' }, splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
]);

if (check) {
  const outputs = results.flatMap((r) => r.outputFiles);
  const stale = outputs.filter((f) => {
    let current = '';
    try {
      current = readFileSync(f.path, 'utf8');
    } catch {}
    return current !== f.text;
  });
  const expected = new Set(outputs.map((f) => f.path));
  const extra = existsSync('dist/chunks') ? readdirSync('dist/chunks').map((n) => resolve(join('dist/chunks', n))).filter((p) => !expected.has(p)) : [];
  if (stale.length || extra.length) {
    const names = [...stale.map((f) => f.path), ...extra].map((p) => p.replace(process.cwd() + '/', ''));
    console.error(`dist/ is not current with src/: ${names.join(', ')}. Run npm run build and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is current');
}
