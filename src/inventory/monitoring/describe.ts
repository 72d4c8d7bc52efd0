/** Human-readable lines for `readiness-gate inventory`, each led by file:line. */
import type { MonitoringInventory } from './types.js';

export function describeMonitoring(inv: MonitoringInventory): string[] {
  const out: string[] = [];
  for (const p of inv.prometheus) {
    if (p.source !== 'config') {
      out.push(`${p.file}:${p.line} ${p.jobs[0]?.name ?? p.source}`);
      continue;
    }
    out.push(`${p.file}:${p.line} prometheus${p.scrapeInterval ? ` every ${p.scrapeInterval}` : ''}: ${p.jobs.length} scrape jobs; alertmanager ${p.alertmanagers ? p.alertmanagerTargets.join(', ') || 'configured' : 'NOT configured'}`);
    for (const j of p.jobs) out.push(`  ${j.file}:${j.line} job ${j.name}: ${[...j.targets, ...j.discovery.map((d) => `${d} discovery`)].join(', ') || 'no targets'}${j.metricsPath ? ` ${j.metricsPath}` : ''}`);
    for (const r of p.rulePatterns) out.push(`  ${p.file}:${r.line} rule_files ${r.pattern} -> ${r.matched.join(', ') || 'NO file in the repository'}`);
  }
  if (inv.alertRules.length) {
    const withRunbook = inv.alertRules.filter((r) => r.runbookUrl).length;
    const unloaded = inv.alertRules.filter((r) => !r.loaded).length;
    out.push(`${inv.alertRules.length} alert rules: ${withRunbook} with runbook_url, ${inv.alertRules.length - withRunbook} without${unloaded ? `; ${unloaded} in files no Prometheus config loads` : ''}`);
    for (const r of inv.alertRules) out.push(`  ${r.file}:${r.line} alert ${r.name}${r.severity ? ` (${r.severity})` : ''}${r.for ? ` for ${r.for}` : ''}${r.runbookUrl ? '' : ' — no runbook_url'}`);
  }
  if (inv.recordingRules.length) out.push(`${inv.recordingRules.length} recording rules`);
  for (const a of inv.alertmanager) {
    out.push(`${a.file}:${a.line} alertmanager: route ${a.route ? `→ ${a.route.receiver ?? '?'} (${a.route.routes} sub-routes)` : 'MISSING'}`);
    for (const r of a.receivers) out.push(`  ${r.file}:${r.line} receiver ${r.name}: ${r.integrations.join(', ') || 'no integration (null receiver)'}`);
  }
  for (const d of inv.grafana.datasources) out.push(`${d.file}:${d.line} grafana datasource ${d.name ?? ''} (${d.type})${d.url ? ` ${d.url}` : ''}`);
  for (const p of inv.grafana.dashboardProviders) out.push(`${p.file}:${p.line} grafana dashboard provider ${p.name ?? ''}${p.path ? ` from ${p.path}` : ''}`);
  for (const d of inv.grafana.dashboards) out.push(`${d.file}:${d.line} dashboard "${d.title}": ${d.panels} panels, ${d.kind}${d.business ? ` (${d.businessSignals.slice(0, 4).join(', ')})` : ''}`);
  const byKind = new Map<string, string[]>();
  for (const c of inv.components) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), `${c.file}:${c.line}`]);
  for (const [kind, where] of byKind) out.push(`${where[0]} ${kind} runs (${where.length} place${where.length === 1 ? '' : 's'}: ${where.slice(0, 3).join(', ')})`);
  for (const s of inv.logShippers) out.push(`${s.file}:${s.line} logs: ${s.tool} ${s.via}${s.service ? ` for ${s.service}` : ''}${s.destinations.length ? ` → ${s.destinations.join(', ')}` : ''}`);
  for (const t of inv.tracing) out.push(`${t.file}:${t.line} tracing: ${t.tool} ${t.via}${t.exporters.length ? ` → ${t.exporters.join(', ')}` : ''}`);
  return out;
}
