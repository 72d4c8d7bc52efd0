import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { isDatastore } from '../view.js';
import { isSecretName } from '../../inventory/secret-names.js';

export default defineCheck({
  id: 'internal-network-security',
  docs: {
    motivation: 'Inside the network, a datastore without authentication or isolation is open to every compromised neighbour.',
    implementation: 'Kubernetes NetworkPolicies, compose networks marked internal for datastores, service mesh mTLS; datastores whose password falls back to a default written in the compose file fail.',
  },
  judge(view) {
    const pols = view.inv.kubernetes.networkPolicies.map((n) => at(n.file, n.line, t(`NetworkPolicy ${n.name}`, `NetworkPolicy ${n.name} 정의됨`)));
    const mtls = view.inv.kubernetes.objects.filter((o) => o.kind === 'PeerAuthentication' || o.category === 'linkerd').map((o) => at(o.file, o.line, t(`${o.kind} (mTLS)`, `${o.kind} (mTLS 적용)`)));
    const internal = view.inv.compose.projects.flatMap((p) => p.networks.filter((n) => n.internal).map((n) => at(n.file, 0, t(`network ${n.name} is internal`, `네트워크 ${n.name}: 내부 전용(internal)`))));
    const datastores = view.services.filter(isDatastore);
    const defaulted = view.inv.compose.projects.flatMap((p) => p.interpolations.filter((i) => isSecretName(i.variable) && i.defaultLength && datastores.some((d) => i.path.startsWith(`services.${d.name}.`))));
    const where = t('compose and Kubernetes files', 'compose, Kubernetes 파일');
    const remedy = t('isolate the datastores: a compose network with `internal: true` for postgres/redis, NetworkPolicies between services in Kubernetes, and datastore passwords that come from secrets with no default in the compose file', '데이터 저장소를 격리하십시오: postgres/redis용 `internal: true` compose 네트워크, Kubernetes의 서비스 간 NetworkPolicy, compose 파일에 기본값 없이 시크릿에서 주입되는 데이터 저장소 비밀번호');
    if (defaulted.length) return fail(t('datastore credentials fall back to defaults written in the compose file', '데이터 저장소 자격 증명이 compose 파일에 적힌 기본값으로 대체됨'), defaulted.map((i) => at(i.file, i.line, t(`\${${i.variable}} has a default at ${i.path}`, `\${${i.variable}}: ${i.path}에 기본값 있음`))), remedy);
    if (pols.length || mtls.length || internal.length) return pass(t('internal traffic is restricted', '내부 트래픽 제한 적용됨'), [...pols, ...mtls, ...internal]);
    if (datastores.length) return partial(t('datastores require credentials, but the internal network is flat', '데이터 저장소에 자격 증명은 필요하나 내부 네트워크가 분리되지 않음'), [...datastores.map((d) => at(d.file, d.line, t(`${d.name} shares a flat network with every service`, `${d.name}: 모든 서비스와 같은 네트워크 공유`))), absent(t('internal networks or NetworkPolicies', '내부 네트워크 또는 NetworkPolicy'), where)], remedy);
    return fail(t('nothing restricts internal traffic', '내부 트래픽 제한 부재'), [absent(t('NetworkPolicies, internal compose networks or mTLS', 'NetworkPolicy, 내부 compose 네트워크 또는 mTLS'), where)], remedy);
  },
});
