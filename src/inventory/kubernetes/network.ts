/** Services, Ingresses and NetworkPolicies as the readiness checks read them. */
import { isMap } from './objects.js';
import { list, maps, rawOf, str, strMap, type Obj } from './objects.js';
import { locOf } from './provenance.js';
import type { IngressInfo, K8sObject, NetworkPolicyInfo, ServiceInfo } from './types.js';

const specOf = (o: K8sObject): Obj => {
  const raw = rawOf(o);
  return isMap(raw.spec) ? raw.spec : {};
};

export function serviceOf(o: K8sObject): ServiceInfo {
  const spec = specOf(o);
  return {
    name: o.name ?? '',
    namespace: o.namespace,
    type: String(spec.type ?? 'ClusterIP'),
    ports: maps(spec.ports).map((p) => String(p.port)),
    selector: strMap(spec.selector),
    file: o.file,
    line: o.line,
  };
}

const has = (a: Record<string, string>, ...parts: string[]) => Object.keys(a).some((k) => parts.some((p) => k.includes(p)));

export function ingressOf(o: K8sObject): IngressInfo {
  const spec = specOf(o);
  const at = { file: o.file, line: o.line };
  const paths: IngressInfo['paths'] = [];
  for (const r of maps(spec.rules)) {
    const http = isMap(r.http) ? r.http : {};
    const ps = list(http.paths);
    ps.forEach((p, i) => {
      if (!isMap(p)) return;
      const b = isMap(p.backend) ? p.backend : {};
      // networking.k8s.io/v1 nests service.name/port; v1beta1 used serviceName/servicePort
      const svc = isMap(b.service) ? b.service : undefined;
      const port = svc && isMap(svc.port) ? (svc.port.number ?? svc.port.name) : b.servicePort;
      paths.push({ host: str(r.host), path: String(p.path ?? '/'), service: str(svc ? svc.name : b.serviceName), port: str(port), line: locOf(ps, i, at).line });
    });
  }
  const tlsList = list(spec.tls);
  const tls = tlsList.flatMap((t, i) => (isMap(t) ? [{ hosts: list(t.hosts).map(String), secretName: str(t.secretName), line: locOf(tlsList, i, at).line }] : []));
  const a = o.annotations;
  return {
    name: o.name ?? '',
    namespace: o.namespace,
    className: str(spec.ingressClassName) ?? a['kubernetes.io/ingress.class'],
    hosts: maps(spec.rules).map((r) => str(r.host)).filter((h): h is string => !!h),
    paths,
    // a TLS entry without hosts covers the rules' hosts
    tlsHosts: tls.flatMap((t) => (t.hosts.length ? t.hosts : ['*'])),
    tls,
    annotations: a,
    features: {
      certManager: has(a, 'cert-manager.io/'),
      externalDns: has(a, 'external-dns.alpha.kubernetes.io/'),
      rateLimit: has(a, 'limit-rps', 'limit-rpm', 'limit-connections', 'rate-limit', 'ratelimit'),
      modsecurity: has(a, 'modsecurity', 'enable-owasp-core-rules'),
      sslRedirect: a['nginx.ingress.kubernetes.io/ssl-redirect'] === 'true' || a['nginx.ingress.kubernetes.io/force-ssl-redirect'] === 'true' || has(a, 'redirect-to-https'),
    },
    file: o.file,
    line: o.line,
  };
}

export function networkPolicyOf(o: K8sObject): NetworkPolicyInfo {
  const spec = specOf(o);
  const sel = isMap(spec.podSelector) ? spec.podSelector : {};
  const selectsAll = Object.keys(strMap(sel.matchLabels)).length === 0 && list(sel.matchExpressions).length === 0;
  // policyTypes defaults to Ingress (plus Egress when egress rules are written)
  const types = Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : spec.egress ? ['Ingress', 'Egress'] : ['Ingress'];
  const denies = {
    ingress: selectsAll && types.includes('Ingress') && list(spec.ingress).length === 0,
    egress: selectsAll && types.includes('Egress') && list(spec.egress).length === 0,
  };
  return { name: o.name ?? '', namespace: o.namespace, podSelector: strMap(sel.matchLabels), policyTypes: types, defaultDeny: denies.ingress || denies.egress, denies, file: o.file, line: o.line };
}
