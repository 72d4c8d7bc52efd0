/** Human-readable lines for `readiness-gate inventory`, each led by file:line. */
import type { Container, KubernetesInventory, Workload } from './types.js';
import { byCodeUnits } from '../../text/compare.js';

function containerLine(c: Container): string {
  const r = c.resources;
  const res = r ? `requests ${r.requests?.cpu ?? '-'}/${r.requests?.memory ?? '-'}, limits ${r.limits?.cpu ?? '-'}/${r.limits?.memory ?? '-'}` : 'no resources';
  const probes = (['readiness', 'liveness', 'startup'] as const).filter((p) => c.probes[p]).map((p) => `${p} ${c.probes[p]!.type}${c.probes[p]!.path ? ` ${c.probes[p]!.path}` : ''}`);
  return `${c.file}:${c.line}   ${c.init ? 'init ' : ''}container ${c.name} ${c.image ?? '(no image)'}: ${res}; ${probes.length ? probes.join(', ') : 'no probes'}`;
}

function workloadLine(w: Workload): string {
  const replicas = w.replicas !== undefined ? `replicas ${w.replicas}` : w.replicasDefaulted ? 'replicas 1 (not set)' : '';
  const extra = [replicas, w.strategy && `strategy ${w.strategy}`, w.schedule && `schedule "${w.schedule}"`, w.antiAffinity && 'anti-affinity', w.topologySpread && 'topology spread'].filter(Boolean).join(', ');
  return `${w.file}:${w.line} ${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name}${w.via ? ` (via ${w.via})` : ''}${extra ? `: ${extra}` : ''}`;
}

export function describeInventory(inv: KubernetesInventory): string[] {
  const out: string[] = [];
  if (inv.productionSource !== 'none') out.push(`production set: ${inv.productionSource} (${inv.objects.length} objects)`);
  for (const k of inv.kustomizations) {
    const kinds = new Map<string, number>();
    for (const o of k.objects) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    const what = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
    out.push(`${k.file}:1 ${k.component ? 'component' : 'kustomization'}${k.production ? ' (production)' : ''}${k.referenced ? ' (used as base)' : ''} renders ${k.objects.length} objects${what ? `: ${what}` : ''}`);
  }
  const byKind = new Map<string, typeof inv.objects>();
  for (const o of inv.objects) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  for (const [kind, objs] of [...byKind].sort(([a], [b]) => byCodeUnits(a, b))) {
    for (const o of objs) out.push(`${o.file}:${o.line} ${kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name ?? '(unnamed)'}${o.category ? ` [${o.category}]` : ''}${o.secretKeys ? ` keys ${o.secretKeys.join(', ')}` : ''}`);
  }
  for (const w of inv.workloads) {
    out.push(workloadLine(w));
    for (const c of w.containers) out.push(containerLine(c));
  }
  for (const i of inv.ingresses) out.push(`${i.file}:${i.line} Ingress ${i.name}: hosts ${i.hosts.join(', ') || '-'}, ${i.tls.length ? `TLS ${i.tlsHosts.join(', ')}` : 'no TLS'}${i.className ? `, class ${i.className}` : ''}`);
  for (const n of inv.networkPolicies) out.push(`${n.file}:${n.line} NetworkPolicy ${n.name}${n.defaultDeny ? ` (default deny ${[n.denies.ingress && 'ingress', n.denies.egress && 'egress'].filter(Boolean).join('+')})` : ''}`);
  for (const h of inv.hpas) out.push(`${h.file}:${h.line} ${h.kind} ${h.name} -> ${h.target} ${h.min ?? 1}..${h.max ?? '?'}`);
  for (const p of inv.pdbs) out.push(`${p.file}:${p.line} PodDisruptionBudget ${p.name}: ${p.minAvailable !== undefined ? `minAvailable ${p.minAvailable}` : `maxUnavailable ${p.maxUnavailable ?? '-'}`}`);
  for (const c of inv.customResources) {
    const facts = Object.entries(c.facts).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`).join(' ');
    out.push(`${c.file}:${c.line} ${c.category} ${c.kind} ${c.name ?? ''}${facts ? ` ${facts}` : ''}`);
    for (const r of c.rules ?? []) out.push(`${r.file}:${r.line}   alert ${r.alert}${r.severity ? ` (${r.severity})` : ''}${r.runbookUrl ? ' runbook' : ' no runbook'}`);
  }
  return out;
}
