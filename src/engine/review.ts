import type { RepoSource } from '../source/types.js';
import type { Checklist } from '../checklist/types.js';
import type { InventoryOptions } from '../inventory/context.js';
import type { Finding } from '../checks/types.js';
import type { ReviewView } from '../checks/view.js';
import type { GateOptions, ScoredReport, ScoreOptions } from '../score/types.js';
import { loadBuiltinChecklist } from '../checklist/load.js';
import { judgeAll } from '../checks/judge.js';
import { matchClaims, type Claim } from '../checks/claims.js';
import { score } from '../score/index.js';
import { buildInventory, type Inventory } from './inventory.js';

export interface ReviewOptions {
  checklist?: Checklist;
  gate: GateOptions;
  inventory?: Partial<InventoryOptions>;
}

export interface Review {
  inventory: Inventory;
  findings: Finding[];
  report: ScoredReport;
  /** markdown checklist boxes in the repository matched to items */
  claims: Claim[];
}

/** A repository read and judged, not yet scored: configuration can still change findings in between. */
export interface Judged {
  inventory: Inventory;
  findings: Finding[];
  view: ReviewView;
}

export async function judgeRepository(source: RepoSource, checklist: Checklist, inventory?: Partial<InventoryOptions>): Promise<Judged> {
  const inv = await buildInventory(source, inventory);
  const { findings, view } = judgeAll(inv, checklist);
  return { inventory: inv, findings, view };
}

/** Scores judged findings; `options` carries the gate and, from configuration, attestations and waivers. */
export function scoreReview(checklist: Checklist, judged: Judged, options: Omit<ScoreOptions, 'nothingToJudge'>): Review {
  const { inventory, findings, view } = judged;
  const report = score(checklist, findings, { ...options, nothingToJudge: !view.hasDeployment });
  const claims = matchClaims(checklist, inventory.documents.documents, findings);
  return { inventory, findings, report, claims };
}

/** The whole engine: repository -> inventory -> findings -> scored review. The Action and the CLI both call this. */
export async function runReview(source: RepoSource, opts: ReviewOptions): Promise<Review> {
  const checklist = opts.checklist ?? loadBuiltinChecklist();
  return scoreReview(checklist, await judgeRepository(source, checklist, opts.inventory), { gate: opts.gate });
}
