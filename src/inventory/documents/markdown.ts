import { lineAt, lineCursor } from '../../text/line-index.js';

/** A cheap reading of markdown: enough structure to judge what a document is. */
export interface MarkdownOutline {
  title?: string;
  headings: { line: number; level: number; text: string }[];
  ordered: { line: number; text: string }[];
  checklist: { line: number; checked: boolean; text: string }[];
  code: { line: number; lang: string; text: string }[];
  /** operational commands in shell-like code blocks: tool and line (the text may hold secrets) */
  commands: { line: number; tool: string }[];
  words: number;
  /** text outside code blocks, lower-cased */
  prose: string;
  /** where each run of prose lines starts in `prose` and in the file (see proseLineAt) */
  proseRuns: { at: number; line: number }[];
}

/** The file line of an offset in an outline's prose (which leaves code blocks out). */
export function proseLineAt(o: MarkdownOutline, offset: number): number {
  let run = o.proseRuns[0] ?? { at: 0, line: 1 };
  for (const r of o.proseRuns) {
    if (r.at > offset) break;
    run = r;
  }
  return run.line - 1 + lineAt(o.prose, offset, run.at);
}

/**
 * Lines that may carry structure: (indented) `#`, a checkbox item, a numbered item or a fence.
 * The regex engine skips every other line, which is most of a document; each candidate is then
 * read by its own exact pattern below.
 */
const CANDIDATE = /(?:^|\n)([^\S\n]*)(?:#{1,6}[^\S\n]|[-*+][^\S\n]+\[[ xX]\]|\d+[.)][^\S\n]|```|~~~)/g;
const FENCE = /^(```+|~~~+)\s*([\w+-]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const CHECKBOX = /^[-*+]\s+\[([ xX])\]\s+(.*)$/;
const ORDERED = /^\d+[.)]\s+(.*)$/;

/** `text[from, to)` as lines joined with `\n`, each line's trailing `\r` dropped. */
function joined(text: string, from: number, to: number): string {
  if (to > from && text.charCodeAt(to - 1) === 13) to--;
  const s = text.slice(from, to);
  return s.includes('\r') ? s.replace(/\r\n/g, '\n') : s;
}

export function outlineMarkdown(text: string): MarkdownOutline {
  const out: MarkdownOutline = { headings: [], ordered: [], checklist: [], code: [], commands: [], words: 0, prose: '', proseRuns: [] };
  const prose: string[] = [];
  /** start of the prose lines not yet taken, and its line */
  let proseFrom = 0;
  let proseLine = 1;
  let proseLength = -1;
  const addProse = (to: number) => {
    const run = joined(text, proseFrom, to);
    out.proseRuns.push({ at: proseLength + 1, line: proseLine });
    proseLength += run.length + 1;
    prose.push(run);
  };
  let fence: { marker: string; lang: string; line: number; from: number } | undefined;
  const lineOf = lineCursor(text);
  const re = new RegExp(CANDIDATE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = text.charCodeAt(m.index) === 10 ? m.index + 1 : m.index;
    const n = lineOf(start);
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end;
    // the next search starts at this line's end, so that the next line can match
    re.lastIndex = end;
    const first = start + m[1].length;
    const c0 = text.charCodeAt(first);
    const f = c0 === 96 || c0 === 126 ? FENCE.exec(text.slice(first, lineEnd)) : null;
    if (fence) {
      if (f && f[1].startsWith(fence.marker[0]) && f[1].length >= fence.marker.length && !f[2]) {
        out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: start > fence.from ? joined(text, fence.from, start - 1) : '' });
        fence = undefined;
        proseFrom = end + 1;
        proseLine = n + 1;
      }
      continue;
    }
    if (f) {
      if (start > proseFrom) addProse(start - 1);
      fence = { marker: f[1], lang: f[2] ?? '', line: n, from: end + 1 };
      continue;
    }
    if (c0 === 35 /* # */) {
      const h = first === start ? HEADING.exec(text.slice(start, lineEnd)) : null;
      if (h) {
        const heading = h[2].replace(/\*\*|__|`/g, '');
        out.headings.push({ line: n, level: h[1].length, text: heading });
        if (h[1].length === 1 && out.title === undefined) out.title = heading;
      }
    } else if (c0 >= 48 && c0 <= 57) {
      const o = ORDERED.exec(text.slice(first, lineEnd));
      if (o) out.ordered.push({ line: n, text: o[1] });
    } else {
      const c = CHECKBOX.exec(text.slice(first, lineEnd));
      if (c) out.checklist.push({ line: n, checked: c[1] !== ' ', text: c[2].trim() });
    }
  }
  const len = text.length;
  if (fence) out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: len >= fence.from ? joined(text, fence.from, len) : '' });
  else if (len >= proseFrom) addProse(len);
  out.commands = commandsOf(out.code);
  out.title ??= out.headings[0]?.text;
  out.prose = prose.join('\n').toLowerCase();
  out.words = countWords(out.prose);
  return out;
}

const SHELL_LANGS = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'powershell', 'ps1', 'sql', 'terminal', 'cmd', 'text']);
/** tools whose commands make a document runnable; first word of a line (after `$ `, `sudo `) */
const OPS_TOOLS = /^(?:\$\s*)?(?:sudo\s+)?(pg_dump|pg_dumpall|pg_restore|pg_basebackup|pgbackrest|psql|mysqldump|mysql|mongodump|mongorestore|redis-cli|kubectl|helm|docker(?:-compose)?|podman|alembic|flyway|liquibase|systemctl|journalctl|velero|restic|borg|wal-g|aws|gcloud|az|terraform|ansible-playbook|rsync|tar|curl|make|npm|yarn|pip|python3?|manage\.py|git|gh|crontab|certbot|nginx|ssh|scp)\b/;

export function commandsOf(code: MarkdownOutline['code']): MarkdownOutline['commands'] {
  const out: MarkdownOutline['commands'] = [];
  for (const c of code) {
    if (!SHELL_LANGS.has(c.lang)) continue;
    c.text.split('\n').forEach((l, i) => {
      const m = OPS_TOOLS.exec(l.trim());
      if (m) out.push({ line: c.line + 1 + i, tool: m[1] });
    });
  }
  return out;
}

/** whitespace-separated words, counted without building an array */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
