import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
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
      ...multi.map((u) => at(u.file, u.line, `upstream ${u.name} balances ${u.servers.length} servers (${u.method})`)),
      ...k8sFront.map((x) => at(x.file, x.line, `${'type' in x ? `Service ${x.name} (${x.type})` : `Ingress ${x.name}`}`)),
      ...replicated.map((s) => at(s.replicasAt.file, s.replicasAt.line, `${s.name}: ${Math.max(s.replicas, s.minReplicas ?? 0)} replicas`)),
    ];
    // across files: an upstream or proxy_pass host that no compose service or Kubernetes Service answers to
    const known = new Set([...view.inv.compose.projects.flatMap((p) => p.services.flatMap((s) => [s.name, s.containerName?.value ?? ''])), ...view.inv.kubernetes.services.map((s) => s.name)]);
    const upstreamNames = new Set(view.inv.nginx.upstreams.map((u) => u.name));
    const dangling = (view.services.length || view.inv.kubernetes.services.length)
      ? view.inv.nginx.proxyTargets.filter((t) => !t.host.includes('$') && !upstreamNames.has(t.host) && !known.has(t.host.split('.')[0]) && !/^(localhost|127\.|unix:|\d+\.\d+)/.test(t.host))
      : [];
    const danglingEv = dangling.map((t) => at(t.file, t.line, `nginx sends traffic to ${t.host}, which no compose service or Kubernetes Service is called`));
    if (danglingEv.length && (multi.length || (k8sFront.length && replicated.length))) return partial('traffic is balanced, but some nginx targets name no service', [...danglingEv, ...ev], `point ${dangling.map((t) => t.host).join(', ')} at the services that exist (compose service names or Kubernetes Service names)`);
    ev.unshift(...danglingEv);
    if (multi.length || (k8sFront.length && replicated.length)) return pass('traffic is balanced across several instances', ev);
    const remedy = 'put the stateless services behind a load balancer with at least two instances each: an nginx `upstream` with several servers (or compose `deploy.replicas` behind the proxy), or a Kubernetes Ingress/Service in front of Deployments with replicas >= 2';
    if (proxies.length || k8sFront.length || view.inv.nginx.upstreams.length) {
      return partial('a proxy or ingress is in front, but every backend is a single instance', [...ev, ...proxies.map((s) => at(s.file, s.line, `${s.name} proxies to single instances`)), ...view.inv.nginx.upstreams.map((u) => at(u.file, u.line, `upstream ${u.name} has one server`))], remedy);
    }
    return fail('no load balancer in front of the services', [absent('an upstream with several servers, a LoadBalancer Service or an Ingress', 'nginx, compose and Kubernetes files'), ...view.services.filter(isStateless).map((s) => at(s.file, s.line, `${s.name} is reached directly`))], remedy);
  },
});
