import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
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
    const ev = [...hpas.map((h) => at(h.file, h.line, `autoscaler for ${h.target} (${h.min ?? 1}..${h.max})`)), ...helm.map((e) => at(e.file, e.line, `chart autoscaling ${e.enabledInProduction ? 'on' : 'off'} in production values`))];
    const covered = stateless.filter((s) => hpas.some((h) => h.target === s.name) || s.minReplicas !== undefined);
    const remedy = 'add HorizontalPodAutoscalers (or KEDA ScaledObjects) for the stateless services with minReplicas >= 2';
    if ((hpas.length || on.length) && covered.length >= stateless.filter((s) => s.platform === 'kubernetes').length) return pass('stateless services scale automatically', ev);
    if (hpas.length || helm.length) return partial('autoscaling covers only part of the services or is switched off', ev, remedy);
    return fail('nothing scales automatically', [absent('HorizontalPodAutoscaler, KEDA ScaledObject or Helm autoscaling', 'Kubernetes and Helm files')], remedy);
  },
});
