import type { Evidence } from '../checks/types.js';
import type { StageId } from '../checklist/types.js';
import { describeGate, label, messages, type Lang } from '../i18n/index.js';
import type { PolicyNote, ScoredItem, ScoredReport, ScoredSection } from '../score/types.js';

/** "62.5%", or "n/a" where nothing applies. */
export function pct(score: number | null): string {
  return score === null ? 'n/a' : `${score.toFixed(1)}%`;
}

/** `file:line` (or just the file for whole-file or absence evidence; nothing for the repository root). */
export function location(e: Evidence): string {
  if (!e.file || e.file === '.') return '';
  if (!e.line) return e.file;
  return e.column ? `${e.file}:${e.line}:${e.column}` : `${e.file}:${e.line}`;
}

export interface SectionItems {
  section: ScoredSection;
  done: ScoredItem[];
  notDone: ScoredItem[];
  notApplicable: ScoredItem[];
}

/** Each section's items split as the review splits them: done (pass), not done, not applicable. */
export function splitSections(report: ScoredReport): SectionItems[] {
  const byId = new Map(report.items.map((it) => [it.id, it]));
  return report.sections.map((section) => {
    const its = section.items.map((id) => byId.get(id)!);
    return {
      section,
      done: its.filter((i) => i.status === 'pass'),
      notDone: its.filter((i) => i.status !== 'pass' && i.status !== 'not-applicable'),
      notApplicable: its.filter((i) => i.status === 'not-applicable'),
    };
  });
}

export function itemById(report: ScoredReport): Map<string, ScoredItem> {
  return new Map(report.items.map((it) => [it.id, it]));
}

export function stageName(report: ScoredReport, id: StageId | null, lang: Lang): string | null {
  const st = id ? report.stage.stages.find((s) => s.id === id) : undefined;
  return st ? label(st, lang) : null;
}

/** Counted items over applicable ones, e.g. "4/6" (partial counts as half). */
export function doneRatio(s: { counts: ScoredSection['counts'] }): string {
  const applicable = s.counts.pass + s.counts.partial + s.counts.fail + s.counts.unverified;
  return `${s.counts.pass}/${applicable}`;
}

export const EVIDENCE_PER_ITEM = { text: 20, markdown: 10 } as const;
export const MESSAGE_MAX = 300;

export const STATUS_MARK: Record<ScoredItem['status'], string> = {
  pass: '✓',
  partial: '◐',
  fail: '✗',
  unverified: '?',
  'not-applicable': '–',
};

/** Terminal width of a string: Hangul and CJK take two cells, so Korean labels line up. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) ? 2 : 1;
  }
  return w;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The gate's one-line reason in the review's language, with stage and scope labels. */
export function gateReason(report: ScoredReport, lang: Lang): string {
  const m = messages(lang);
  const stage = (id: string) => stageName(report, id as StageId, lang) ?? id;
  const labels = new Map<string, string>([['overall', m.overall.toLowerCase()]]);
  for (const g of report.groups) labels.set(g.id, label(g, lang));
  for (const s of report.sections) if (!labels.has(s.id)) labels.set(s.id, label(s, lang));
  return describeGate(report.gate, report, m.gateWords, lang === 'en' ? undefined : stage, lang === 'en' ? undefined : (id) => labels.get(id) ?? id);
}

/** One waiver or attestation that needs attention, as a line of plain text (renderers escape it). */
export function policyNoteText(n: PolicyNote, lang: Lang): string {
  const m = messages(lang);
  const where = n.line ? `${n.file}:${n.line}` : n.file;
  const who = [n.owner, n.path].filter(Boolean).join(', ');
  return `${m.policyKind[n.kind]} ${n.item}${who ? ` (${who})` : ''} — ${m.policyState(n.state, n.daysLeft, n.until)} [${where}]`;
}

/** The check's own sentence in the report's language (English when it gave no Korean). */
export function summaryOf(it: Pick<ScoredItem, 'summary' | 'summaryKo'>, lang: Lang): string {
  return lang === 'ko' && it.summaryKo ? it.summaryKo : it.summary;
}

/** The remedy in the report's language (English when it gave no Korean). */
export function remedyOf(it: Pick<ScoredItem, 'remedy' | 'remedyKo'>, lang: Lang): string | undefined {
  return lang === 'ko' && it.remedyKo ? it.remedyKo : it.remedy;
}

/** An evidence line's message in the report's language (messages copied from files stay as written). */
export function evidenceMessage(ev: Pick<Evidence, 'message' | 'ko'>, lang: Lang): string {
  return lang === 'ko' && ev.ko ? ev.ko : ev.message;
}
