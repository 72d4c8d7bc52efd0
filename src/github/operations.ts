import type { Workflow } from '../inventory/workflows/types.js';
import { deploymentFigure, incidentFigure, type DeploymentFigure, type IncidentFigure, type IncidentRecord, type OperationalFigures, type RunRecord } from '../operations/figures.js';
import type { GitHubClient } from './client.js';

export interface OperationsOptions {
  owner: string;
  repo: string;
  /** workflow files (or names) whose runs are deployments; found from the inventory when empty */
  deployWorkflows: string[];
  incidentLabel: string;
  windowDays: number;
  now: Date;
}

/** Most incidents read per report: each costs one comments request. */
const MAX_INCIDENTS = 100;
/** Most workflow runs read per deployment workflow. */
const MAX_RUNS = 1000;

/** Workflow files with a deploy job (tagged by the inventory), production targets first. */
export function deployWorkflowsOf(workflows: readonly Workflow[]): string[] {
  const deploying = workflows.filter((w) => w.jobs.some((j) => j.tags.includes('deploy')));
  const prod = deploying.filter((w) => w.jobs.some((j) => /prod/i.test(j.deployTarget ?? '')));
  return (prod.length ? prod : deploying).map((w) => w.file);
}

const since = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/** Reads the deployment runs and incident issues of the window and computes the figures; API failures become "not measured". */
export async function measureOperations(client: GitHubClient, o: OperationsOptions): Promise<OperationalFigures> {
  const [deployment, incidents] = await Promise.all([deployments(client, o), incidentTimes(client, o)]);
  return { deployment, incidents };
}

async function deployments(client: GitHubClient, o: OperationsOptions): Promise<DeploymentFigure> {
  if (o.deployWorkflows.length === 0) return deploymentFigure([], [], o.windowDays);
  const from = since(o.now, o.windowDays).toISOString().slice(0, 10);
  const runs: RunRecord[] = [];
  try {
    for (const wf of o.deployWorkflows) {
      const id = wf.split('/').pop()!;
      let n = 0;
      for await (const page of client.paginate.iterator(client.rest.actions.listWorkflowRuns, { owner: o.owner, repo: o.repo, workflow_id: id, created: `>=${from}`, per_page: 100 })) {
        for (const r of page.data) runs.push({ workflow: wf, status: r.status, conclusion: r.conclusion, createdAt: r.created_at });
        n += page.data.length;
        if (n >= MAX_RUNS) break;
      }
    }
  } catch (err) {
    return { measured: false, reason: 'api-error', detail: (err as Error).message, windowDays: o.windowDays, sources: o.deployWorkflows };
  }
  return deploymentFigure(runs, o.deployWorkflows, o.windowDays);
}

async function incidentTimes(client: GitHubClient, o: OperationsOptions): Promise<IncidentFigure> {
  const start = since(o.now, o.windowDays).toISOString();
  try {
    const listed = await client.paginate(client.rest.issues.listForRepo, { owner: o.owner, repo: o.repo, labels: o.incidentLabel, state: 'all', since: start, per_page: 100 });
    // `since` filters by last update: keep the incidents opened in the window, and never pull requests
    const issues = listed.filter((i) => !i.pull_request && i.created_at >= start).slice(0, MAX_INCIDENTS);
    const records: IncidentRecord[] = [];
    for (const i of issues) {
      const comments = await client.paginate(client.rest.issues.listComments, { owner: o.owner, repo: o.repo, issue_number: i.number, per_page: 100 });
      // a response is a person other than the reporter answering; bots announcing the issue are not one
      const first = comments.find((c) => c.user && c.user.login !== i.user?.login && c.user.type !== 'Bot');
      records.push({ number: i.number, createdAt: i.created_at, closedAt: i.closed_at ?? null, firstResponseAt: first?.created_at ?? null });
    }
    return incidentFigure(records, o.incidentLabel, o.windowDays);
  } catch (err) {
    return { measured: false, reason: 'api-error', detail: (err as Error).message, label: o.incidentLabel, windowDays: o.windowDays, sources: [o.incidentLabel] };
  }
}
