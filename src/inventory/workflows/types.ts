/** The workflows inventory's records: GitHub Actions workflows, dependency update bots, CodeQL. */
import type { Loc } from '../diagnostics.js';

/** `permissions:` as written: a shorthand (`write-all`, `read-all`, `{}`) or per-scope levels. */
export interface Permissions extends Loc {
  kind: 'write-all' | 'read-all' | 'none' | 'map' | 'other';
  scopes: Record<string, string>;
}

export interface Trigger extends Loc {
  /** push, pull_request, schedule, workflow_dispatch, workflow_run, release, workflow_call ... */
  event: string;
  branches?: string[];
  branchesIgnore?: string[];
  tags?: string[];
  paths?: string[];
  pathsIgnore?: string[];
  /** activity types (`types: [published]`) */
  types?: string[];
  /** schedule: the cron expressions */
  cron?: string[];
  /** workflow_run: the workflows it follows */
  workflows?: string[];
  /** workflow_dispatch / workflow_call: input names */
  inputs?: string[];
}

export interface Concurrency extends Loc {
  group?: string;
  cancelInProgress?: boolean | string;
}

/** A job calling a reusable workflow (`uses: ./.github/workflows/x.yml` or `owner/repo/.github/workflows/x.yml@ref`). */
export interface ReusableCall extends Loc {
  job: string;
  target: string;
  local: boolean;
  /** local calls: the repository path of the called workflow */
  path?: string;
  /** local calls: whether that file is in the repository */
  exists?: boolean;
  ref?: string;
  pinnedSha?: boolean;
  /** inputs passed to the called workflow (secret-looking names redacted) */
  with: Record<string, string>;
  /** `secrets: inherit` hands every secret of the caller to the called workflow */
  secretsInherit: boolean;
}

export interface Step extends Loc {
  id?: string;
  name?: string;
  uses?: string;
  /** `uses` without the ref: `actions/checkout`, `./.github/actions/x`, `docker://alpine` */
  action?: string;
  /** the ref after @ */
  ref?: string;
  /** the ref is a full commit SHA (immutable) */
  pinnedSha?: boolean;
  refKind?: 'sha' | 'version' | 'branch' | 'local' | 'docker' | 'none';
  run?: string;
  shell?: string;
  /** inputs: values kept for non-secret names, `***` for secret-looking ones */
  with: Record<string, string>;
  if?: string;
  env: string[];
  continueOnError?: boolean;
  tags: string[];
}

export interface Job extends Loc {
  id: string;
  name?: string;
  runsOn?: string | string[];
  needs: string[];
  if?: string;
  environment?: { name: string; url?: string; line: number };
  permissions?: Permissions;
  concurrency?: Concurrency;
  /** strategy.matrix: key -> values as written (expressions kept as text) */
  matrix?: { keys: string[]; values: Record<string, string[]>; line: number };
  /** service containers (`services: {postgres: {image: postgres:16}}`) */
  services: string[];
  serviceImages: { name: string; image?: string; line: number }[];
  timeoutMinutes?: number | string;
  env: string[];
  /** a reusable workflow this job calls */
  uses?: string;
  call?: ReusableCall;
  steps: Step[];
  /** union of the steps' tags plus job-level ones (deploy, deploy:<target>) */
  tags: string[];
  /** where a deploy job deploys, guessed from its environment, id, name or commands */
  deployTarget?: string;
}

export interface Workflow extends Loc {
  name?: string;
  triggers: Trigger[];
  permissions?: Permissions;
  concurrency?: Concurrency;
  env: string[];
  jobs: Job[];
  /** can be called by other workflows (`on: workflow_call`) */
  reusable: boolean;
}

export interface DependabotUpdate extends Loc {
  ecosystem: string;
  directory: string;
  directories: string[];
  schedule?: string;
  scheduleLine?: number;
  targetBranch?: string;
}

export interface DependabotConfig extends Loc {
  updates: DependabotUpdate[];
}

export interface RenovateConfig extends Loc {
  extends: string[];
  /** `enabledManagers` when stated: Renovate then updates only these */
  enabledManagers?: string[];
  /** `enabled: false` switches Renovate off */
  enabled: boolean;
  /** the file could not be read as JSON/JSON5 (Renovate is still set up, settings unknown) */
  unreadable?: boolean;
}

export interface CodeqlConfig extends Loc {
  name?: string;
  queries: string[];
  paths: string[];
  pathsIgnore: string[];
}

export interface EcosystemUse {
  /** Dependabot's ecosystem names: pip, npm, docker, github-actions, gomod, maven ... */
  ecosystem: string;
  /** `/`-rooted directories, as Dependabot's `directory` writes them */
  dirs: string[];
  /** the first manifest found */
  file: string;
  line?: number;
}

export interface WorkflowInventory {
  workflows: Workflow[];
  /** every reusable workflow call, local or remote */
  reusableCalls: ReusableCall[];
  dependabot?: DependabotConfig;
  renovate?: RenovateConfig;
  codeql: CodeqlConfig[];
  ecosystems: EcosystemUse[];
}
