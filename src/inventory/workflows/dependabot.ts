/** `.github/dependabot.yml`: which ecosystems and directories get update pull requests, and how often. */
import { yamlLine } from '../../yaml/load.js';
import type { ScanContext } from '../context.js';
import type { DependabotConfig, DependabotUpdate } from './types.js';
import { isObj, str, strList } from '../values.js';

export function readDependabot(ctx: ScanContext, file: string): DependabotConfig {
  const cfg: DependabotConfig = { file, line: 1, updates: [] };
  const doc = ctx.yaml(file)?.documents[0]?.value;
  if (!isObj(doc)) return cfg;
  const updates = doc.updates;
  if (!Array.isArray(updates)) {
    ctx.diagnose({ file, line: yamlLine(doc, 'updates') || 1, severity: 'warning', code: 'dependabot-no-updates', message: 'dependabot.yml has no `updates` list: nothing is updated' });
    return cfg;
  }
  cfg.line = yamlLine(doc, 'updates') || 1;
  updates.forEach((u, i) => {
    if (!isObj(u)) return;
    const directories = strList(u.directories) ?? [];
    const directory = str(u.directory) ?? directories[0] ?? '/';
    const upd: DependabotUpdate = { ecosystem: str(u['package-ecosystem']) ?? '', directory, directories: directories.length ? directories : [directory], file, line: yamlLine(updates, i) };
    if (isObj(u.schedule)) {
      upd.schedule = str(u.schedule.interval);
      upd.scheduleLine = yamlLine(u, 'schedule');
    }
    if (u['target-branch'] !== undefined) upd.targetBranch = str(u['target-branch']);
    cfg.updates.push(upd);
  });
  return cfg;
}
