import { COLLECTORS, type Inventory } from '../engine/inventory.js';
import { formatBytes } from '../inventory/context.js';

const TITLES: Record<string, string> = {
  compose: 'Compose projects',
  dockerfiles: 'Dockerfiles',
  kubernetes: 'Kubernetes',
  helm: 'Helm charts',
  workflows: 'Workflows and dependency updates',
  nginx: 'nginx',
  monitoring: 'Monitoring',
  documents: 'Documents',
  secrets: 'Secrets and leftovers',
  app: 'Application code',
};

/** The human-readable inventory: one block per kind, each line led by file:line. */
export function renderInventoryText(inv: Inventory): string {
  const out: string[] = [];
  out.push(`Inventory of ${inv.source}: ${inv.files.count} files, ${formatBytes(inv.files.bytes)}`);
  for (const c of COLLECTORS) {
    const value = inv[c.key as keyof Inventory];
    if (value === undefined) continue;
    const lines = (c.describe as (v: unknown) => string[])(value);
    out.push('', `## ${TITLES[c.key] ?? c.key}`);
    if (lines.length === 0) out.push('  (none found)');
    else for (const l of lines) out.push(`  ${l}`);
  }
  if (inv.diagnostics.length) {
    out.push('', `## Diagnostics (${inv.diagnostics.length})`);
    for (const d of inv.diagnostics) {
      const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
      out.push(`  ${d.severity.padEnd(7)} ${where}: ${d.message}`);
    }
  }
  return out.join('\n') + '\n';
}
