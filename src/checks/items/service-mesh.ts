import { absent, at, defineCheck, fail, pass, t } from '../check.js';
import { kindName } from '../helpers.js';

export default defineCheck({
  id: 'service-mesh',
  docs: {
    motivation: 'A mesh gives mutual TLS, retries and traffic control between services without code changes.',
    implementation: 'Istio, Linkerd or Consul resources, or sidecar injection annotations.',
  },
  judge(view) {
    const objs = view.inv.kubernetes.objects.filter((o) => o.category === 'istio' || o.category === 'linkerd' || Object.keys(o.annotations).some((k) => /linkerd\.io\/inject|sidecar\.istio\.io\/inject/.test(k)) || o.labels['istio-injection'] === 'enabled');
    if (objs.length) return pass(t('a service mesh is configured', '서비스 메시 구성됨'), objs.map((o) => at(o.file, o.line, t(`${o.kind} ${o.name ?? ''}`, `서비스 메시 구성 ${kindName(o)}`))));
    return fail(t('no service mesh', '서비스 메시 미구현'), [absent(t('Istio/Linkerd/Consul resources or injection annotations', 'Istio/Linkerd/Consul 리소스 또는 주입(injection) 어노테이션'), t('Kubernetes manifests', 'Kubernetes 매니페스트'))], t('adopt a service mesh (Linkerd or Istio) for mTLS and traffic policies once the services run on Kubernetes', '서비스가 Kubernetes에서 실행되면 mTLS와 트래픽 정책을 위해 서비스 메시(Linkerd 또는 Istio)를 도입하십시오'));
  },
});
