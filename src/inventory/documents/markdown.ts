/** A cheap, line-based reading of markdown: enough structure to judge what a document is. */
export interface MarkdownOutline {
  title?: string;
  headings: { line: number; level: number; text: string; anchor: string }[];
  ordered: { line: number; text: string }[];
  checklist: { line: number; checked: boolean; text: string }[];
  code: { line: number; lang: string; text: string }[];
  links: { line: number; target: string }[];
  words: number;
  /** text outside code blocks, lower-cased */
  prose: string;
}

/** GitHub's heading anchors: lower-case, punctuation dropped, spaces to dashes (Korean kept). */
export function anchorOf(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function outlineMarkdown(text: string): MarkdownOutline {
  const out: MarkdownOutline = { headings: [], ordered: [], checklist: [], code: [], links: [], words: 0, prose: '' };
  const lines = text.split(/\r?\n/);
  const prose: string[] = [];
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const n = i + 1;
    const f = /^\s*(```+|~~~+)\s*([\w+-]*)/.exec(l);
    if (fence) {
      if (f && f[1].startsWith(fence.marker[0]) && f[1].length >= fence.marker.length && !f[2]) {
        out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join('\n') });
        fence = undefined;
      } else fence.body.push(l);
      continue;
    }
    if (f) {
      fence = { marker: f[1], lang: f[2] ?? '', line: n, body: [] };
      continue;
    }
    prose.push(l);
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (h) {
      const textH = h[2].replace(/\*\*|__|`/g, '');
      out.headings.push({ line: n, level: h[1].length, text: textH, anchor: anchorOf(textH) });
      if (h[1].length === 1 && out.title === undefined) out.title = textH;
      continue;
    }
    const c = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(l);
    if (c) {
      out.checklist.push({ line: n, checked: c[1] !== ' ', text: c[2].trim() });
      continue;
    }
    const o = /^\s*\d+[.)]\s+(.*)$/.exec(l);
    if (o) out.ordered.push({ line: n, text: o[1] });
    for (const m of l.matchAll(/\]\(([^)\s]+)/g)) out.links.push({ line: n, target: m[1] });
  }
  if (fence) out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join('\n') });
  out.title ??= out.headings[0]?.text;
  out.prose = prose.join('\n').toLowerCase();
  out.words = out.prose.split(/\s+/).filter(Boolean).length;
  return out;
}
