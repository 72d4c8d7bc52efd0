import type { Status } from '../../checks/types.js';
import type { StageId } from '../../checklist/types.js';
import type { ScoredReport } from '../../score/types.js';

/** One earlier report, as kept in the issue body. */
export interface HistoryEntry {
  /** date of the run, YYYY-MM-DD */
  at: string;
  /** scanned commit, abbreviated */
  sha: string;
  score: number | null;
  stage: StageId | null;
  blocking: number;
}

/** The history block: scores of earlier runs and the item statuses of the latest one (for "since last report"). */
export interface History {
  entries: HistoryEntry[];
  statuses: Record<string, Status>;
}

/** Runs kept: a year of weekly reports, a few kilobytes of the 65,536 a body may hold. */
export const MAX_HISTORY = 52;

const TAG = 'readiness-gate:history';
const LETTER: Record<Status, string> = { pass: 'p', partial: 'h', fail: 'f', unverified: 'u', 'not-applicable': 'n' };
const FROM_LETTER = Object.fromEntries(Object.entries(LETTER).map(([k, v]) => [v, k as Status]));

/**
 * The history lives in the issue itself, in an HTML comment GitHub does not render. The data is
 * base64 JSON so that nothing in it can end the comment early, whatever the ids contain.
 */
export function writeHistory(h: History): string {
  const items = Object.entries(h.statuses).map(([id, s]) => `${id}:${LETTER[s]}`).join(',');
  const data = Buffer.from(JSON.stringify({ v: 1, entries: h.entries, items }), 'utf8').toString('base64');
  return `<!-- ${TAG} ${data} -->`;
}

/** Reads the block back; a body without one (or a damaged one) starts a new history. */
export function readHistory(body: string | null | undefined): History {
  const m = new RegExp(`<!-- ${TAG} ([A-Za-z0-9+/=]+) -->`).exec(body ?? '');
  if (!m) return { entries: [], statuses: {} };
  try {
    const raw = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) as { v?: number; entries?: unknown; items?: unknown };
    const entries = Array.isArray(raw.entries) ? raw.entries.filter(isEntry) : [];
    const statuses: Record<string, Status> = {};
    for (const pair of typeof raw.items === 'string' && raw.items ? raw.items.split(',') : []) {
      const i = pair.lastIndexOf(':');
      const s = FROM_LETTER[pair.slice(i + 1)];
      if (i > 0 && s) statuses[pair.slice(0, i)] = s;
    }
    return { entries: entries.slice(-MAX_HISTORY), statuses };
  } catch {
    return { entries: [], statuses: {} };
  }
}

function isEntry(e: unknown): e is HistoryEntry {
  const x = e as HistoryEntry;
  return !!x && typeof x.at === 'string' && typeof x.sha === 'string' && (x.score === null || typeof x.score === 'number') && typeof x.blocking === 'number';
}

/**
 * Adds this run. A second run on the same day and commit replaces the first (a re-run is not a
 * new data point); the oldest entries go beyond MAX_HISTORY.
 */
export function extendHistory(prev: History, report: ScoredReport, run: { at: Date; sha: string }): History {
  const entry: HistoryEntry = { at: run.at.toISOString().slice(0, 10), sha: run.sha.slice(0, 7), score: report.score, stage: report.stage.met, blocking: report.blocking.length };
  const entries = prev.entries.slice();
  const last = entries[entries.length - 1];
  if (last && last.at === entry.at && last.sha === entry.sha) entries.pop();
  entries.push(entry);
  return { entries: entries.slice(-MAX_HISTORY), statuses: Object.fromEntries(report.items.map((it) => [it.id, it.status])) };
}

// how far an item has come: a move up is a fix, a move down a regression
const RANK: Record<Status, number> = { fail: 0, unverified: 1, partial: 2, pass: 3, 'not-applicable': -1 };

export interface Change {
  id: string;
  from: Status;
  to: Status;
}

/** Items fixed and regressed since the previous report (items new to the checklist are neither). */
export function changesSince(previous: Record<string, Status>, report: ScoredReport): { fixed: Change[]; regressed: Change[] } {
  const fixed: Change[] = [];
  const regressed: Change[] = [];
  for (const it of report.items) {
    const from = previous[it.id];
    if (!from || from === it.status || RANK[from] < 0 || RANK[it.status] < 0) continue;
    (RANK[it.status] > RANK[from] ? fixed : regressed).push({ id: it.id, from, to: it.status });
  }
  return { fixed, regressed };
}
