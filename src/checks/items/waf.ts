import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';

export default defineCheck({
  id: 'waf',
  docs: {
    motivation: 'A WAF stops the common attack classes (injection, traversal, scanners) before they reach the code.',
    implementation: 'ModSecurity/Coraza on in nginx or the ingress with the OWASP Core Rule Set; a cloud WAF in infrastructure code. Where the repository holds a web tier without one, it fails; with no web tier at all it needs an attestation.',
  },
  judge(view) {
    const ms = view.inv.nginx.servers.filter((s) => s.modsecurity);
    const ing = view.inv.kubernetes.ingresses.filter((i) => Object.entries(i.annotations).some(([k, v]) => /modsecurity|enable-owasp-core-rules|waf/i.test(k) && v !== 'false'));
    const iac = view.inv.files.list.filter((f) => f.ext === '.tf' && /waf/i.test(f.path));
    const images = view.services.filter((s) => /modsecurity|coraza|owasp/i.test(s.image ?? ''));
    const crs = ms.filter((s) => s.modsecurity!.crs);
    const ev = [...ms.map((s) => at(s.file, s.modsecurity!.line, t(`modsecurity on${s.modsecurity!.crs ? ' with the OWASP CRS' : ''}`, `modsecurity 켜짐${s.modsecurity!.crs ? ' (OWASP CRS 포함)' : ''}`))), ...ing.map((i) => at(i.file, i.line, t(`Ingress ${i.name} WAF annotations`, `Ingress ${i.name}: WAF 어노테이션`))), ...iac.map((f) => at(f.path, 0, t('cloud WAF', '클라우드 WAF'))), ...images.map((s) => at(s.file, s.line, t(`${s.name} runs a WAF image`, `${s.name}: WAF 이미지 실행`)))];
    if (crs.length || ing.length || iac.length || images.length) return pass(t('a WAF filters traffic', 'WAF로 트래픽 필터링'), ev);
    const remedy = t('enable ModSecurity (or Coraza) with the OWASP Core Rule Set in the nginx in front of the services (`modsecurity on; modsecurity_rules_file ...crs-setup.conf`), or the ingress WAF annotations, or a cloud WAF in infrastructure code', '서비스 앞단 nginx에서 OWASP Core Rule Set과 함께 ModSecurity(또는 Coraza)를 켜거나(`modsecurity on; modsecurity_rules_file ...crs-setup.conf`), Ingress WAF 어노테이션 또는 인프라 코드의 클라우드 WAF를 사용하십시오');
    if (ms.length) return partial(t('ModSecurity is on without the OWASP Core Rule Set', 'ModSecurity가 OWASP Core Rule Set 없이 켜져 있음'), ev, remedy);
    if (view.inv.nginx.servers.length || view.inv.kubernetes.ingresses.length || view.services.some((s) => s.published.length)) return fail(t('the web tier has no WAF', '웹 계층에 WAF 미구현'), [absent(t('ModSecurity/Coraza, WAF annotations or a cloud WAF', 'ModSecurity/Coraza, WAF 어노테이션 또는 클라우드 WAF'), t('nginx, ingress and infrastructure files', 'nginx, Ingress, 인프라 파일'))], remedy);
    return attestOnly(t('the web application firewall', '웹 애플리케이션 방화벽(WAF)'));
  },
});
