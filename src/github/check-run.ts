import type { GitHubClient } from './client.js';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** markdown, at most 65,535 characters */
  summary: string;
  annotations: Annotation[];
  detailsUrl?: string;
}

/** The checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Beyond this, annotations stop helping a reader; the rest are counted in the summary. */
export const MAX_ANNOTATIONS = 500;
export const MAX_OUTPUT_CHARS = 65_535;

export interface CheckRunResult {
  id: number;
  url: string;
  annotated: number;
  omitted: number;
  requests: number;
}

/** Most severe first, so that a capped list keeps what matters. */
export function prioritise(annotations: Annotation[]): Annotation[] {
  const rank = { failure: 0, warning: 1, notice: 2 } as const;
  return [...annotations].sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level]);
}

/**
 * Creates the check run on the pull request's head commit with its conclusion and summary, then
 * adds annotations in batches of 50 (the API's limit) by updating the run.
 */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const sorted = prioritise(input.annotations);
  const shown = sorted.slice(0, MAX_ANNOTATIONS);
  const omitted = sorted.length - shown.length;
  const summary = clip(omitted > 0 ? `${input.summary}\n\n${omitted} more annotations are not shown; the full list is in the job summary.` : input.summary);
  const batches: Annotation[][] = [];
  for (let i = 0; i < shown.length; i += ANNOTATIONS_PER_REQUEST) batches.push(shown.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: Annotation[]) => ({ title: input.title, summary, annotations });
  const { data } = await client.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    details_url: input.detailsUrl,
    output: output(batches[0] ?? []),
  });
  let requests = 1;
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: data.id, output: output(batch) });
    requests++;
  }
  return { id: data.id, url: data.html_url ?? '', annotated: shown.length, omitted, requests };
}

function clip(text: string): string {
  if (text.length <= MAX_OUTPUT_CHARS) return text;
  const note = '\n\n…truncated: the full report is in the job summary.';
  return text.slice(0, MAX_OUTPUT_CHARS - note.length) + note;
}
