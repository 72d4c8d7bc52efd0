/** A part of a rendered review; `keep` parts are never dropped to meet a size limit. */
export interface Block {
  text: string;
  keep: boolean;
}

/**
 * Joins blocks under `limit` characters. Droppable blocks go from the end first; if the kept ones
 * alone are too long, the text is cut at a line break. The note says what was left out.
 */
export function fitBlocks(blocks: readonly Block[], limit: number, note: (omitted: number) => string, sep = '\n'): string {
  const all = blocks.map((b) => b.text).join(sep);
  if (all.length <= limit) return all;
  const kept = blocks.slice();
  let omitted = 0;
  const size = () => kept.reduce((n, b) => n + b.text.length + sep.length, 0);
  for (let i = kept.length - 1; i >= 0 && size() + note(omitted + 1).length > limit; i--) {
    if (kept[i].keep) continue;
    kept.splice(i, 1);
    omitted++;
  }
  const tail = note(Math.max(omitted, 1));
  let text = kept.map((b) => b.text).join(sep);
  if (text.length + sep.length + tail.length > limit) {
    const room = Math.max(0, limit - tail.length - sep.length);
    const cut = text.lastIndexOf('\n', room);
    text = text.slice(0, cut > 0 ? cut : room);
  }
  return `${text}${sep}${tail}`.slice(0, limit);
}
