import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
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
      return fail(
        `${exposed.length} datastore port${exposed.length > 1 ? 's are' : ' is'} published on the host`,
        exposed.map(({ s, p }) => at(p.at.file, p.at.line, `${s.name} publishes host port ${p.port}`)),
        `remove the \`ports:\` of ${[...new Set(exposed.map((e) => e.s.name))].join(', ')} from the production model (they are reachable on the compose network), or bind them to 127.0.0.1, and keep firewall rules in the repository`,
      );
    }
    if (deny.length) return pass('a default-deny NetworkPolicy restricts traffic', deny.map((n) => at(n.file, n.line, `NetworkPolicy ${n.name} denies by default`)));
    if (iac.length) return pass('firewall rules are kept as infrastructure code', iac.slice(0, 3).map((f) => at(f.path, 0, 'firewall / security group rules')));
    const datastores = view.services.filter(isDatastore);
    if (datastores.length) return partial('no datastore is published on the host, but no firewall rules are in the repository', [...datastores.map((s) => at(s.file, s.line, `${s.name} is not published`)), absent('NetworkPolicy or firewall rules', 'Kubernetes manifests and infrastructure code')], 'add a default-deny NetworkPolicy (Kubernetes) or keep the host firewall rules in the repository, or attest them');
    return attestOnly('the firewall configuration');
  },
});
