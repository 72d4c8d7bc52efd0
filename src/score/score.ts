import type { Finding, Risk } from '../checks/types.js';
import type { Checklist, ChecklistItem } from '../checklist/types.js';
import { effectiveStatus } from './attest.js';
import { DEFAULT_GATE, decideGate } from './gate.js';
import { POINTS, tally } from './points.js';
import { blockingIds, collectRisks, isBlocking } from './risks.js';
import { evaluateStages, type Scope } from './stages.js';
import type { ScoredGroup, ScoredItem, ScoredReport, ScoredSection, ScoreOptions } from './types.js';

const NO_FINDING = 'no check judged this item';

function scoreItem(item: ChecklistItem, finding: Finding | undefined, opts: ScoreOptions, blockOn: readonly Risk[]): ScoredItem {
  const judged: Finding = finding ?? { id: item.id, status: 'unverified', summary: NO_FINDING, evidence: [] };
  const eff = effectiveStatus(item, judged, opts.attestations?.[item.id], opts.waivers?.[item.id]);
  const scored: ScoredItem = {
    id: item.id,
    section: item.section,
    ko: item.ko,
    en: item.en,
    risk: item.risk,
    weight: item.weight,
    stage: item.stage,
    groups: item.groups,
    status: eff.status,
    judged: judged.status,
    attested: eff.attested,
    waived: !!eff.waiver,
    missing: !finding,
    // a waived item leaves the score: excused, neither met nor held against the repository
    points: eff.waiver ? null : POINTS[eff.status],
    blocking: false,
    summary: judged.summary,
    evidence: eff.evidence,
  };
  if (eff.attestation) scored.attestation = eff.attestation;
  if (eff.waiver) scored.waiver = eff.waiver;
  // a check may say the failure stops the deployment itself, whatever the item's grade; a waiver excuses both
  scored.blocking = !eff.waiver && (isBlocking(scored, blockOn) || (eff.status === 'fail' && judged.blocks === true));
  const hasRemedy = eff.status !== 'pass' && eff.status !== 'not-applicable';
  if (judged.remedy && hasRemedy) scored.remedy = judged.remedy;
  if (judged.ko) scored.summaryKo = judged.ko.summary;
  if (judged.ko?.remedy && hasRemedy) scored.remedyKo = judged.ko.remedy;
  return scored;
}

/**
 * From checklist and findings to the scored review. Pure: the same input gives the same report.
 * Items without a finding count as unverified; findings for unknown ids are listed, not scored.
 */
export function score(checklist: Checklist, findings: readonly Finding[], opts: ScoreOptions): ScoredReport {
  const blockOn = opts.blockOn ?? ['high'];
  const byId = new Map<string, Finding>();
  const unknownFindings: string[] = [];
  for (const f of findings) {
    if (checklist.items.has(f.id)) byId.set(f.id, f);
    else unknownFindings.push(f.id);
  }

  const items = [...checklist.items.values()].map((it) => scoreItem(it, byId.get(it.id), opts, blockOn));
  const itemById = new Map(items.map((it) => [it.id, it]));
  const overall = tally(items);
  const verdict = opts.nothingToJudge || overall.possible === 0 ? 'nothing-to-judge' : 'scored';

  const sections: ScoredSection[] = checklist.sections.map((s) => {
    const its = s.items.map((i) => itemById.get(i.id)!);
    const out: ScoredSection = { id: s.id, ko: s.ko, en: s.en, ...tally(its), items: its.map((i) => i.id) };
    if (s.ref) out.ref = s.ref;
    return out;
  });
  const groupItems = new Map<string, ScoredItem[]>(Object.keys(checklist.groups).map((g) => [g, []]));
  for (const it of items) for (const g of it.groups) groupItems.get(g)?.push(it);
  const groups: ScoredGroup[] = Object.entries(checklist.groups).map(([id, label]) => {
    const its = groupItems.get(id)!;
    return { id, ko: label.ko, en: label.en, ...tally(its), items: its.map((i) => i.id) };
  });

  const resolve = (scope: string): Scope => {
    if (scope === 'overall') return { kind: 'overall', ko: '전체', en: 'overall', tally: overall, items };
    const g = groups.find((x) => x.id === scope);
    if (g) return { kind: 'group', ko: g.ko, en: g.en, tally: g, items: groupItems.get(scope)! };
    const s = sections.find((x) => x.id === scope);
    if (s) return { kind: 'section', ko: s.ko, en: s.en, tally: s, items: s.items.map((i) => itemById.get(i)!) };
    // the loader rejects unknown scopes; an empty scope keeps this total for hand-built checklists
    return { kind: 'group', ko: scope, en: scope, tally: tally([]), items: [] };
  };
  const stage = evaluateStages(checklist.stages, resolve, verdict === 'scored');

  // nothing to judge: no risks either, so every part of the report tells the same story
  if (verdict !== 'scored') for (const it of items) it.blocking = false;
  const risks = verdict === 'scored' ? collectRisks(items) : { high: [], medium: [], low: [] };
  const blocking = blockingIds(risks);
  const base = { verdict, score: verdict === 'scored' ? overall.score : null, blocking, stage } as const;
  return {
    checklist: checklist.id,
    ...base,
    overall,
    sections,
    groups,
    items,
    risks,
    gate: decideGate(base, opts.gate ?? DEFAULT_GATE),
    unknownFindings,
    policy: opts.policy ?? [],
  };
}
