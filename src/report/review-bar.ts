const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A unicode block bar for a percentage, in eighths of a cell; empty cells are shaded. */
export function bar(score: number | null, width = 20): string {
  if (score === null) return '·'.repeat(width);
  const clamped = Math.min(100, Math.max(0, score));
  const eighths = Math.floor((clamped / 100) * width * 8 + 1e-9);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8];
  return '█'.repeat(full) + part + '░'.repeat(width - full - (part ? 1 : 0));
}
