/** A monorepo's reviews side by side: one row per app (name, folder, checklist, score, stage, gate). */
import { messages, type Lang } from '../i18n/index.js';
import type { ScoredReport } from '../score/types.js';
import { clip, codeSpan, escapeMarkdown, plain } from './escape.js';
import { MESSAGE_MAX, displayWidth, padEnd, pct, stageName } from './review-parts.js';

export interface AppRow {
  name: string;
  path: string;
  review: { report: ScoredReport };
}

function cells(a: AppRow, lang: Lang): string[] {
  const m = messages(lang);
  const r = a.review.report;
  const stage = r.verdict === 'scored' ? (stageName(r, r.stage.met, lang) ?? m.noStageMet) : m.nothingToJudge;
  const waived = r.items.filter((i) => i.waived).length;
  return [a.name, a.path || '.', r.checklist, r.verdict === 'scored' ? pct(r.score) : m.nothingToJudge, stage, r.gate.passed ? m.gatePassed : m.gateFailed, String(r.blocking.length), String(waived)];
}

function header(lang: Lang): string[] {
  const a = messages(lang).apps;
  return [a.app, a.path, a.checklist, a.score, a.stage, a.gate, a.blocking, a.waived];
}

export function renderAppsMarkdown(apps: readonly AppRow[], lang: Lang = 'en', level = 2): string {
  const m = messages(lang);
  const e = (s: string) => escapeMarkdown(clip(s, MESSAGE_MAX));
  const rows = apps.map((a) => {
    const c = cells(a, lang);
    const mark = a.review.report.gate.passed ? '✅' : '❌';
    return `| ${e(c[0])} | ${codeSpan(c[1], true)} | ${e(c[2])} | ${c[3]} | ${e(c[4])} | ${mark} ${c[5]} | ${c[6]} | ${c[7]} |`;
  });
  return `${'#'.repeat(level)} ${m.apps.title}\n\n| ${header(lang).join(' | ')} |\n|---|---|---|---:|---|---|---:|---:|\n${rows.join('\n')}\n`;
}

export function renderAppsText(apps: readonly AppRow[], lang: Lang = 'en'): string {
  const m = messages(lang);
  const table = [header(lang), ...apps.map((a) => cells(a, lang).map((c) => plain(clip(c, MESSAGE_MAX))))];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]))));
  return [m.apps.title, ...table.map((r) => `  ${r.map((c, i) => padEnd(c, widths[i])).join('  ').trimEnd()}`)].join('\n') + '\n';
}
