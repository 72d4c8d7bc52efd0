/** Human-readable lines for `readiness-gate inventory`, each led by file:line. */
import type { Job, WorkflowInventory } from './types.js';

function jobLabel(j: Job): string {
  const parts: string[] = [];
  const deploy = j.tags.includes('deploy');
  for (const t of j.tags) {
    if (t === 'deploy' || t.startsWith('deploy:') || t === 'security-scan') continue;
    parts.push(t.startsWith('security-scan:') ? `security-scan(${t.slice(14)})` : t);
  }
  if (deploy) parts.unshift(`deploy${j.deployTarget ? `→${j.deployTarget}` : ''}`);
  if (j.call) parts.push(`calls ${j.call.target}`);
  return parts.length ? `${j.id} [${parts.join(', ')}]` : j.id;
}

export function describeWorkflows(inv: WorkflowInventory): string[] {
  const out: string[] = [];
  for (const w of inv.workflows) {
    const triggers = w.triggers.map((t) => (t.cron?.length ? `schedule(${t.cron.join(' | ')})` : t.branches?.length ? `${t.event}(${t.branches.join(',')})` : t.event)).join(', ') || 'no trigger';
    out.push(`${w.file}:${w.line} ${w.name ?? '(unnamed)'} — ${triggers}; jobs: ${w.jobs.map(jobLabel).join(', ') || 'none'}${w.permissions ? `; permissions ${w.permissions.kind}` : ''}`);
  }
  for (const c of inv.reusableCalls) out.push(`${c.file}:${c.line} job ${c.job} calls ${c.local ? 'local' : 'remote'} workflow ${c.target}${c.local && c.exists === false ? ' (MISSING)' : ''}`);
  const used = inv.ecosystems.map((e) => `${e.ecosystem} (${e.dirs.slice(0, 4).join(', ')}${e.dirs.length > 4 ? ', …' : ''})`).join('; ');
  if (inv.dependabot) {
    const d = inv.dependabot;
    out.push(`${d.file}:${d.line} dependabot: ${d.updates.map((u) => `${u.ecosystem} ${u.directories.join(',')}${u.schedule ? ` ${u.schedule}` : ''}`).join('; ') || 'no updates'}`);
    const covered = new Set(d.updates.map((u) => u.ecosystem));
    const missing = inv.ecosystems.filter((e) => !covered.has(e.ecosystem)).map((e) => e.ecosystem);
    if (missing.length) out.push(`${d.file}:${d.line} dependabot does not cover: ${missing.join(', ')}`);
  }
  if (inv.renovate) {
    const r = inv.renovate;
    out.push(`${r.file}:${r.line} renovate${r.enabled ? '' : ' (DISABLED)'}${r.extends.length ? ` extends ${r.extends.join(', ')}` : ''}${r.enabledManagers ? `; managers ${r.enabledManagers.join(', ')}` : ''}${r.unreadable ? ' (unreadable)' : ''}`);
  }
  for (const c of inv.codeql) out.push(`${c.file}:${c.line} codeql config${c.queries.length ? ` queries ${c.queries.join(', ')}` : ''}`);
  out.push(`ecosystems in use: ${used || 'none'}`);
  return out;
}
