import { at, defineCheck, fail, list, listKo, partial, pass, t } from '../check.js';
import { bestDoc, limitsOf } from '../helpers.js';
import { where } from '../view.js';

export default defineCheck({
  id: 'server-capacity',
  docs: {
    motivation: 'Without declared CPU and memory, nobody knows what the servers must provide and one service can starve the others.',
    implementation: 'Reads resource limits of every long-running production service (compose deploy.resources / mem_limit, Kubernetes and Helm resources) and capacity-plan documents.',
  },
  judge(view) {
    const svcs = view.services.filter((s) => s.role !== 'job');
    const sized = svcs.filter((s) => s.limits);
    const unsized = svcs.filter((s) => !s.limits);
    const plan = bestDoc(view, ['capacity-plan']);
    const ev = [
      ...unsized.map((s) => at(s.file, s.line, t(`${s.name}: no CPU/memory declared`, `${s.name}: CPU·메모리 선언 없음`))),
      ...sized.map(limitsOf),
      ...(plan && plan.strength !== 'mention' ? [at(plan.path, plan.line, t('capacity plan', '용량 계획'))] : []),
    ];
    const unsizedNames = unsized.map((s) => s.name);
    const remedy = t(
      `declare CPU and memory for ${list(unsizedNames)} (compose deploy.resources.limits/reservations in the production file; Kubernetes resources.requests/limits) and write down the server sizing they add up to`,
      `${listKo(unsizedNames) || '각 서비스'}의 CPU와 메모리를 선언하고(프로덕션 compose 파일의 deploy.resources.limits/reservations, Kubernetes의 resources.requests/limits), 그 합계에 맞는 서버 사양을 문서로 남기십시오`,
    );
    if (svcs.length && unsized.length === 0) return pass(t(`all ${svcs.length} production services declare their CPU and memory`, `프로덕션 서비스 ${svcs.length}개 모두 CPU·메모리 선언`), ev);
    if (sized.length || plan?.strength === 'procedure') return partial(t(`${sized.length} of ${svcs.length} services declare CPU and memory`, `서비스 ${svcs.length}개 중 ${sized.length}개만 CPU·메모리 선언`), ev, remedy);
    return fail(t('no service declares the CPU and memory it needs', 'CPU·메모리 요구량을 선언한 서비스 없음'), ev, remedy);
  },
});

