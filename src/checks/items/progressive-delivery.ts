import { absent, at, defineCheck, fail, pass, t } from '../check.js';
import { kindName } from '../helpers.js';

export default defineCheck({
  id: 'progressive-delivery',
  docs: {
    motivation: 'Canary and blue-green releases expose a change to a few users before all of them.',
    implementation: 'Argo Rollouts or Flagger canary/blueGreen strategies, weighted routing (Istio VirtualService weights), two colour environments.',
  },
  judge(view) {
    const rollouts = view.inv.kubernetes.workloads.filter((w) => w.strategy === 'canary' || w.strategy === 'blueGreen').map((w) => at(w.file, w.line, t(`${w.kind} ${w.name}: ${w.strategy}`, `${w.kind} ${w.name}: ${w.strategy === 'canary' ? '카나리' : '블루-그린'} 배포`)));
    const flagger = view.inv.kubernetes.objects.filter((o) => o.category === 'flagger').map((o) => at(o.file, o.line, t(`Flagger ${o.kind} ${o.name ?? ''}`, `Flagger 리소스 ${kindName(o)}`)));
    const colours = view.services.filter((s) => /(^|-)(blue|green|canary)($|-)/.test(s.name)).map((s) => at(s.file, s.line, t(`${s.name}`, `블루-그린/카나리 서비스 ${s.name}`)));
    const ev = [...rollouts, ...flagger, ...colours];
    if (ev.length) return pass(t('releases go out progressively', '점진적 배포(카나리/블루-그린) 적용됨'), ev);
    return fail(t('releases go to everyone at once', '릴리스가 모든 사용자에게 한 번에 배포됨'), [absent(t('canary or blue-green strategies', '카나리 또는 블루-그린 전략'), t('Kubernetes manifests and compose files', 'Kubernetes 매니페스트 및 compose 파일'))], t('release with a canary or blue-green strategy (Argo Rollouts or Flagger on Kubernetes; two colour stacks behind the proxy with compose)', '카나리 또는 블루-그린 전략으로 릴리스하십시오 (Kubernetes에서는 Argo Rollouts나 Flagger, compose에서는 프록시 뒤의 두 색상 스택)'));
  },
});
