import { at, defineCheck, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';

const LOCAL = /^(_|localhost|127\.|0\.0\.0\.0|\d+\.\d+\.\d+\.\d+|.*\.local|example\.(com|org)|.*\.example\.com|\$.*)$/;

export default defineCheck({
  id: 'domain-dns',
  docs: {
    motivation: 'Users reach the service by name; a configuration that only knows localhost has not been set up for a domain.',
    implementation: 'Real host names in nginx server_name and Ingress hosts, external-dns annotations, DNS records in infrastructure code.',
  },
  judge(view) {
    const hosts = [
      ...view.inv.nginx.servers.flatMap((s) => s.serverNames.filter((n) => !LOCAL.test(n)).map((n) => at(s.file, s.line, t(`server_name ${n}`, `도메인 ${n} (nginx server_name)`)))),
      ...view.inv.kubernetes.ingresses.flatMap((i) => i.hosts.filter((h) => !LOCAL.test(h)).map((h) => at(i.file, i.line, t(`Ingress host ${h}`, `도메인 ${h} (Ingress host)`)))),
      ...view.inv.kubernetes.objects.filter((o) => Object.keys(o.annotations).some((k) => k.startsWith('external-dns'))).map((o) => at(o.file, o.line, t('external-dns annotation', 'external-dns 어노테이션'))),
      ...view.inv.files.list.filter((f) => f.ext === '.tf' && /dns|route53|record/i.test(f.path)).map((f) => at(f.path, 0, t('DNS records as infrastructure code', '인프라 코드로 관리되는 DNS 레코드'))),
    ];
    if (hosts.length) return pass(t('the configuration serves a real domain', '설정에 실제 도메인 있음'), hosts);
    return attestOnly(t('the domain and DNS setup', '도메인 및 DNS 설정'));
  },
});
