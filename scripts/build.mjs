// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) from src/ with esbuild.
// `node scripts/build.mjs --check` rebuilds in memory and fails when dist/ is not current.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const entries = { index: 'src/main.ts', cli: 'src/cli-main.ts' };

const result = await build({
  entryPoints: entries,
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
});

if (check) {
  const stale = result.outputFiles.filter((f) => {
    let current = '';
    try {
      current = readFileSync(f.path, 'utf8');
    } catch {}
    return current !== f.text;
  });
  if (stale.length) {
    console.error(`dist/ is not current with src/: ${stale.map((f) => f.path.replace(process.cwd() + '/', '')).join(', ')}. Run npm run build and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is current');
}
