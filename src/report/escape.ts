// Values from a repository (file names, messages, service names) end up in pull-request comments
// and terminals; these helpers keep them inert there.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZWSP = '&#8203;';

/** One line of plain text: no control characters (terminal escapes, bidi overrides), no line breaks. */
export function plain(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '\uFFFD');
}

/**
 * Markdown-inert inline text: punctuation that starts markup is backslash-escaped, HTML
 * characters become entities, and @-mentions / #-references get a zero-width space so GitHub
 * neither notifies anyone nor links an issue.
 */
export function escapeMarkdown(text: string): string {
  return plain(text)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`);
}

/** Inline code: the fence is longer than any backtick run inside, so nothing can close it early. */
export function codeSpan(text: string, inTable = false): string {
  const t = plain(text);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim()) ? ' ' : '';
  // a pipe ends a table cell even inside code, unless escaped (outside tables the escape would show)
  return `${fence}${pad}${inTable ? t.replace(/\|/g, '\\|') : t}${pad}${fence}`;
}

/** Shortens long values so one message cannot fill a comment. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // do not split a surrogate pair
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  return `${text.slice(0, cut)}…`;
}
