import { commandsOf, countWords, type MarkdownOutline } from './markdown.js';

const UNDERLINE = /^([=\-~^"'`#*+])\1{2,}\s*$/;

/**
 * reStructuredText, best effort, into the same outline as markdown: underlined (and
 * over-and-underlined) section titles, `#.`/`1.` enumerations, `.. code-block::` and
 * `::` literal blocks. Heading levels follow the order in which underline characters appear.
 */
export function outlineRst(text: string): MarkdownOutline {
  const out: MarkdownOutline = { headings: [], ordered: [], checklist: [], code: [], commands: [], words: 0, prose: '', proseRuns: [] };
  const lines = text.split(/\r?\n/);
  const levels: string[] = [];
  const prose: string[] = [];
  let proseLength = 0;
  const addProse = (l: string, line: number) => {
    out.proseRuns.push({ at: proseLength, line });
    proseLength += l.length + 1;
    prose.push(l);
  };
  let block: { line: number; lang: string; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (block) {
      const indent = l.length - l.trimStart().length;
      if (l.trim() === '' || indent > 0) {
        block.body.push(l.trim());
        continue;
      }
      out.code.push({ line: block.line, lang: block.lang, text: block.body.join('\n').replace(/\s+$/, '') });
      block = undefined;
    }
    const cb = /^\.\.\s+(?:code-block|code|sourcecode)::\s*(\w*)/.exec(l);
    if (cb) {
      block = { line: i + 1, lang: cb[1].toLowerCase(), body: [] };
      continue;
    }
    if (l.trimEnd().endsWith('::') && !l.trim().startsWith('..')) {
      block = { line: i + 1, lang: '', body: [] };
      addProse(l, i + 1);
      continue;
    }
    const next = lines[i + 1] ?? '';
    const u = UNDERLINE.exec(next);
    if (l.trim() && !UNDERLINE.test(l) && u && next.trim().length >= l.trim().length) {
      if (!levels.includes(u[1])) levels.push(u[1]);
      const title = l.trim();
      out.headings.push({ line: i + 1, level: levels.indexOf(u[1]) + 1, text: title });
      if (out.title === undefined) out.title = title;
      addProse(l, i + 1);
      i++;
      continue;
    }
    if (UNDERLINE.test(l)) continue;
    addProse(l, i + 1);
    const o = /^\s*(?:\d+|#)[.)]\s+(.*)$/.exec(l);
    if (o) out.ordered.push({ line: i + 1, text: o[1] });
  }
  if (block) out.code.push({ line: block.line, lang: block.lang, text: block.body.join('\n').replace(/\s+$/, '') });
  out.commands = commandsOf(out.code);
  out.prose = prose.join('\n').toLowerCase();
  out.words = countWords(out.prose);
  return out;
}
