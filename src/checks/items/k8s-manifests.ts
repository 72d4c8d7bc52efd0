import { absent, at, defineCheck, fail, pass, t } from '../check.js';
import { REPOSITORY } from '../helpers.js';

export default defineCheck({
  id: 'k8s-manifests',
  docs: {
    motivation: 'The review plans Kubernetes as the target platform: the services need manifests.',
    implementation: 'Deployments/StatefulSets as plain manifests, kustomize overlays or a Helm chart.',
  },
  judge(view) {
    const k = view.inv.kubernetes;
    const ev = [...k.workloads.slice(0, 8).map((w) => at(w.file, w.line, t(`${w.kind} ${w.name}${w.via ? ` via ${w.via}` : ''}`, `워크로드 ${w.kind} ${w.name}${w.via ? ` (${w.via} 경유)` : ''}`))), ...view.inv.helm.charts.map((c) => at(c.file, 1, t(`Helm chart ${c.name ?? ''}`, `Helm 차트${c.name ? ` ${c.name}` : ''}`)))];
    if (ev.length) return pass(t('Kubernetes manifests exist', 'Kubernetes 매니페스트 있음'), ev);
    const svcs = view.services.map((s) => s.name).join(', ');
    return fail(t('no Kubernetes manifests', 'Kubernetes 배포 매니페스트 부재'), [absent(t('Deployments, kustomize overlays or a Helm chart', 'Deployment, kustomize overlay 또는 Helm 차트'), REPOSITORY)], t(`write Deployments and Services for ${svcs || 'the services'} (kustomize base + production overlay, or a Helm chart)`, `${svcs || '각 서비스'}의 Deployment와 Service를 작성하십시오 (kustomize base + 프로덕션 overlay, 또는 Helm 차트)`));
  },
});
