/** One workflow file: triggers, permissions, concurrency, jobs and their steps, each with its line. */
import { yamlLine, yamlPosition } from '../../yaml/load.js';
import type { ScanContext } from '../context.js';
import { redactValue } from '../secret-names.js';
import { deployTarget, tagsForInputs, tagsForRun, tagsForUses } from './classify.js';
import { readTriggers } from './triggers.js';
import { isWorkflowCall, localWorkflowPath, splitUses } from './uses.js';
import type { Concurrency, Job, Permissions, Step, Workflow } from './types.js';
import { isObj, keys, str, strList, type Obj } from '../values.js';

export function parseWorkflow(ctx: ScanContext, file: string): Workflow | undefined {
  const parsed = ctx.yaml(file);
  if (!parsed) return undefined;
  const first = parsed.documents[0];
  if (!first) return undefined; // a syntax error was already reported; an empty file has nothing
  const doc = first.value;
  if (!isObj(doc)) {
    ctx.diagnose({ file, line: first.line, severity: 'warning', code: 'workflow-not-a-map', message: 'a workflow must be a mapping with `on` and `jobs`' });
    return undefined;
  }
  // our loader reads YAML 1.2, where `on` is a string; a file rewritten by a YAML 1.1 tool has `true:` instead
  const onKey = 'on' in doc ? 'on' : 'true' in doc ? 'true' : undefined;
  const on = onKey ? doc[onKey] : undefined;
  if (onKey === undefined || typeof on === 'boolean' || on === null) {
    ctx.diagnose({ file, line: (onKey && yamlLine(doc, onKey)) || first.line, severity: 'warning', code: 'workflow-no-trigger', message: onKey ? '`on` names no event: the workflow never runs' : 'the workflow has no `on`: GitHub rejects it' });
  }
  const wf: Workflow = {
    file,
    line: yamlLine(doc, 'name') || first.line,
    name: str(doc.name),
    triggers: readTriggers(on, doc, onKey ?? 'on', file),
    env: keys(doc.env),
    jobs: [],
    reusable: false,
  };
  wf.reusable = wf.triggers.some((t) => t.event === 'workflow_call');
  const perms = readPermissions(doc, 'permissions', file);
  if (perms) wf.permissions = perms;
  const conc = readConcurrency(doc, file);
  if (conc) wf.concurrency = conc;
  const jobs = doc.jobs;
  if (!isObj(jobs)) {
    ctx.diagnose({ file, line: yamlLine(doc, 'jobs') || first.line, severity: 'warning', code: 'workflow-no-jobs', message: 'the workflow has no `jobs` mapping' });
    return wf;
  }
  for (const [id, j] of Object.entries(jobs)) if (isObj(j)) wf.jobs.push(readJob(id, j, jobs, file));
  return wf;
}

function readPermissions(container: Obj, key: string, file: string): Permissions | undefined {
  if (!(key in container)) return undefined;
  const v = container[key];
  const line = yamlLine(container, key);
  if (v === 'write-all' || v === 'read-all') return { kind: v, scopes: {}, file, line };
  if (isObj(v)) {
    const scopes: Record<string, string> = {};
    for (const [k, level] of Object.entries(v)) scopes[k] = String(level);
    return { kind: Object.keys(scopes).length ? 'map' : 'none', scopes, file, line };
  }
  return { kind: 'other', scopes: {}, file, line };
}

function readConcurrency(container: Obj, file: string): Concurrency | undefined {
  const v = container.concurrency;
  if (v === undefined || v === null) return undefined;
  const line = yamlLine(container, 'concurrency');
  if (!isObj(v)) return { group: String(v), file, line };
  const c: Concurrency = { group: str(v.group), file, line };
  const cancel = v['cancel-in-progress'];
  if (typeof cancel === 'boolean') c.cancelInProgress = cancel;
  else if (cancel !== undefined && cancel !== null) c.cancelInProgress = String(cancel);
  return c;
}

function readJob(id: string, j: Obj, jobs: Obj, file: string): Job {
  const line = yamlLine(jobs, id);
  const job: Job = {
    id,
    file,
    line,
    column: yamlPosition(jobs, id)?.column,
    name: str(j.name),
    needs: strList(j.needs) ?? [],
    services: keys(j.services),
    serviceImages: [],
    env: keys(j.env),
    steps: [],
    tags: [],
  };
  const runsOn = j['runs-on'];
  if (Array.isArray(runsOn)) job.runsOn = runsOn.map(String);
  else if (runsOn !== undefined && runsOn !== null) job.runsOn = str(runsOn);
  if (j.if !== undefined) job.if = str(j.if);
  const env = j.environment;
  const envName = isObj(env) ? str(env.name) : str(env);
  if (envName) {
    job.environment = { name: envName, line: yamlLine(j, 'environment') || line };
    if (isObj(env) && env.url !== undefined) job.environment.url = str(env.url);
  }
  const perms = readPermissions(j, 'permissions', file);
  if (perms) job.permissions = perms;
  const conc = readConcurrency(j, file);
  if (conc) job.concurrency = conc;
  if (j['timeout-minutes'] !== undefined) job.timeoutMinutes = typeof j['timeout-minutes'] === 'number' ? j['timeout-minutes'] : String(j['timeout-minutes']);
  const strategy = j.strategy;
  if (isObj(strategy) && strategy.matrix !== undefined) {
    const m = strategy.matrix;
    const values: Record<string, string[]> = {};
    // `matrix: ${{ fromJson(...) }}` is an expression: no keys to read
    if (isObj(m)) for (const [k, v] of Object.entries(m)) values[k] = Array.isArray(v) ? v.map((x) => str(x) ?? '') : [str(v) ?? ''];
    job.matrix = { keys: Object.keys(values), values, line: yamlLine(strategy, 'matrix') };
  }
  if (isObj(j.services)) {
    const svcs = j.services;
    for (const [name, s] of Object.entries(svcs)) job.serviceImages.push({ name, image: isObj(s) ? str(s.image) : str(s), line: yamlLine(svcs, name) });
  }
  if (typeof j.uses === 'string') {
    job.uses = j.uses;
    if (isWorkflowCall(j.uses)) {
      const u = splitUses(j.uses);
      const path = localWorkflowPath(j.uses);
      job.call = { job: id, target: j.uses, local: u.refKind === 'local', file, line: yamlLine(j, 'uses') || line, with: redactedInputs(j.with), secretsInherit: j.secrets === 'inherit' };
      if (path) job.call.path = path;
      if (u.ref) {
        job.call.ref = u.ref;
        job.call.pinnedSha = u.pinnedSha;
      }
    }
  }
  const steps = j.steps;
  if (Array.isArray(steps)) steps.forEach((s, i) => isObj(s) && job.steps.push(readStep(s, steps, i, file)));
  const tags = new Set(job.steps.flatMap((s) => s.tags));
  classifyJob(job, tags);
  return job;
}

function readStep(s: Obj, steps: unknown[], i: number, file: string): Step {
  const pos = yamlPosition(steps, i);
  const step: Step = { file, line: pos?.line ?? 0, column: pos?.column, with: {}, env: keys(s.env), tags: [] };
  if (s.id !== undefined) step.id = str(s.id);
  if (s.name !== undefined) step.name = str(s.name);
  if (s.if !== undefined) step.if = str(s.if);
  if (s.shell !== undefined) step.shell = str(s.shell);
  if (s['continue-on-error'] !== undefined) step.continueOnError = s['continue-on-error'] === true;
  step.with = redactedInputs(s.with);
  const tags: string[] = [];
  if (typeof s.uses === 'string') {
    const u = splitUses(s.uses);
    step.uses = s.uses;
    step.action = u.action;
    if (u.ref) step.ref = u.ref;
    step.pinnedSha = u.pinnedSha;
    step.refKind = u.refKind;
    tags.push(...tagsForUses(s.uses), ...tagsForInputs(u.action, step.with));
  }
  if (s.run !== undefined && s.run !== null) {
    step.run = String(s.run);
    tags.push(...tagsForRun(step.run));
  }
  step.tags = [...new Set(tags)];
  return step;
}

function redactedInputs(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, x] of Object.entries(v)) out[k] = String(redactValue(k, str(x) ?? ''));
  return out;
}

/** Job-level tags: deploy when the job targets an environment or names itself after deploying. */
function classifyJob(job: Job, tags: Set<string>): void {
  const commands = job.steps.map((s) => s.run ?? '').join('\n');
  const deployish = /deploy|release|publish|rollout|promote/i.test(`${job.id} ${job.name ?? ''}`);
  // `environment: ${{ inputs.environment }}` is decided by the caller
  const env = job.environment && !job.environment.name.includes('${{') ? job.environment.name : undefined;
  // an environment alone is not a deploy (`environment: test` guards secrets too), unless something deploys or the job says so
  const envTarget = env ? deployTarget([env]) : undefined;
  const guarded = envTarget === 'production' || envTarget === 'staging';
  if (tags.has('deploy') || guarded || (job.environment && (deployish || tags.has('docker-push') || tags.has('migrations'))) || (deployish && tags.has('docker-push'))) {
    tags.add('deploy');
    const target = env ? (envTarget ?? env) : deployTarget([job.id, job.name], commands);
    if (target) {
      job.deployTarget = target;
      tags.add(`deploy:${target}`);
    }
  }
  job.tags = [...tags];
}
