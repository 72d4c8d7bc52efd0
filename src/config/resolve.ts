/**
 * From the validated configuration file to one resolved configuration per app: the preset with its
 * items changed and custom checks added, the gate rules, waivers and attestations. Every reference
 * (an item id, a section, a group, an app folder) is checked here, with the line it was written on
 * and the closest valid name.
 */
import { BUILTIN_CHECKLISTS, DEFAULT_WEIGHT, loadBuiltinChecklist } from '../checklist/load.js';
import { editChecklist } from '../checklist/edit.js';
import { locate, didYouMean } from '../checklist/validate.js';
import type { Checklist, ChecklistItem, ConfigError } from '../checklist/types.js';
import type { Risk } from '../checks/types.js';
import { yamlPosition } from '../yaml/load.js';
import { compileCheckSchema } from './custom/compile.js';
import { endOfDay } from './dates.js';
import { joinPath } from './paths.js';
import type { AppConfig, AttestationEntry, BranchRule, CustomCheck, Origin, RawCheck, RawConfig, RawScope, ReadinessConfig, WaiverEntry } from './types.js';

export const DEFAULT_PRESET = 'insitechart';

class Errors {
  readonly list: ConfigError[] = [];
  constructor(
    readonly file: string,
    readonly doc: unknown,
  ) {}
  /** at a JSON pointer of the document */
  at(pointer: string, message: string): void {
    this.list.push({ file: this.file, ...locate(this.doc, pointer), field: pointer, message });
  }
  origin(pointer: string): Origin {
    return { file: this.file, ...locate(this.doc, pointer) };
  }
}

const unknownItem = (id: string, known: Iterable<string>) => `unknown item "${id}"${didYouMean(id, known)}`;

/** The gate and rules written in a scope, the app's own before the repository's. */
function gateOf(scopes: { raw: RawScope; pointer: string }[], errors: Errors): AppConfig['gate'] {
  const pick = <K extends keyof RawScope>(k: K) => scopes.find((s) => s.raw[k] !== undefined)?.raw[k];
  const branches: BranchRule[] = [];
  for (const { raw, pointer } of scopes) {
    for (const [pattern, g] of Object.entries(raw.branches ?? {})) {
      const at = { file: errors.file, ...(yamlPosition(raw.branches, pattern) ?? locate(errors.doc, `${pointer}/branches`)) };
      branches.push({ pattern, at, ...(g.stage ? { stage: g.stage } : {}), ...(g['min-score'] !== undefined ? { minScore: g['min-score'] } : {}), ...(g['fail-on'] ? { failOn: g['fail-on'] } : {}) });
    }
  }
  const minScore = pick('min-score') as number | undefined;
  return {
    base: { failOn: (pick('fail-on') as AppConfig['gate']['base']['failOn']) ?? 'both', stage: (pick('stage') as AppConfig['gate']['base']['stage']) ?? 'short-term', ...(minScore !== undefined ? { minScore } : {}) },
    branches,
  };
}

function customItem(c: RawCheck): ChecklistItem {
  return { id: c.id, en: c.en, ko: c.ko ?? c.en, risk: c.risk, weight: c.weight ?? DEFAULT_WEIGHT[c.risk], stage: c.stage ?? 'long-term', groups: c.groups ?? [], attest: false, match: [c.en, ...(c.ko ? [c.ko] : [])], section: c.section };
}

function regex(source: string, pointer: string, errors: Errors): RegExp | undefined {
  try {
    return new RegExp(source, 'm');
  } catch (err) {
    errors.at(pointer, `not a regular expression: ${(err as Error).message}`);
    return undefined;
  }
}

/** Compiles a custom check; its reference to the checklist (section, groups) is checked per app. */
function compileCheck(c: RawCheck, pointer: string, errors: Errors): CustomCheck | undefined {
  const before = errors.list.length;
  const assert: CustomCheck['assert'] = {};
  const sel = c.select;
  const select = sel ? { ...(sel.files ? { files: [sel.files].flat() } : {}), ...(sel.objects ? { objects: sel.objects } : {}), ...(sel.kind ? { kind: [sel.kind].flat() } : {}) } : undefined;
  if (select?.files && select.objects) errors.at(`${pointer}/select`, 'select either files or objects, not both');
  if (select?.kind && select.objects !== 'kubernetes') errors.at(`${pointer}/select/kind`, 'kind selects Kubernetes objects: use it with objects: kubernetes');
  if (c.assert.schema) {
    if (!select) errors.at(`${pointer}/assert/schema`, 'a schema needs something to check: add select (files or objects)');
    const r = compileCheckSchema(c.assert.schema, errors.doc, `${pointer}/assert/schema`, errors.file);
    errors.list.push(...r.errors);
    assert.schema = r.validate;
  } else if (c.assert.file !== undefined) {
    if (select?.objects) errors.at(`${pointer}/assert/file`, 'a required file is looked for beside selected files: select files, or nothing for the app folder');
    assert.file = c.assert.file;
  } else {
    const key = c.assert['must-match'] !== undefined ? 'must-match' : 'must-not-match';
    if (!select?.files) errors.at(`${pointer}/assert/${key}`, `${key} reads files: select files`);
    const re = regex(c.assert[key]!, `${pointer}/assert/${key}`, errors);
    if (key === 'must-match') assert.mustMatch = re;
    else assert.mustNotMatch = re;
  }
  if (errors.list.length > before) return undefined;
  return { id: c.id, ...(select ? { select } : {}), assert, remedy: c.remedy, at: errors.origin(`${pointer}/id`) };
}

function checkDay(day: string, pointer: string, errors: Errors): void {
  if (endOfDay(day) === undefined) errors.at(pointer, `"${day}" is not a date (YYYY-MM-DD)`);
}

interface Scope {
  raw: RawScope;
  pointer: string;
  /** repository folder that paths in this scope are relative to */
  dir: string;
}

/**
 * Builds the apps. Top-level waivers and attestations are one object each, shared by every app, so
 * that "matches nothing" can be decided across the whole repository.
 */
export function resolveConfig(raw: RawConfig, file: string, doc: unknown, repoPaths?: readonly string[]): { config?: ReadinessConfig; errors: ConfigError[] } {
  const errors = new Errors(file, doc);
  const top: Scope = { raw, pointer: '', dir: '' };
  const appScopes: { name: string; path: string; scope?: Scope }[] = raw.apps
    ? raw.apps.map((a, i) => ({ name: a.name, path: joinPath('', a.path), scope: { raw: a, pointer: `/apps/${i}`, dir: joinPath('', a.path) } }))
    : [{ name: 'default', path: '' }];

  const seen = new Set<string>();
  raw.apps?.forEach((a, i) => {
    if (seen.has(a.name)) errors.at(`/apps/${i}/name`, `duplicate app name "${a.name}"`);
    seen.add(a.name);
    const dir = joinPath('', a.path);
    if (repoPaths && dir && !repoPaths.some((p) => p.startsWith(`${dir}/`))) errors.at(`/apps/${i}/path`, `no files under "${a.path}" in the repository`);
  });

  const compiled = new Map<RawCheck, CustomCheck | undefined>();
  const checksOf = (s: Scope) => (s.raw.checks ?? []).map((c, i) => {
    if (!compiled.has(c)) compiled.set(c, compileCheck(c, `${s.pointer}/checks/${i}`, errors));
    return { raw: c, pointer: `${s.pointer}/checks/${i}`, check: compiled.get(c) };
  });

  const sharedWaivers = new Map<object, WaiverEntry>();
  const sharedAttestations = new Map<object, AttestationEntry>();
  const apps: AppConfig[] = [];
  // ids each top-level entry may name: known in at least one app
  const topIds = new Set<string>();
  const topAttestable = new Set<string>();
  const topDeferred: (() => void)[] = [];

  for (const a of appScopes) {
    const scopes = a.scope ? [a.scope, top] : [top];
    const preset = (a.scope?.raw.extends ?? raw.extends ?? DEFAULT_PRESET) as string;
    const base: Checklist = loadBuiltinChecklist(BUILTIN_CHECKLISTS[preset] ? preset : DEFAULT_PRESET);

    // custom checks: the repository's first, then the app's
    const checks: CustomCheck[] = [];
    const added: ChecklistItem[] = [];
    for (const s of [...scopes].reverse()) {
      for (const { raw: c, pointer, check } of checksOf(s)) {
        if (base.items.has(c.id) || added.some((x) => x.id === c.id)) {
          errors.at(`${pointer}/id`, `"${c.id}" is already an item of the ${preset} checklist: give the custom check an id of its own`);
          continue;
        }
        const sections = base.sections.map((x) => x.id);
        if (!sections.includes(c.section)) {
          errors.at(`${pointer}/section`, `unknown section "${c.section}" in the ${preset} checklist${didYouMean(c.section, sections)}`);
          continue;
        }
        const badGroup = (c.groups ?? []).find((g) => !(g in base.groups));
        if (badGroup) {
          errors.at(`${pointer}/groups`, `unknown group "${badGroup}"${didYouMean(badGroup, Object.keys(base.groups))}`);
          continue;
        }
        added.push(customItem(c));
        if (check) checks.push(check);
      }
    }
    const known = new Set([...base.items.keys(), ...added.map((x) => x.id)]);
    for (const id of known) topIds.add(id);
    for (const it of base.items.values()) if (it.attest) topAttestable.add(it.id);

    // per-item rules: the app's win over the repository's
    const drop = new Set<string>();
    const change = new Map<string, { risk?: Risk; weight?: number }>();
    const notApplicable: AppConfig['notApplicable'] = new Map();
    for (const s of [...scopes].reverse()) {
      for (const [id, rule] of Object.entries(s.raw.items ?? {})) {
        if (!known.has(id)) {
          if (s === top && a.scope) continue; // a top-level rule may name an item of another app's preset
          errors.list.push({ file, ...(yamlPosition(s.raw.items, id) ?? locate(doc, `${s.pointer}/items`)), field: `${s.pointer}/items/${id}`, message: unknownItem(id, known) });
          continue;
        }
        if (rule.enabled === false) drop.add(id);
        else if (rule.enabled === true) drop.delete(id);
        if (rule.risk || rule.weight !== undefined) change.set(id, { ...change.get(id), ...(rule.risk ? { risk: rule.risk } : {}), ...(rule.weight !== undefined ? { weight: rule.weight } : {}) });
        if (rule['not-applicable']) notApplicable.set(id, { reason: rule['not-applicable'], at: { file, ...(yamlPosition(rule, 'not-applicable') ?? { line: 0, column: 0 }) } });
      }
    }

    const waivers: WaiverEntry[] = [];
    const attestations: AttestationEntry[] = [];
    for (const s of scopes) {
      (s.raw.waivers ?? []).forEach((w, i) => {
        const pointer = `${s.pointer}/waivers/${i}`;
        const shared = s === top ? sharedWaivers.get(w) : undefined;
        if (shared) return void waivers.push(shared);
        checkDay(w.until, `${pointer}/until`, errors);
        const entry: WaiverEntry = { item: w.item, reason: w.reason, owner: w.owner, until: w.until, source: 'config', at: errors.origin(`${pointer}/item`), ...(w.path ? { path: joinPath(s.dir, w.path) } : {}) };
        if (s === top) {
          sharedWaivers.set(w, entry);
          topDeferred.push(() => {
            if (!topIds.has(w.item)) errors.at(`${pointer}/item`, unknownItem(w.item, topIds));
          });
        } else if (!known.has(w.item)) errors.at(`${pointer}/item`, unknownItem(w.item, known));
        waivers.push(entry);
      });
      (s.raw.attestations ?? []).forEach((t, i) => {
        const pointer = `${s.pointer}/attestations/${i}`;
        const shared = s === top ? sharedAttestations.get(t) : undefined;
        if (shared) return void attestations.push(shared);
        checkDay(t.date, `${pointer}/date`, errors);
        checkDay(t.until, `${pointer}/until`, errors);
        const entry: AttestationEntry = { item: t.item, by: t.by, date: t.date, evidence: t.evidence, until: t.until, at: errors.origin(`${pointer}/item`) };
        const attestable = s === top ? topAttestable : new Set([...base.items.values()].filter((x) => x.attest).map((x) => x.id));
        const check = () => {
          const ids = s === top ? topIds : known;
          if (!ids.has(t.item)) errors.at(`${pointer}/item`, unknownItem(t.item, ids));
          else if (!attestable.has(t.item)) errors.at(`${pointer}/item`, `"${t.item}" cannot be attested: the repository shows it (the checklist does not mark it attest: true); fix it or waive it`);
        };
        if (s === top) {
          sharedAttestations.set(t, entry);
          topDeferred.push(check);
        } else check();
        attestations.push(entry);
      });
    }

    apps.push({
      name: a.name,
      path: a.path,
      preset,
      checklist: editChecklist(base, { drop, change, add: added }),
      gate: gateOf(scopes, errors),
      notApplicable,
      waivers,
      attestations,
      checks,
    });
  }
  if (raw.apps) {
    for (const id of Object.keys(raw.items ?? {})) {
      if (!topIds.has(id)) errors.list.push({ file, ...(yamlPosition(raw.items, id) ?? { line: 1, column: 1 }), field: `/items/${id}`, message: unknownItem(id, topIds) });
    }
  }
  for (const f of topDeferred) f();
  // one error per place: a shared entry is checked once
  const unique = dedupe(errors.list);
  if (unique.length) return { errors: unique };
  return { config: { file, inlineWaivers: raw['inline-waivers'] ?? true, apps }, errors: [] };
}

function dedupe(list: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.line}:${e.column}:${e.field}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
