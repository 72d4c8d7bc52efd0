/** Which waivers excuse which items, and which need attention (expired, expiring, matching nothing). */
import type { Finding } from '../checks/types.js';
import type { PolicyNote, Waiver } from '../score/types.js';
import { daysLeft, expiry } from './dates.js';
import { joinPath, pathMatcher } from './paths.js';
import type { AttestationEntry, WaiverEntry } from './types.js';

const UNMET = new Set(['fail', 'partial', 'unverified']);

/**
 * Whether a waiver reaches a finding. Without a path it reaches the whole item; with a path (or
 * as an inline waiver, with its lines) it needs evidence of the item there. Evidence paths are the
 * app's; waiver paths the repository's.
 */
export function reaches(w: WaiverEntry, f: Finding, appPath: string): boolean {
  if (w.item !== f.id) return false;
  if (!w.path) return true;
  const inPath = pathMatcher(w.path);
  return f.evidence.some((e) => {
    if (!e.file || e.file === '.') return false;
    const p = joinPath(appPath, e.file);
    return w.lines ? p === w.path && w.lines.includes(e.line) : inPath(p);
  });
}

export function toWaiver(w: WaiverEntry): Waiver {
  return { reason: w.reason, owner: w.owner, until: w.until, source: w.source, file: w.at.file, line: w.at.line, ...(w.path ? { path: w.path } : {}) };
}

/**
 * The waivers in force for an app's findings, by item id: the first unexpired waiver that reaches
 * an unmet item. Every waiver that excused something is added to `used`.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly WaiverEntry[], appPath: string, now: Date, used: Set<WaiverEntry>): Record<string, Waiver> {
  const out: Record<string, Waiver> = {};
  for (const f of findings) {
    if (!UNMET.has(f.status)) continue;
    for (const w of waivers) {
      if (expiry(w.until, now) === 'expired' || !reaches(w, f, appPath)) continue;
      used.add(w);
      out[f.id] ??= toWaiver(w);
    }
  }
  return out;
}

/** One note per waiver that needs attention: expired first, then matching nothing, then expiring. */
export function waiverNotes(waivers: readonly WaiverEntry[], used: ReadonlySet<WaiverEntry>, now: Date): PolicyNote[] {
  const out: PolicyNote[] = [];
  for (const w of new Set(waivers)) {
    const e = expiry(w.until, now);
    const state = e === 'expired' ? 'expired' : !used.has(w) ? 'unused' : e === 'expiring' ? 'expiring' : undefined;
    if (state) out.push(note('waiver', state, w, now));
  }
  return out;
}

export function forbiddenNotes(inline: readonly WaiverEntry[], now: Date): PolicyNote[] {
  return inline.map((w) => note('waiver', 'forbidden', w, now));
}

export function attestationNotes(attestations: readonly AttestationEntry[], now: Date): PolicyNote[] {
  const out: PolicyNote[] = [];
  for (const a of new Set(attestations)) {
    const e = expiry(a.until, now);
    if (e !== 'active') out.push(note('attestation', e, { ...a, owner: a.by }, now));
  }
  return out;
}

function note(kind: PolicyNote['kind'], state: PolicyNote['state'], e: { item: string; until: string; at: { file: string; line: number }; owner?: string; path?: string; source?: 'config' | 'inline' }, now: Date): PolicyNote {
  return {
    kind,
    state,
    item: e.item,
    until: e.until,
    daysLeft: daysLeft(e.until, now),
    source: e.source ?? 'config',
    file: e.at.file,
    line: e.at.line,
    ...(e.owner ? { owner: e.owner } : {}),
    ...(e.path ? { path: e.path } : {}),
  };
}
