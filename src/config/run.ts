/** The configured review: every app of the configuration judged, excused, attested and scored. */
import { at, notApplicable, t, unverified } from '../checks/check.js';
import type { Finding } from '../checks/types.js';
import type { ConfigError } from '../checklist/types.js';
import { judgeRepository, scoreReview, type Review } from '../engine/review.js';
import { wantedPaths } from '../engine/inventory.js';
import { DEFAULT_OPTIONS, ScanContext, type InventoryOptions } from '../inventory/context.js';
import type { FileEntry, RepoSource } from '../source/types.js';
import type { GateOptions, PolicyNote } from '../score/types.js';
import { activeAttestations } from './attestations.js';
import { gateFor } from './branches.js';
import { judgeCustomCheck } from './custom/evaluate.js';
import { selectedFiles } from './custom/targets.js';
import { scanInlineWaivers } from './inline-waivers.js';
import { joinPath } from './paths.js';
import { SubtreeSource } from '../source/subtree-source.js';
import type { AppConfig, ReadinessConfig, WaiverEntry } from './types.js';
import { applyWaivers, attestationNotes, forbiddenNotes, waiverNotes } from './waivers.js';

export interface ConfiguredReviewOptions {
  /** the branch the run is for (`release/1.2` or `refs/heads/release/1.2`): picks `branches` rules */
  branch?: string;
  /** today, for expiry; injectable for tests (default: the clock) */
  now?: Date;
  /** explicit Action inputs or CLI flags; they win over the configuration file */
  gateOverrides?: Partial<GateOptions>;
  inventory?: Partial<InventoryOptions>;
}

export interface AppReview {
  name: string;
  /** the app's folder in the repository ('' for the root); evidence paths in `review` are relative to it */
  path: string;
  /** the built-in checklist it extends */
  preset: string;
  /** the bar this branch must meet, as applied */
  gate: GateOptions;
  review: Review;
}

export interface ConfiguredReview {
  /** one per app, in the configuration's order; a repository without `apps` has one, `default` at '' */
  apps: AppReview[];
  /** waivers that need attention, over the whole repository (each app's report lists its own) */
  waivers: { expired: PolicyNote[]; expiring: PolicyNote[]; unused: PolicyNote[]; forbidden: PolicyNote[] };
  attestations: { expired: PolicyNote[]; expiring: PolicyNote[] };
  /** invalid inline waivers (unknown item, missing field, bad date), each at its file:line:column */
  errors: ConfigError[];
  /** every app's gate passed and no inline waiver was invalid */
  passed: boolean;
}

/** Inline waivers are looked for in the files the review reads, but not in prose (documentation quotes the syntax). */
const PROSE = new Set(['.md', '.markdown', '.rst', '.txt', '.adoc']);

interface Prepared {
  app: AppConfig;
  gate: GateOptions;
  judged: Awaited<ReturnType<typeof judgeRepository>>;
  inline: WaiverEntry[];
}

/**
 * Contract (for the Action and the CLI): reviews `source` as `config` says, one review per app.
 * - Each app's `review` is the same Review that src/engine/review.ts returns, its report scored
 *   with the app's checklist (preset, item rules, custom checks), attestations and waivers in force
 *   on `now`, and the gate for `branch` (configuration, then branch rule, then `gateOverrides`).
 * - Waivers are decided across the whole repository: a top-level waiver that excuses nothing in any
 *   app is `unused`. Every report lists its app's waivers and attestations that need attention.
 * - It does not throw on configuration problems: a configuration is validated by loadConfig before;
 *   invalid inline waivers found while scanning come back in `errors` (fail the step on them).
 */
export async function runConfiguredReview(source: RepoSource, config: ReadinessConfig, opts: ConfiguredReviewOptions = {}): Promise<ConfiguredReview> {
  const now = opts.now ?? new Date();
  const errors: ConfigError[] = [];
  const prepared: Prepared[] = [];
  for (const app of config.apps) {
    const src = app.path ? new SubtreeSource(source, app.path) : source;
    const judged = await judgeRepository(src, app.checklist, opts.inventory);
    const ctx = await contextFor(src, judged.inventory.files.list, app, opts.inventory);
    judged.findings = applyConfiguredFindings(judged.findings, app, { files: judged.inventory.files.list, ctx, inventory: judged.inventory });
    const scan = scanApp(ctx, judged.inventory.files.list, app);
    errors.push(...scan.errors);
    prepared.push({ app, gate: gateFor(app.gate, opts.branch, opts.gateOverrides), judged, inline: scan.waivers });
  }

  const used = new Set<WaiverEntry>();
  const applied = prepared.map((p) => applyWaivers(p.judged.findings, config.inlineWaivers ? [...p.app.waivers, ...p.inline] : p.app.waivers, p.app.path, now, used));
  const apps: AppReview[] = prepared.map((p, i) => {
    const policy = [
      ...waiverNotes(config.inlineWaivers ? [...p.app.waivers, ...p.inline] : p.app.waivers, used, now),
      ...(config.inlineWaivers ? [] : forbiddenNotes(p.inline, now)),
      ...attestationNotes(p.app.attestations, now),
    ];
    const review = scoreReview(p.app.checklist, p.judged, { gate: p.gate, attestations: activeAttestations(p.app.attestations, now), waivers: applied[i], policy });
    return { name: p.app.name, path: p.app.path, preset: p.app.preset, gate: p.gate, review };
  });

  const allWaivers = [...new Set(prepared.flatMap((p) => p.app.waivers)), ...(config.inlineWaivers ? prepared.flatMap((p) => p.inline) : [])];
  const notes = waiverNotes(allWaivers, used, now);
  const attested = attestationNotes([...new Set(prepared.flatMap((p) => p.app.attestations))], now);
  const by = (list: PolicyNote[], state: PolicyNote['state']) => list.filter((n) => n.state === state);
  return {
    apps,
    waivers: {
      expired: by(notes, 'expired'),
      expiring: by(notes, 'expiring'),
      unused: by(notes, 'unused'),
      forbidden: config.inlineWaivers ? [] : forbiddenNotes(prepared.flatMap((p) => p.inline), now),
    },
    attestations: { expired: by(attested, 'expired'), expiring: by(attested, 'expiring') },
    errors,
    passed: errors.length === 0 && apps.every((a) => a.review.report.gate.passed),
  };
}

/** Custom checks' findings in place of "no built-in check", then items marked not applicable. */
function applyConfiguredFindings(findings: Finding[], app: AppConfig, env: Parameters<typeof judgeCustomCheck>[1]): Finding[] {
  const custom = new Map<string, Finding>();
  for (const c of app.checks) {
    try {
      custom.set(c.id, judgeCustomCheck(c, env));
    } catch (err) {
      const why = (err as Error).message;
      custom.set(c.id, { id: c.id, ...unverified(t(`the custom check failed: ${why}`, `사용자 정의 점검 실패: ${why}`), [at(c.at.file, c.at.line, t(`custom check ${c.id}`, `사용자 정의 점검 ${c.id}`))], c.remedy) });
    }
  }
  return findings.map((f) => {
    const na = app.notApplicable.get(f.id);
    if (na) return { id: f.id, ...notApplicable(t(`not applicable: ${na.reason}`, `해당 없음: ${na.reason}`)), evidence: [at(na.at.file, na.at.line, t(`marked not applicable in the configuration: ${na.reason}`, `설정에서 해당 없음으로 지정: ${na.reason}`))] };
    return custom.get(f.id) ?? f;
  });
}

/** Inline waivers of an app's files, reported with repository paths. */
function scanApp(ctx: ScanContext, files: readonly FileEntry[], app: AppConfig): { waivers: WaiverEntry[]; errors: ConfigError[] } {
  const known = new Set(app.checklist.items.keys());
  const out = { waivers: [] as WaiverEntry[], errors: [] as ConfigError[] };
  for (const path of wantedPaths(files, ctx.options)) {
    if (PROSE.has(ctx.byPath.get(path)?.ext ?? '')) continue;
    const text = ctx.text(path);
    if (text === undefined) continue;
    const r = scanInlineWaivers(text, joinPath(app.path, path), known);
    out.waivers.push(...r.waivers);
    out.errors.push(...r.errors);
  }
  return out;
}

/**
 * A context to read the app's files through again (the inventory keeps no raw text). Local
 * sources read on demand; a remote one gets what custom checks and the inline scan read, up front.
 */
async function contextFor(source: RepoSource, files: FileEntry[], app: AppConfig, options: Partial<InventoryOptions> = {}): Promise<ScanContext> {
  const opts: InventoryOptions = { ...DEFAULT_OPTIONS, ...options };
  let contents = new Map<string, Buffer | Error>();
  if (!source.readSync) {
    const wanted = new Set(wantedPaths(files, opts));
    for (const c of app.checks) for (const f of selectedFiles(c.select?.files ?? [], files)) wanted.add(f.path);
    for (const f of files) if (f.size <= opts.maxFileBytes && (/\.(ya?ml|json|conf)$/.test(f.name) || f.name === '.env')) wanted.add(f.path);
    contents = await source.read([...wanted]);
  }
  return new ScanContext(files, contents, opts, [], source.readSync?.bind(source));
}

