import type { HistoryEntry } from './history.js';

/**
 * The score trend as a mermaid `xychart-beta`, which GitHub renders in issues. Runs without a
 * score (nothing to judge) are left out; fewer than two points make no trend and no chart.
 */
export function trendChart(entries: readonly HistoryEntry[], title: string): string | null {
  const points = entries.filter((e) => e.score !== null);
  if (points.length < 2) return null;
  // quotes would end a mermaid string; the labels are dates and our own words
  const q = (s: string) => `"${s.replace(/"/g, "'")}"`;
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${q(title)}`,
    `  x-axis [${points.map((p) => q(p.at.slice(5))).join(', ')}]`,
    '  y-axis "%" 0 --> 100',
    `  line [${points.map((p) => p.score).join(', ')}]`,
    '```',
  ].join('\n');
}
