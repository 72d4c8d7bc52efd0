/**
 * The workflows inventory: GitHub Actions workflows (triggers, permissions, jobs, steps and what
 * they do), reusable workflow calls, Dependabot, Renovate, CodeQL configuration, and the package
 * ecosystems the repository uses so that checks can compare them with the update bots' coverage.
 */
import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { readCodeql, isCodeqlConfig } from './codeql.js';
import { readDependabot } from './dependabot.js';
import { describeWorkflows } from './describe.js';
import { EcosystemCollector } from './ecosystems.js';
import { isRenovateFile, readPackageJsonRenovate, readRenovate } from './renovate.js';
import { parseWorkflow } from './workflow.js';
import { deployTarget } from './classify.js';
import type { RenovateConfig, Workflow, WorkflowInventory } from './types.js';

export type * from './types.js';
export { tagsForRun, tagsForUses } from './classify.js';

const isWorkflowFile = (f: FileEntry) => f.dir === '.github/workflows' && (f.ext === '.yml' || f.ext === '.yaml');
const isDependabot = (f: FileEntry) => f.dir === '.github' && (f.name === 'dependabot.yml' || f.name === 'dependabot.yaml');

export const workflowsCollector: Collector<'workflows', WorkflowInventory> = {
  key: 'workflows',
  wants: (f) => isWorkflowFile(f) || isDependabot(f) || isRenovateFile(f.path) || f.path === 'package.json' || isCodeqlConfig(f),
  collect(ctx) {
    const inv: WorkflowInventory = { workflows: [], reusableCalls: [], codeql: [], ecosystems: [] };
    const eco = new EcosystemCollector();
    const renovate: RenovateConfig[] = [];
    for (const f of ctx.files) {
      eco.add(f);
      if (isWorkflowFile(f)) {
        const wf = parseWorkflow(ctx, f.path);
        if (wf) inv.workflows.push(wf);
      } else if (isDependabot(f)) inv.dependabot = readDependabot(ctx, f.path);
      else if (isRenovateFile(f.path)) renovate.push(readRenovate(ctx, f.path));
      else if (f.path === 'package.json') {
        const r = readPackageJsonRenovate(ctx, f.path);
        if (r) renovate.push(r);
      }
      if (isCodeqlConfig(f)) inv.codeql.push(readCodeql(ctx, f.path));
    }
    // Renovate uses the first config it finds; package.json comes last
    if (renovate.length) inv.renovate = renovate.sort((a, b) => rank(a.file) - rank(b.file))[0];
    linkReusable(inv, ctx.exists.bind(ctx));
    inv.ecosystems = eco.result();
    return inv;
  },
  describe: describeWorkflows,
};

function rank(file: string): number {
  const order = ['renovate.json', 'renovate.json5', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json', '.renovaterc', '.renovaterc.json', '.renovaterc.json5', 'package.json'];
  const i = order.indexOf(file);
  return i < 0 ? order.length : i;
}

/** Records every call and lends a calling job the tags of the local workflow it calls. */
function linkReusable(inv: WorkflowInventory, exists: (p: string) => boolean): void {
  const byFile = new Map<string, Workflow>(inv.workflows.map((w) => [w.file, w]));
  for (const w of inv.workflows) {
    for (const j of w.jobs) {
      if (!j.call) continue;
      inv.reusableCalls.push(j.call);
      if (!j.call.local || !j.call.path) continue;
      j.call.exists = exists(j.call.path);
      const called = byFile.get(j.call.path);
      if (!called || called === w) continue;
      const tags = new Set(j.tags);
      for (const cj of called.jobs) for (const t of cj.tags) tags.add(t);
      if (!j.deployTarget && tags.has('deploy')) {
        // the environment the caller passes decides; else the called jobs' own guess
        const passed = j.call.with.environment ?? j.call.with.env ?? j.call.with.target;
        const target = (passed && (deployTarget([passed]) ?? passed)) || called.jobs.find((cj) => cj.deployTarget)?.deployTarget;
        if (target) {
          j.deployTarget = target;
          tags.add(`deploy:${target}`);
        }
      }
      j.tags = [...tags];
    }
  }
}
