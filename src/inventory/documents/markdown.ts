/** A cheap, line-based reading of markdown: enough structure to judge what a document is. */
export interface MarkdownOutline {
  title?: string;
  headings: { line: number; level: number; text: string; anchor: string }[];
  ordered: { line: number; text: string }[];
  checklist: { line: number; checked: boolean; text: string }[];
  /** unordered list items */
  bullets: { line: number; text: string }[];
  code: { line: number; lang: string; text: string }[];
  /** operational commands in shell-like code blocks: tool and line (the text may hold secrets) */
  commands: { line: number; tool: string }[];
  tables: { line: number; rows: number; header: string[] }[];
  links: { line: number; target: string }[];
  words: number;
  /** text outside code blocks, lower-cased */
  prose: string;
}

/** GitHub's heading anchors: lower-case, punctuation dropped, spaces to dashes (Korean kept). */
export function anchorOf(text: string): string {
  const t = text.trim().toLowerCase();
  // ASCII and Hangul syllables without a Unicode-aware regex; anything else takes it
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || (c >= 0xac00 && c <= 0xd7a3)) out += t[i];
    else if (c === 32 || (c >= 9 && c <= 13)) out += '-';
    else if (c >= 128) return t.replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
  }
  return out;
}

/** Whitespace as String.prototype.trimStart sees it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lines joined with `\n` whose one trailing `\r` each was dropped: a slice of the text, without those `\r`. */
function joined(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  return s.includes('\r') ? s.replace(/\r\n/g, '\n') : s;
}

/**
 * Line by line, without copying a line unless a pattern may match it: the first non-blank
 * character decides which pattern can, code and prose are taken as slices of the text.
 */
export function outlineMarkdown(text: string): MarkdownOutline {
  const out: MarkdownOutline = { headings: [], ordered: [], bullets: [], checklist: [], code: [], commands: [], tables: [], links: [], words: 0, prose: '' };
  const prose: string[] = [];
  /** start of the prose lines not yet taken, and the end of the last one (-1: none) */
  let proseFrom = 0;
  let proseTo = -1;
  let fence: { marker: string; lang: string; line: number; from: number; to: number } | undefined;
  // next ` | ` and `](` at or after the current line: found once, not once per line
  let nextBar = -2;
  let nextLink = -2;
  const len = text.length;
  for (let start = 0, n = 1; ; n++) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = len;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let first = start;
    // most lines start with text: skip the call for them
    while (first < lineEnd) {
      const c = text.charCodeAt(first);
      if (c > 32 && c < 127) break;
      if (!isSpace(c)) break;
      first++;
    }
    const c0 = first < lineEnd ? text.charCodeAt(first) : NaN;
    const f = c0 === 96 /* ` */ || c0 === 126 /* ~ */ ? /^(```+|~~~+)\s*([\w+-]*)/.exec(text.slice(first, lineEnd)) : null;
    if (fence) {
      if (f && f[1].startsWith(fence.marker[0]) && f[1].length >= fence.marker.length && !f[2]) {
        out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.to < 0 ? '' : joined(text, fence.from, fence.to) });
        fence = undefined;
        proseFrom = end + 1;
      } else {
        if (fence.to < 0) fence.from = start;
        fence.to = lineEnd;
      }
    } else if (f) {
      if (proseTo >= 0) prose.push(joined(text, proseFrom, proseTo));
      proseTo = -1;
      fence = { marker: f[1], lang: f[2] ?? '', line: n, from: end + 1, to: -1 };
    } else {
      if (proseTo < 0) proseFrom = start;
      proseTo = lineEnd;
      line(text, start, lineEnd, first, c0, n);
    }
    if (last) break;
    start = end + 1;
  }
  if (fence) out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.to < 0 ? '' : joined(text, fence.from, fence.to) });
  else if (proseTo >= 0) prose.push(joined(text, proseFrom, proseTo));
  out.commands = commandsOf(out.code);
  out.title ??= out.headings[0]?.text;
  out.prose = prose.join('\n').toLowerCase();
  out.words = countWords(out.prose);
  return out;

  /** One line outside code: headings, list items, tables and links. */
  function line(text: string, start: number, lineEnd: number, first: number, c0: number, n: number): void {
    if (c0 === 35 /* # */) {
      const l = text.slice(start, lineEnd);
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
      if (h) {
        const textH = h[2].replace(/\*\*|__|`/g, '');
        out.headings.push({ line: n, level: h[1].length, text: textH, anchor: anchorOf(textH) });
        if (h[1].length === 1 && out.title === undefined) out.title = textH;
        return;
      }
    } else if (c0 === 45 || c0 === 42 || c0 === 43 /* - * + */) {
      const t = text.slice(first, lineEnd);
      const c = /^[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(t);
      if (c) {
        out.checklist.push({ line: n, checked: c[1] !== ' ', text: c[2].trim() });
        return;
      }
      const b = /^[-*+]\s+(.*)$/.exec(t);
      if (b) out.bullets.push({ line: n, text: b[1].trim() });
    } else if (c0 >= 48 && c0 <= 57) {
      const o = /^\d+[.)]\s+(.*)$/.exec(text.slice(first, lineEnd));
      if (o) out.ordered.push({ line: n, text: o[1] });
    } else {
      if (nextBar !== -1 && nextBar < start) nextBar = text.indexOf(' | ', start);
      if (c0 === 124 /* | */ || (nextBar >= 0 && nextBar + 3 <= lineEnd)) {
        const l = text.slice(start, lineEnd);
        if (c0 === 124 || /^\s*\|?[^|]+\|/.test(l)) table(out, l, n);
      }
    }
    if (nextLink !== -1 && nextLink < start) nextLink = text.indexOf('](', start);
    if (nextLink >= 0 && nextLink + 2 <= lineEnd) for (const m of text.slice(start, lineEnd).matchAll(/\]\(([^)\s]+)/g)) out.links.push({ line: n, target: m[1] });
  }
}

/** rows that continue the table started on the line before; a new table otherwise */
function table(out: MarkdownOutline, l: string, n: number): void {
  const last = out.tables[out.tables.length - 1];
  if (last && last.line + last.rows === n) {
    last.rows++;
    return;
  }
  out.tables.push({ line: n, rows: 1, header: l.split('|').map((c) => c.trim()).filter(Boolean) });
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
