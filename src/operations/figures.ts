/**
 * The review's operational targets (section 7.2) computed from what GitHub records: deployment
 * success rate from workflow runs and incident response times from labelled issues. Pure
 * functions over plain records, so the arithmetic is tested without an API.
 */

/** A workflow run as the Actions API lists it (only the fields used). */
export interface RunRecord {
  workflow: string;
  status: string | null;
  conclusion: string | null;
  createdAt: string;
}

/** An issue labelled as an incident, with the first comment by someone other than its author. */
export interface IncidentRecord {
  number: number;
  createdAt: string;
  closedAt: string | null;
  firstResponseAt: string | null;
}

export type Unmeasured = { measured: false; reason: 'no-deploy-workflow' | 'no-runs' | 'no-incidents' | 'api-error'; detail?: string };

export type DeploymentFigure =
  | ({ measured: true; rate: number; succeeded: number; completed: number; cancelled: number } & Window)
  | (Unmeasured & Partial<Window>);

export type IncidentFigure =
  | ({ measured: true; incidents: number; responded: number; open: number; medianResponseMinutes: number | null; medianResolveMinutes: number | null } & Window & { label: string })
  | (Unmeasured & Partial<Window> & { label?: string });

interface Window {
  windowDays: number;
  /** the deployment workflows or the incident label the figure is read from */
  sources: string[];
}

/** Conclusions that say nothing about whether a deployment works (nobody let it finish). */
const NOT_COUNTED = new Set(['cancelled', 'skipped', 'neutral', 'stale']);

/**
 * Success rate of completed deployment runs: success / (completed runs that ran to a verdict).
 * Cancelled and skipped runs are counted apart, not as failures: a superseded deploy is no
 * failed deploy.
 */
export function deploymentFigure(runs: readonly RunRecord[], workflows: readonly string[], windowDays: number): DeploymentFigure {
  if (workflows.length === 0) return { measured: false, reason: 'no-deploy-workflow' };
  const completed = runs.filter((r) => r.status === 'completed');
  const counted = completed.filter((r) => !NOT_COUNTED.has(r.conclusion ?? ''));
  if (counted.length === 0) return { measured: false, reason: 'no-runs', windowDays, sources: [...workflows] };
  const succeeded = counted.filter((r) => r.conclusion === 'success').length;
  return {
    measured: true,
    rate: Math.floor((succeeded / counted.length) * 1000) / 10,
    succeeded,
    completed: counted.length,
    cancelled: completed.length - counted.length,
    windowDays,
    sources: [...workflows],
  };
}

const minutes = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

/** The median to one decimal; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const m = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return Math.round(m * 10) / 10;
}

/** Median minutes from an incident being opened to its first response and to its close. */
export function incidentFigure(incidents: readonly IncidentRecord[], label: string, windowDays: number): IncidentFigure {
  if (incidents.length === 0) return { measured: false, reason: 'no-incidents', label, windowDays, sources: [label] };
  const response = incidents.filter((i) => i.firstResponseAt).map((i) => minutes(i.createdAt, i.firstResponseAt!));
  const resolve = incidents.filter((i) => i.closedAt).map((i) => minutes(i.createdAt, i.closedAt!));
  return {
    measured: true,
    label,
    incidents: incidents.length,
    responded: response.length,
    open: incidents.filter((i) => !i.closedAt).length,
    medianResponseMinutes: median(response),
    medianResolveMinutes: median(resolve),
    windowDays,
    sources: [label],
  };
}

export interface OperationalFigures {
  deployment: DeploymentFigure;
  incidents: IncidentFigure;
}

export interface TargetResult {
  metric: 'deployment-success-percent' | 'incident-response-minutes' | 'availability-percent';
  /** the stage's target */
  target: number;
  /** the measured value; null when nothing makes it measurable */
  value: number | null;
  met: boolean | null;
}

/**
 * Holds the figures to a stage's targets. A target nothing measures stays `met: null`: the
 * report says so instead of inventing a number (availability is never measurable from GitHub);
 * without figures at all (no token) every target is unjudged.
 */
export function judgeTargets(figures: OperationalFigures | undefined, targets: Partial<Record<TargetResult['metric'], number>> | undefined): TargetResult[] {
  const out: TargetResult[] = [];
  if (!targets) return out;
  const dep = targets['deployment-success-percent'];
  if (dep !== undefined) {
    const d = figures?.deployment;
    const value = d?.measured ? d.rate : null;
    out.push({ metric: 'deployment-success-percent', target: dep, value, met: value === null ? null : value >= dep });
  }
  const inc = targets['incident-response-minutes'];
  if (inc !== undefined) {
    const i = figures?.incidents;
    const value = i?.measured ? i.medianResponseMinutes : null;
    out.push({ metric: 'incident-response-minutes', target: inc, value, met: value === null ? null : value <= inc });
  }
  const av = targets['availability-percent'];
  if (av !== undefined) out.push({ metric: 'availability-percent', target: av, value: null, met: null });
  return out;
}
