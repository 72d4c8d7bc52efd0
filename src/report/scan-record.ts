import type { StageId } from '../checklist/types.js';
import type { ScoredReport } from '../score/types.js';

/**
 * One repository's result in an organisation scan: what the aggregate job needs, small enough to
 * pass between jobs as an artifact. A scan that failed is a record too, so no repository silently
 * drops out of the organisation's table.
 */
export interface ScanRecord {
  version: 1;
  repository: string;
  path: string;
  ref?: string;
  sha?: string;
  url?: string;
  score: number | null;
  verdict?: ScoredReport['verdict'];
  stageMet: StageId | null;
  requiredStage?: StageId;
  passed: boolean;
  blocking: string[];
  issueUrl?: string;
  generatedAt: string;
  /** set when the repository could not be scanned */
  error?: string;
}

export function recordOf(report: ScoredReport, o: { repository: string; path: string; ref?: string; sha: string; url: string; issueUrl?: string; at: Date }): ScanRecord {
  return {
    version: 1,
    repository: o.repository,
    path: o.path,
    ref: o.ref,
    sha: o.sha,
    url: o.url,
    score: report.score,
    verdict: report.verdict,
    stageMet: report.stage.met,
    requiredStage: report.gate.options.stage,
    passed: report.gate.passed,
    blocking: report.blocking,
    issueUrl: o.issueUrl,
    generatedAt: o.at.toISOString(),
  };
}

export function errorRecord(repository: string, path: string, message: string, at: Date): ScanRecord {
  return { version: 1, repository, path, score: null, stageMet: null, passed: false, blocking: [], generatedAt: at.toISOString(), error: message };
}

/** File name unique per repository and path, so matrix jobs never overwrite each other's artifacts. */
export function recordFileName(r: Pick<ScanRecord, 'repository' | 'path'>): string {
  return `readiness-${`${r.repository}${r.path === '.' ? '' : `-${r.path}`}`.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
}
