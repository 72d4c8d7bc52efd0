import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { isStateless } from '../view.js';

export default defineCheck({
  id: 'load-balancer',
  docs: {
    motivation: 'A load balancer only balances when there is more than one backend behind it.',
    implementation: 'nginx/HAProxy upstreams with several servers or in front of replicated services; Kubernetes Services of type LoadBalancer or Ingresses in front of Deployments with more than one replica.',
  },
  judge(view) {
    const multi = view.inv.nginx.upstreams.filter((u) => u.servers.filter((s) => !s.backup).length > 1);
    const replicated = view.services.filter((s) => isStateless(s) && Math.max(s.replicas, s.minReplicas ?? 0) > 1);
    const k8sFront = [...view.inv.kubernetes.services.filter((s) => s.type === 'LoadBalancer'), ...view.inv.kubernetes.ingresses];
    const proxies = view.services.filter((s) => s.role === 'proxy');
    const ev = [
      ...multi.map((u) => at(u.file, u.line, t(`upstream ${u.name} balances ${u.servers.length} servers (${u.method})`, `upstream ${u.name}: 서버 ${u.servers.length}개로 분산 (${u.method})`))),
      ...k8sFront.map((x) => {
        const front = 'type' in x ? `Service ${x.name} (${x.type})` : `Ingress ${x.name}`;
        return at(x.file, x.line, t(front, `트래픽 진입점 ${front}`));
      }),
      ...replicated.map((s) => at(s.replicasAt.file, s.replicasAt.line, t(`${s.name}: ${Math.max(s.replicas, s.minReplicas ?? 0)} replicas`, `${s.name}: 복제본 ${Math.max(s.replicas, s.minReplicas ?? 0)}개`))),
    ];
    // across files: an upstream or proxy_pass host that no compose service or Kubernetes Service answers to
    const known = new Set([...view.inv.compose.projects.flatMap((p) => p.services.flatMap((s) => [s.name, s.containerName?.value ?? ''])), ...view.inv.kubernetes.services.map((s) => s.name)]);
    const upstreamNames = new Set(view.inv.nginx.upstreams.map((u) => u.name));
    const dangling = (view.services.length || view.inv.kubernetes.services.length)
      ? view.inv.nginx.proxyTargets.filter((t) => !t.host.includes('$') && !upstreamNames.has(t.host) && !known.has(t.host.split('.')[0]) && !/^(localhost|127\.|unix:|\d+\.\d+)/.test(t.host))
      : [];
    const danglingEv = dangling.map((d) => at(d.file, d.line, t(`nginx sends traffic to ${d.host}, which no compose service or Kubernetes Service is called`, `nginx 전달 대상 ${d.host}: 같은 이름의 compose 서비스나 Kubernetes Service 없음`)));
    const hosts = dangling.map((d) => d.host).join(', ');
    if (danglingEv.length && (multi.length || (k8sFront.length && replicated.length))) return partial(t('traffic is balanced, but some nginx targets name no service', '트래픽은 분산되나 일부 nginx 대상이 존재하지 않는 서비스를 가리킴'), [...danglingEv, ...ev], t(`point ${hosts} at the services that exist (compose service names or Kubernetes Service names)`, `${hosts} 대상을 실제 있는 서비스(compose 서비스 이름 또는 Kubernetes Service 이름)로 바꾸십시오`));
    ev.unshift(...danglingEv);
    if (multi.length || (k8sFront.length && replicated.length)) return pass(t('traffic is balanced across several instances', '여러 인스턴스로 트래픽 분산'), ev);
    const remedy = t('put the stateless services behind a load balancer with at least two instances each: an nginx `upstream` with several servers (or compose `deploy.replicas` behind the proxy), or a Kubernetes Ingress/Service in front of Deployments with replicas >= 2', '무상태 서비스를 각각 인스턴스 2개 이상으로 로드 밸런서 뒤에 두십시오: 서버 여러 개를 둔 nginx `upstream`(또는 프록시 뒤의 compose `deploy.replicas`), 또는 replicas >= 2인 Deployment 앞의 Kubernetes Ingress/Service');
    if (proxies.length || k8sFront.length || view.inv.nginx.upstreams.length) {
      return partial(t('a proxy or ingress is in front, but every backend is a single instance', '앞단에 프록시나 Ingress는 있으나 모든 백엔드가 단일 인스턴스'), [...ev, ...proxies.map((s) => at(s.file, s.line, t(`${s.name} proxies to single instances`, `${s.name}: 단일 인스턴스로 프록시`))), ...view.inv.nginx.upstreams.map((u) => at(u.file, u.line, t(`upstream ${u.name} has one server`, `upstream ${u.name}: 서버 1개`)))], remedy);
    }
    return fail(t('no load balancer in front of the services', '서비스 앞단에 로드 밸런서 부재'), [absent(t('an upstream with several servers, a LoadBalancer Service or an Ingress', '서버 여러 개의 upstream, LoadBalancer Service 또는 Ingress'), t('nginx, compose and Kubernetes files', 'nginx, compose, Kubernetes 파일')), ...view.services.filter(isStateless).map((s) => at(s.file, s.line, t(`${s.name} is reached directly`, `${s.name}: 로드 밸런서 없이 직접 접근`)))], remedy);
  },
});
