import { at, defineCheck, t } from '../check.js';
import { limitsOf, share } from '../helpers.js';

export default defineCheck({
  id: 'resource-limits',
  docs: {
    motivation: 'A container without limits can take the whole host down with it.',
    implementation: 'CPU and memory limits on every long-running production container: compose deploy.resources.limits (or mem_limit/cpus) in the production model, Kubernetes resources.limits, Helm values.',
  },
  judge(view) {
    const svcs = view.services.filter((s) => s.role !== 'job');
    return share(
      svcs,
      (s) => !!s.limits,
      {
        all: t(`all ${svcs.length} production services have CPU and memory limits`, `프로덕션 서비스 ${svcs.length}개 모두 CPU·메모리 제한 있음`),
        some: (bad) => t(`${bad.length} of ${svcs.length} services run without limits: ${bad.join(', ')}`, `서비스 ${svcs.length}개 중 ${bad.length}개가 리소스 제한 없이 실행됨: ${bad.join(', ')}`),
        none: t('no production service has resource limits', '리소스 제한이 설정된 프로덕션 서비스 없음'),
        remedy: (bad) =>
          t(
            `add \`deploy.resources.limits\` (cpus, memory) to services ${bad.join(', ')} in the production compose file, or resources.limits in their Kubernetes manifests`,
            `프로덕션 compose 파일의 ${bad.length ? `서비스 ${bad.join(', ')}` : '각 서비스'}에 \`deploy.resources.limits\`(cpus, memory)를 추가하거나, Kubernetes 매니페스트에 resources.limits를 설정하십시오`,
          ),
      },
      (s, ok) => (ok ? limitsOf(s) : at(s.file, s.line, t(`${s.name} has no limits`, `${s.name}: 리소스 제한 없음`))),
    );
  },
});
