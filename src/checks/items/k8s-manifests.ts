import { absent, at, defineCheck, fail, pass } from '../check.js';

export default defineCheck({
  id: 'k8s-manifests',
  docs: {
    motivation: 'The review plans Kubernetes as the target platform: the services need manifests.',
    implementation: 'Deployments/StatefulSets as plain manifests, kustomize overlays or a Helm chart.',
  },
  judge(view) {
    const k = view.inv.kubernetes;
    const ev = [...k.workloads.slice(0, 8).map((w) => at(w.file, w.line, `${w.kind} ${w.name}${w.via ? ` via ${w.via}` : ''}`)), ...view.inv.helm.charts.map((c) => at(c.file, 1, `Helm chart ${c.name ?? ''}`))];
    if (ev.length) return pass('Kubernetes manifests exist', ev);
    return fail('no Kubernetes manifests', [absent('Deployments, kustomize overlays or a Helm chart', 'the repository')], `write Deployments and Services for ${view.services.map((s) => s.name).join(', ') || 'the services'} (kustomize base + production overlay, or a Helm chart)`);
  },
});
