import type { RepoSource } from '../source/types.js';
import type { Checklist } from '../checklist/types.js';
import type { InventoryOptions } from '../inventory/context.js';
import type { Finding } from '../checks/types.js';
import type { GateOptions, ScoredReport } from '../score/types.js';
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

/** The whole engine: repository -> inventory -> findings -> scored review. The Action and the CLI both call this. */
export async function runReview(source: RepoSource, opts: ReviewOptions): Promise<Review> {
  const checklist = opts.checklist ?? loadBuiltinChecklist();
  const inventory = await buildInventory(source, opts.inventory);
  const { findings, view } = judgeAll(inventory, checklist);
  const report = score(checklist, findings, { nothingToJudge: !view.hasDeployment, gate: opts.gate });
  const claims = matchClaims(checklist, inventory.documents.documents, findings);
  return { inventory, findings, report, claims };
}
