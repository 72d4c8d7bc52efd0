import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import type { FileEntry } from '../../source/types.js';
import { yamlLine } from '../../yaml/load.js';
import { isMap } from '../compose/merge.js';
import { tagsForRun, tagsForUses } from './classify.js';

export interface Step {
  file: string;
  line: number;
  name?: string;
  uses?: string;
  /** the ref after @, and whether it is a full commit SHA */
  ref?: string;
  pinnedSha?: boolean;
  run?: string;
  with: Record<string, string>;
  tags: string[];
}

export interface Job {
  id: string;
  name?: string;
  file: string;
  line: number;
  environment?: { name: string; line: number };
  needs: string[];
  if?: string;
  permissions?: unknown;
  services: string[];
  /** a reusable workflow this job calls */
  uses?: string;
  steps: Step[];
  tags: string[];
}

export interface Workflow {
  file: string;
  name?: string;
  triggers: { event: string; line: number; branches?: string[]; cron?: string[] }[];
  permissions?: unknown;
  jobs: Job[];
}

export interface WorkflowInventory {
  workflows: Workflow[];
  dependabot?: { file: string; updates: { ecosystem: string; directory: string; schedule?: string; line: number }[] };
  renovate?: { file: string; line: number; extends: string[] };
  codeql: { file: string }[];
  /** package ecosystems the repository uses, with where */
  ecosystems: { ecosystem: string; dirs: string[] }[];
}

const isWorkflow = (f: FileEntry) => f.dir === '.github/workflows' && (f.ext === '.yml' || f.ext === '.yaml');
const RENOVATE = new Set(['renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json', '.renovaterc.json5']);

/** Files that tell which package ecosystems are in use (Dependabot's names). */
const ECOSYSTEM_FILES: [RegExp, string][] = [
  [/^(requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.py|setup\.cfg|poetry\.lock|uv\.lock)$/, 'pip'],
  [/^package\.json$/, 'npm'],
  [/^(Dockerfile|Containerfile)$|^Dockerfile\.|\.dockerfile$/i, 'docker'],
  [/^(docker-compose|compose)[\w.-]*\.ya?ml$/, 'docker-compose'],
  [/^go\.mod$/, 'gomod'],
  [/^pom\.xml$/, 'maven'],
  [/^build\.gradle(\.kts)?$/, 'gradle'],
  [/^Cargo\.toml$/, 'cargo'],
  [/^composer\.json$/, 'composer'],
  [/^Gemfile$/, 'bundler'],
  [/\.(csproj|fsproj)$/, 'nuget'],
  [/\.tf$/, 'terraform'],
];

function str(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : String(v);
}

function triggers(on: unknown, doc: Record<string, unknown>): Workflow['triggers'] {
  const line = yamlLine(doc, 'on');
  if (typeof on === 'string') return [{ event: on, line }];
  if (Array.isArray(on)) return on.map((e, i) => ({ event: String(e), line: yamlLine(on, i) }));
  if (!isMap(on)) return [];
  return Object.entries(on).map(([event, cfg]) => {
    const t: Workflow['triggers'][number] = { event, line: yamlLine(on, event) };
    if (isMap(cfg) && Array.isArray(cfg.branches)) t.branches = cfg.branches.map(String);
    if (event === 'schedule' && Array.isArray(cfg)) t.cron = cfg.map((c) => (isMap(c) ? String(c.cron) : '')).filter(Boolean);
    return t;
  });
}

function parseWorkflow(ctx: ScanContext, file: string): Workflow | undefined {
  const doc = ctx.yaml(file)?.documents[0]?.value;
  if (!isMap(doc)) return undefined;
  // YAML 1.1 readers turn `on` into true; ours is YAML 1.2, but accept both spellings
  const on = 'on' in doc ? doc.on : (doc as Record<string, unknown>)['true'];
  const wf: Workflow = { file, name: str(doc.name), triggers: triggers(on, doc), permissions: doc.permissions, jobs: [] };
  const jobs = isMap(doc.jobs) ? doc.jobs : {};
  for (const [id, j] of Object.entries(jobs)) {
    if (!isMap(j)) continue;
    const env = j.environment;
    const envName = typeof env === 'string' ? env : isMap(env) ? str(env.name) : undefined;
    const job: Job = {
      id,
      name: str(j.name),
      file,
      line: yamlLine(jobs, id),
      environment: envName ? { name: envName, line: yamlLine(j, 'environment') } : undefined,
      needs: Array.isArray(j.needs) ? j.needs.map(String) : j.needs ? [String(j.needs)] : [],
      if: str(j.if),
      permissions: j.permissions,
      services: isMap(j.services) ? Object.keys(j.services) : [],
      uses: str(j.uses),
      steps: [],
      tags: [],
    };
    const steps = Array.isArray(j.steps) ? j.steps : [];
    steps.forEach((s, i) => {
      if (!isMap(s)) return;
      const uses = str(s.uses);
      const run = str(s.run);
      const ref = uses?.includes('@') ? uses.slice(uses.indexOf('@') + 1) : undefined;
      const withMap = isMap(s.with) ? Object.fromEntries(Object.entries(s.with).map(([k, v]) => [k, /token|password|secret|key/i.test(k) ? '***' : String(v)])) : {};
      const tags = [...(uses ? tagsForUses(uses) : []), ...(run ? tagsForRun(run) : [])];
      if (uses?.startsWith('docker/build-push-action') && /true/.test(withMap.push ?? '')) tags.push('docker-push');
      job.steps.push({ file, line: yamlLine(steps, i), name: str(s.name), uses, ref, pinnedSha: ref ? /^[0-9a-f]{40}$/.test(ref) : undefined, run, with: withMap, tags });
    });
    const jobTags = new Set(job.steps.flatMap((s) => s.tags));
    if (envName || /deploy|release|publish/i.test(id)) {
      if (job.steps.some((s) => s.tags.includes('deploy')) || envName) jobTags.add('deploy');
    }
    job.tags = [...jobTags];
    wf.jobs.push(job);
  }
  return wf;
}

export const workflowsCollector: Collector<'workflows', WorkflowInventory> = {
  key: 'workflows',
  wants: (f) => isWorkflow(f) || (f.dir === '.github' && /^dependabot\.ya?ml$/.test(f.name)) || RENOVATE.has(f.name) || (f.dir.startsWith('.github/codeql') && f.ext.startsWith('.y')),
  collect(ctx) {
    const inv: WorkflowInventory = { workflows: [], codeql: [], ecosystems: [] };
    const eco = new Map<string, Set<string>>();
    for (const f of ctx.files) {
      if (isWorkflow(f)) {
        const wf = parseWorkflow(ctx, f.path);
        if (wf) inv.workflows.push(wf);
        addEco(eco, 'github-actions', '/');
      } else if (f.dir === '.github' && /^dependabot\.ya?ml$/.test(f.name)) {
        const doc = ctx.yaml(f.path)?.documents[0]?.value;
        const updates = isMap(doc) && Array.isArray(doc.updates) ? doc.updates : [];
        inv.dependabot = {
          file: f.path,
          updates: updates.filter(isMap).map((u, i) => ({ ecosystem: String(u['package-ecosystem'] ?? ''), directory: String(u.directory ?? (Array.isArray(u.directories) ? u.directories[0] : '/')), schedule: isMap(u.schedule) ? str(u.schedule.interval) : undefined, line: yamlLine(updates, i) })),
        };
      } else if (RENOVATE.has(f.name)) {
        const text = ctx.text(f.path) ?? '';
        let ext: string[] = [];
        try {
          // json5 comments and trailing commas, best effort
          const json = text
            .replace(/^\s*\/\/.*$/gm, '')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/'([^'\n]*)'/g, '"$1"')
            .replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":')
            .replace(/,(\s*[}\]])/g, '$1');
          const v = JSON.parse(json) as { extends?: string[] };
          ext = v.extends ?? [];
        } catch {
          /* unreadable renovate config still means renovate is set up */
        }
        inv.renovate = { file: f.path, line: 1, extends: ext };
      } else if (f.dir.startsWith('.github/codeql')) inv.codeql.push({ file: f.path });
      for (const [re, name] of ECOSYSTEM_FILES) if (re.test(f.name) && !/(^|\/)(node_modules|vendor|__tests__|tests?|fixtures?)\//.test(f.path)) addEco(eco, name, '/' + f.dir);
    }
    inv.ecosystems = [...eco].map(([ecosystem, dirs]) => ({ ecosystem, dirs: [...dirs].sort() }));
    return inv;
  },
  describe(inv) {
    const out: string[] = [];
    for (const w of inv.workflows) {
      const jobs = w.jobs.map((j) => `${j.id}${j.environment ? `→${j.environment.name}` : ''}${j.tags.length ? `(${j.tags.join(',')})` : ''}`).join(', ');
      out.push(`${w.file}:1 ${w.name ?? ''} — on ${w.triggers.map((t) => t.event).join(', ')}; jobs: ${jobs}`);
    }
    if (inv.dependabot) out.push(`${inv.dependabot.file}:1 dependabot: ${inv.dependabot.updates.map((u) => `${u.ecosystem} ${u.directory}`).join(', ')}`);
    if (inv.renovate) out.push(`${inv.renovate.file}:1 renovate${inv.renovate.extends.length ? ` extends ${inv.renovate.extends.join(', ')}` : ''}`);
    out.push(`ecosystems in use: ${inv.ecosystems.map((e) => `${e.ecosystem} (${e.dirs.length} dir${e.dirs.length === 1 ? '' : 's'})`).join(', ') || 'none'}`);
    return out;
  },
};

function addEco(eco: Map<string, Set<string>>, name: string, dir: string): void {
  const set = eco.get(name) ?? new Set<string>();
  set.add(dir === '/' ? '/' : dir.replace(/\/$/, ''));
  eco.set(name, set);
}
