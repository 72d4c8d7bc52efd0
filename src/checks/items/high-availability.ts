import { at, defineCheck, partial, t } from '../check.js';
import { share } from '../helpers.js';
import { isStateless } from '../view.js';

export default defineCheck({
  id: 'high-availability',
  docs: {
    motivation: 'One instance of a service is one crash away from an outage.',
    implementation: 'More than one replica for every stateless service (deploy.replicas, Deployment replicas or an HPA minReplicas >= 2); container_name pins a compose service to one instance and is reported; PodDisruptionBudgets and anti-affinity count beside it.',
  },
  judge(view) {
    const svcs = view.services.filter(isStateless);
    const n = (s: (typeof svcs)[number]) => Math.max(s.replicas, s.minReplicas ?? 0);
    const j = share(
      svcs,
      (s) => n(s) >= 2 && !s.containerName,
      {
        all: t('every stateless service runs at least two instances', '모든 무상태 서비스가 인스턴스 2개 이상으로 실행됨'),
        some: (bad) => t(`${bad.length} of ${svcs.length} stateless services run a single instance: ${bad.join(', ')}`, `무상태 서비스 ${svcs.length}개 중 ${bad.length}개가 단일 인스턴스로 실행됨: ${bad.join(', ')}`),
        none: t('every service runs a single instance', '모든 서비스가 단일 인스턴스로 실행됨 (고가용성 미구현)'),
        remedy: (bad) =>
          t(
            `run at least two instances of ${bad.join(', ')}: remove \`container_name\` and set \`deploy.replicas: 2\` in the production compose file (behind a load balancer), or replicas/HPA minReplicas >= 2 with a PodDisruptionBudget in Kubernetes`,
            `${bad.length ? bad.join(', ') : '각 서비스'}의 인스턴스를 2개 이상 실행하십시오: 프로덕션 compose 파일에서 \`container_name\`을 제거하고 \`deploy.replicas: 2\`를 설정하거나(로드 밸런서 뒤에 배치), Kubernetes에서는 PodDisruptionBudget과 함께 replicas/HPA minReplicas >= 2로 설정하십시오`,
          ),
      },
      (s, ok) => (ok || !s.containerName ? at(s.replicasAt.file, s.replicasAt.line, t(`${s.name}: ${n(s)} instance${ok ? 's' : ''}`, `${s.name}: 인스턴스 ${n(s)}개`)) : at(s.containerName.file, s.containerName.line, t(`${s.name}: container_name pins it to one instance`, `${s.name}: container_name으로 단일 인스턴스에 고정`))),
    );
    const pdb = view.inv.kubernetes.pdbs.map((p) => at(p.file, p.line, t(`PodDisruptionBudget ${p.name}`, `PodDisruptionBudget ${p.name} 정의됨`)));
    if (j.status === 'pass' && view.inv.kubernetes.workloads.length && !pdb.length) return partial(t('services are replicated, but no PodDisruptionBudget keeps them up during node maintenance', '서비스는 복제되어 있으나 노드 유지보수 중 가용성을 지킬 PodDisruptionBudget 없음'), j.evidence, t('add PodDisruptionBudgets (minAvailable: 1) for the replicated Deployments', '복제된 Deployment에 PodDisruptionBudget(minAvailable: 1)을 추가하십시오'));
    return { ...j, evidence: [...j.evidence, ...pdb] };
  },
});
