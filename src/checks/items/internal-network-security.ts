import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
import { isDatastore } from '../view.js';
import { isSecretName } from '../../inventory/secret-names.js';

export default defineCheck({
  id: 'internal-network-security',
  docs: {
    motivation: 'Inside the network, a datastore without authentication or isolation is open to every compromised neighbour.',
    implementation: 'Kubernetes NetworkPolicies, compose networks marked internal for datastores, service mesh mTLS; datastores whose password falls back to a default written in the compose file fail.',
  },
  judge(view) {
    const pols = view.inv.kubernetes.networkPolicies.map((n) => at(n.file, n.line, `NetworkPolicy ${n.name}`));
    const mtls = view.inv.kubernetes.objects.filter((o) => o.kind === 'PeerAuthentication' || o.category === 'linkerd').map((o) => at(o.file, o.line, `${o.kind} (mTLS)`));
    const internal = view.inv.compose.projects.flatMap((p) => p.networks.filter((n) => n.internal).map((n) => at(n.file, 0, `network ${n.name} is internal`)));
    const datastores = view.services.filter(isDatastore);
    const defaulted = view.inv.compose.projects.flatMap((p) => p.interpolations.filter((i) => isSecretName(i.variable) && i.defaultLength && datastores.some((d) => i.path.startsWith(`services.${d.name}.`))));
    const remedy = 'isolate the datastores: a compose network with `internal: true` for postgres/redis, NetworkPolicies between services in Kubernetes, and datastore passwords that come from secrets with no default in the compose file';
    if (defaulted.length) return fail('datastore credentials fall back to defaults written in the compose file', defaulted.map((i) => at(i.file, i.line, `\${${i.variable}} has a default at ${i.path}`)), remedy);
    if (pols.length || mtls.length || internal.length) return pass('internal traffic is restricted', [...pols, ...mtls, ...internal]);
    if (datastores.length) return partial('datastores require credentials, but the internal network is flat', [...datastores.map((d) => at(d.file, d.line, `${d.name} shares a flat network with every service`)), absent('internal networks or NetworkPolicies', 'compose and Kubernetes files')], remedy);
    return fail('nothing restricts internal traffic', [absent('NetworkPolicies, internal compose networks or mTLS', 'compose and Kubernetes files')], remedy);
  },
});
