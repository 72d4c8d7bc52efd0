import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';
import { isDatastore } from '../view.js';

export default defineCheck({
  id: 'firewall',
  docs: {
    motivation: 'A database or cache published on the host is one scan away from the internet.',
    implementation: 'Flags datastores that publish host ports in the production compose model (unless bound to 127.0.0.1); looks for Kubernetes default-deny NetworkPolicies and firewall rules in infrastructure code.',
  },
  judge(view) {
    const exposed = view.services.filter((s) => isDatastore(s)).flatMap((s) => s.published.filter((p) => !/^(127\.|localhost|::1)/.test(p.hostIp ?? '')).map((p) => ({ s, p })));
    const deny = view.inv.kubernetes.networkPolicies.filter((n) => n.defaultDeny);
    const iac = view.inv.files.list.filter((f) => f.ext === '.tf' && /firewall|security_group|sg\b|network/i.test(f.path));
    if (exposed.length) {
      const names = [...new Set(exposed.map((e) => e.s.name))].join(', ');
      return fail(
        t(`${exposed.length} datastore port${exposed.length > 1 ? 's are' : ' is'} published on the host`, `데이터 저장소 포트 ${exposed.length}개가 호스트에 공개됨`),
        exposed.map(({ s, p }) => at(p.at.file, p.at.line, t(`${s.name} publishes host port ${p.port}`, `${s.name}: 호스트 포트 ${p.port} 공개`))),
        t(
          `remove the \`ports:\` of ${names} from the production model (they are reachable on the compose network), or bind them to 127.0.0.1, and keep firewall rules in the repository`,
          `프로덕션 모델에서 ${names}의 \`ports:\`를 제거하거나(compose 네트워크 안에서는 그대로 접근 가능) 127.0.0.1에 바인딩하고, 방화벽 규칙을 저장소에 두십시오`,
        ),
      );
    }
    if (deny.length) return pass(t('a default-deny NetworkPolicy restricts traffic', '기본 거부(default-deny) NetworkPolicy로 트래픽 제한'), deny.map((n) => at(n.file, n.line, t(`NetworkPolicy ${n.name} denies by default`, `NetworkPolicy ${n.name}: 기본 거부`))));
    if (iac.length) return pass(t('firewall rules are kept as infrastructure code', '방화벽 규칙을 인프라 코드로 관리'), iac.slice(0, 3).map((f) => at(f.path, 0, t('firewall / security group rules', '방화벽 / 보안 그룹 규칙'))));
    const datastores = view.services.filter(isDatastore);
    if (datastores.length) return partial(t('no datastore is published on the host, but no firewall rules are in the repository', '호스트에 공개된 데이터 저장소는 없으나 저장소에 방화벽 규칙 없음'), [...datastores.map((s) => at(s.file, s.line, t(`${s.name} is not published`, `${s.name}: 호스트에 공개되지 않음`))), absent(t('NetworkPolicy or firewall rules', 'NetworkPolicy 또는 방화벽 규칙'), t('Kubernetes manifests and infrastructure code', 'Kubernetes 매니페스트 및 인프라 코드'))], t('add a default-deny NetworkPolicy (Kubernetes) or keep the host firewall rules in the repository, or attest them', '기본 거부 NetworkPolicy(Kubernetes)를 추가하거나, 호스트 방화벽 규칙을 저장소에 두거나, 확인서를 작성하십시오'));
    return attestOnly(t('the firewall configuration', '방화벽 설정'));
  },
});
