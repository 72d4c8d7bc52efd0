import { at, defineCheck } from '../check.js';
import { share } from '../helpers.js';

export default defineCheck({
  id: 'resource-limits',
  docs: {
    motivation: 'A container without limits can take the whole host down with it.',
    implementation: 'CPU and memory limits on every long-running production container: compose deploy.resources.limits (or mem_limit/cpus) in the production model, Kubernetes resources.limits, Helm values.',
  },
  judge(view) {
    const svcs = view.services.filter((s) => s.role !== 'job');
    return share(
      svcs,
      (s) => !!s.limits,
      {
        all: `all ${svcs.length} production services have CPU and memory limits`,
        some: (bad) => `${bad.length} of ${svcs.length} services run without limits: ${bad.join(', ')}`,
        none: 'no production service has resource limits',
        remedy: (bad) => `add \`deploy.resources.limits\` (cpus, memory) to services ${bad.join(', ')} in the production compose file, or resources.limits in their Kubernetes manifests`,
      },
      (s, ok) => (ok ? at(s.limits!.at.file, s.limits!.at.line, `${s.name}: cpu ${s.limits!.cpu ?? '-'}, memory ${s.limits!.memory ?? '-'}`) : at(s.file, s.line, `${s.name} has no limits`)),
    );
  },
});
