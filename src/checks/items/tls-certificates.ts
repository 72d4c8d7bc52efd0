import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { kindName } from '../helpers.js';

export default defineCheck({
  id: 'tls-certificates',
  docs: {
    motivation: 'Without TLS, credentials and session tokens cross the network in clear text.',
    implementation: 'nginx servers listening with ssl and a certificate (modern ssl_protocols, HTTP redirected to HTTPS); Ingress tls with cert-manager issuers; Traefik/Caddy ACME labels in compose.',
  },
  judge(view) {
    const ng = view.inv.nginx.servers;
    const tls = ng.filter((s) => s.tls && s.listen.some((l) => l.ssl));
    const redirect = ng.find((s) => s.redirectsToHttps);
    const ing = view.inv.kubernetes.ingresses.filter((i) => i.tlsHosts.length);
    const issuers = view.inv.kubernetes.objects.filter((o) => o.category === 'cert-manager');
    const acme = view.services.filter((s) => Object.keys(s.compose?.labels ?? {}).some((k) => /certresolver|tls/.test(k)) || /caddy/.test(s.image ?? ''));
    const ev = [
      ...tls.map((s) => at(s.file, s.tls!.line, t(`listens ${s.listen.map((l) => l.port).join(',')} ssl with ${s.tls!.protocols?.join(' ') ?? 'default protocols'}`, `포트 ${s.listen.map((l) => l.port).join(',')} ssl 수신, ${s.tls!.protocols?.join(' ') ?? '기본 프로토콜'}`))),
      ...(redirect ? [at(redirect.file, redirect.redirectsToHttps!.line, t('HTTP redirected to HTTPS', 'HTTP를 HTTPS로 리디렉션'))] : []),
      ...ing.map((i) => at(i.file, i.line, t(`Ingress ${i.name} terminates TLS for ${i.tlsHosts.join(', ')}`, `Ingress ${i.name}: ${i.tlsHosts.join(', ')}의 TLS 종료`))),
      ...issuers.map((o) => at(o.file, o.line, t(`${o.kind} ${o.name ?? ''}`, `cert-manager 리소스 ${kindName(o)}`))),
      ...acme.map((s) => at(s.file, s.line, t(`${s.name} obtains certificates automatically`, `${s.name}: 인증서 자동 발급`))),
    ];
    const weak = tls.filter((s) => s.tls!.protocols?.some((p) => /SSLv|TLSv1(\.1)?$/.test(p)));
    if ((tls.length && !weak.length) || ing.length || acme.length) return pass(t('TLS is terminated with a certificate in the repository configuration', '저장소 설정에서 인증서로 TLS 종료'), ev);
    if (tls.length) return partial(t('TLS is configured but allows outdated protocols', 'TLS는 설정되었으나 오래된 프로토콜 허용'), [...ev, ...weak.map((s) => at(s.file, s.tls!.line, t(`ssl_protocols ${s.tls!.protocols!.join(' ')}`, `오래된 프로토콜 허용: ssl_protocols ${s.tls!.protocols!.join(' ')}`)))], t('set `ssl_protocols TLSv1.2 TLSv1.3;` and redirect HTTP to HTTPS', '`ssl_protocols TLSv1.2 TLSv1.3;`을 설정하고 HTTP를 HTTPS로 리디렉션하십시오'));
    const http = ng.filter((s) => !s.tls);
    return fail(t('no TLS termination in the repository', '저장소에 TLS 종료 설정 부재'), [...http.map((s) => at(s.file, s.line, t(`server listens ${s.listen.map((l) => l.port).join(',') || '80'} without ssl`, `서버가 ssl 없이 포트 ${s.listen.map((l) => l.port).join(',') || '80'} 수신`))), absent(t('a TLS listener (nginx `listen 443 ssl` + ssl_certificate, Ingress tls, Traefik/Caddy ACME)', 'TLS 리스너 (nginx `listen 443 ssl` + ssl_certificate, Ingress tls, Traefik/Caddy ACME)'), t('nginx, Kubernetes and compose files', 'nginx, Kubernetes, compose 파일'))], t('terminate TLS in front of the services: nginx `listen 443 ssl` with ssl_certificate from Let\'s Encrypt (certbot) and an HTTP->HTTPS redirect, or Ingress tls with a cert-manager ClusterIssuer', '서비스 앞단에서 TLS를 종료하십시오: Let\'s Encrypt(certbot) 인증서를 쓰는 nginx `listen 443 ssl`과 HTTP->HTTPS 리디렉션, 또는 cert-manager ClusterIssuer를 쓰는 Ingress tls'));
  },
});
