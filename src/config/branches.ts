import { globToRegExp } from '../inventory/monitoring/glob.js';
import type { GateOptions } from '../score/types.js';
import type { BranchRule, GateRules } from './types.js';

/** The rule for a branch: the first written pattern that matches it (`release/*`, `main`). */
export function branchRule(rules: GateRules, branch: string | undefined): BranchRule | undefined {
  if (!branch) return undefined;
  const name = branch.replace(/^refs\/heads\//, '');
  return rules.branches.find((r) => globToRegExp(r.pattern).test(name));
}

/**
 * The gate for a branch: the configuration's bar, then the branch's, then what the caller
 * overrides (explicit Action inputs or CLI flags win over the file).
 */
export function gateFor(rules: GateRules, branch: string | undefined, overrides: Partial<GateOptions> = {}): GateOptions {
  const rule = branchRule(rules, branch);
  const gate: GateOptions = { ...rules.base };
  if (rule?.stage) gate.stage = rule.stage;
  if (rule?.minScore !== undefined) gate.minScore = rule.minScore;
  if (rule?.failOn) gate.failOn = rule.failOn;
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) (gate as unknown as Record<string, unknown>)[k] = v;
  return gate;
}
