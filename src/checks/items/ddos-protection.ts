import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'ddos-protection',
  docs: {
    motivation: 'Without limits at the edge, one client can exhaust the application for everyone.',
    implementation: 'nginx limit_req/limit_conn, ingress rate-limit annotations, provider DDoS/WAF services in infrastructure code; rate limiting inside the application counts only partly (the request has already reached it).',
  },
  judge(view) {
    const edge = view.inv.nginx.servers.flatMap((s) => s.rateLimits.map((r) => at(r.file, r.line, t(`${r.directive} in front of ${s.serverNames.join(' ') || 'the server'}`, `${s.serverNames.join(' ') || '서버'} 앞단의 ${r.directive}`))));
    const ing = view.inv.kubernetes.ingresses.filter((i) => Object.keys(i.annotations).some((k) => /limit-(rps|rpm|connections)|rate-limit|ratelimit/.test(k))).map((i) => at(i.file, i.line, t(`Ingress ${i.name} rate-limit annotations`, `Ingress ${i.name}: rate-limit 어노테이션`)));
    const iac = view.inv.files.list.filter((f) => f.ext === '.tf' && /shield|waf|ddos|armor/i.test(f.path)).map((f) => at(f.path, 0, t('provider DDoS protection', '클라우드 제공자의 DDoS 방어')));
    if (edge.length || ing.length || iac.length) return pass(t('requests are limited before they reach the application', '애플리케이션 앞단에서 요청 제한 적용됨'), [...edge, ...ing, ...iac]);
    const app = view.inv.app.hints.filter((h) => h.kind === 'rate-limit');
    const wired = app.filter((h) => h.wired);
    const remedy = t('limit requests at the edge: `limit_req_zone` + `limit_req` (and `limit_conn`) in nginx, rate-limit annotations on the Ingress, or the provider\'s DDoS protection', '엣지에서 요청을 제한하십시오: nginx의 `limit_req_zone` + `limit_req`(및 `limit_conn`), Ingress의 rate-limit 어노테이션, 또는 클라우드 제공자의 DDoS 방어');
    if (wired.length) return partial(t('only the application limits request rates', '애플리케이션 자체의 요청 속도 제한만 있음'), wired.map((h) => at(h.file, h.line, t(`application rate limiting (${h.name})`, `애플리케이션 요청 속도 제한 (${h.name})`))), remedy);
    return fail(t('no rate limiting or DDoS protection', '요청 속도 제한 및 DDoS 방어 부재'), [...app.map((h) => at(h.file, h.line, t(`${h.name} is defined but not wired into the app`, `${h.name}: 정의되었으나 앱에 연결되지 않음`))), absent(t('limit_req/limit_conn, ingress rate limits or a provider DDoS service', 'limit_req/limit_conn, Ingress 요청 제한 또는 클라우드 제공자 DDoS 서비스'), t('nginx, Kubernetes and infrastructure files', 'nginx, Kubernetes, 인프라 파일'))], remedy);
  },
});
