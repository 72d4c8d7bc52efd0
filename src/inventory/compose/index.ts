/**
 * Compose projects as `docker compose` sees them: files grouped per folder with their roles, and
 * for each project the production model (base + production overlays, merged, interpolated from
 * the project's .env, extends resolved), every field with the file:line that set it.
 */
import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import { describeCompose } from './describe.js';
import { findFileSets, groupComposeFiles, isComposeFile } from './files.js';
import { buildProject } from './project.js';
import type { ComposeInventory, ComposeProject, FileSet } from './types.js';

export type { ComposeInventory, ComposeProject, ComposeRole, ComposeService, FileSet, Interpolation, ProductionSource } from './types.js';
export type { ComposeBuild, ComposeEnvVar, ComposeHealthcheck, ComposePort, Located } from './service.js';

const SCRIPT = (name: string, ext: string) => ext === '.sh' || ext === '.md' || name === 'Makefile' || ext === '.mk' || ext === '.bash';

export const composeCollector: Collector<'compose', ComposeInventory> = {
  key: 'compose',
  // any YAML: `extends: {file: common.yml}` may name a file that is not called compose
  wants: (f) => f.ext === '.yml' || f.ext === '.yaml' || f.name === '.env' || SCRIPT(f.name, f.ext),
  collect(ctx) {
    const composeFiles = ctx.files.filter(isComposeFile);
    if (composeFiles.length === 0) return { projects: [] };
    const sets = fileSetsIn(ctx);
    const projects: ComposeProject[] = [];
    for (const group of groupComposeFiles(composeFiles)) {
      if (group.base) projects.push(buildProject(ctx, group.dir, group.base, group.files, sets));
      else for (const f of group.files) projects.push(buildProject(ctx, group.dir, f.path, [{ path: f.path, role: 'base' }], sets));
    }
    return { projects };
  },
  describe: describeCompose,
};

function fileSetsIn(ctx: ScanContext): FileSet[] {
  const out: FileSet[] = [];
  for (const f of ctx.files) {
    if (!SCRIPT(f.name, f.ext)) continue;
    const text = ctx.text(f.path);
    if (!text) continue;
    for (const s of findFileSets(text)) {
      // a set names files relative to where the command runs: assume the script's folder, then the root
      const resolved = s.files.map((x) => {
        const local = posix.normalize(posix.join(f.dir || '.', x));
        return ctx.exists(local) ? local : posix.normalize(x);
      });
      out.push({ files: resolved, file: f.path, line: s.line });
    }
  }
  return out;
}
