import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { isStateless } from '../view.js';

export default defineCheck({
  id: 'autoscaling',
  docs: {
    motivation: 'Load changes faster than people can resize services.',
    implementation: 'HorizontalPodAutoscalers or KEDA ScaledObjects (or Helm autoscaling switched on in production values) for the stateless services.',
  },
  judge(view) {
    const stateless = view.services.filter((s) => isStateless(s) && s.platform !== 'compose');
    const hpas = view.inv.kubernetes.hpas;
    const helm = view.inv.helm.charts.flatMap((c) => c.emits.filter((e) => e.kind === 'HorizontalPodAutoscaler'));
    const on = helm.filter((e) => e.enabledInProduction);
    const ev = [...hpas.map((h) => at(h.file, h.line, t(`autoscaler for ${h.target} (${h.min ?? 1}..${h.max})`, `${h.target} 오토스케일러 (${h.min ?? 1}..${h.max})`))), ...helm.map((e) => at(e.file, e.line, t(`chart autoscaling ${e.enabledInProduction ? 'on' : 'off'} in production values`, `프로덕션 values에서 차트 자동 스케일링 ${e.enabledInProduction ? '켜짐' : '꺼짐'}`)))];
    const covered = stateless.filter((s) => hpas.some((h) => h.target === s.name) || s.minReplicas !== undefined);
    const remedy = t('add HorizontalPodAutoscalers (or KEDA ScaledObjects) for the stateless services with minReplicas >= 2', '무상태 서비스에 minReplicas >= 2인 HorizontalPodAutoscaler(또는 KEDA ScaledObject)를 추가하십시오');
    if ((hpas.length || on.length) && covered.length >= stateless.filter((s) => s.platform === 'kubernetes').length) return pass(t('stateless services scale automatically', '무상태 서비스 자동 스케일링 적용됨'), ev);
    if (hpas.length || helm.length) return partial(t('autoscaling covers only part of the services or is switched off', '자동 스케일링이 일부 서비스에만 적용되거나 꺼져 있음'), ev, remedy);
    return fail(t('nothing scales automatically', '자동 스케일링 미구현'), [absent(t('HorizontalPodAutoscaler, KEDA ScaledObject or Helm autoscaling', 'HorizontalPodAutoscaler, KEDA ScaledObject 또는 Helm 자동 스케일링'), t('Kubernetes and Helm files', 'Kubernetes, Helm 파일'))], remedy);
  },
});
