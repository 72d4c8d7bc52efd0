import { absent, at, defineCheck, fail, pass } from '../check.js';

export default defineCheck({
  id: 'service-mesh',
  docs: {
    motivation: 'A mesh gives mutual TLS, retries and traffic control between services without code changes.',
    implementation: 'Istio, Linkerd or Consul resources, or sidecar injection annotations.',
  },
  judge(view) {
    const objs = view.inv.kubernetes.objects.filter((o) => o.category === 'istio' || o.category === 'linkerd' || Object.keys(o.annotations).some((k) => /linkerd\.io\/inject|sidecar\.istio\.io\/inject/.test(k)) || o.labels['istio-injection'] === 'enabled');
    if (objs.length) return pass('a service mesh is configured', objs.map((o) => at(o.file, o.line, `${o.kind} ${o.name ?? ''}`)));
    return fail('no service mesh', [absent('Istio/Linkerd/Consul resources or injection annotations', 'Kubernetes manifests')], 'adopt a service mesh (Linkerd or Istio) for mTLS and traffic policies once the services run on Kubernetes');
  },
});
