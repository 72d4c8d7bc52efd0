import { at, defineCheck, partial } from '../check.js';
import { share } from '../helpers.js';
import { isStateless } from '../view.js';

export default defineCheck({
  id: 'high-availability',
  docs: {
    motivation: 'One instance of a service is one crash away from an outage.',
    implementation: 'More than one replica for every stateless service (deploy.replicas, Deployment replicas or an HPA minReplicas >= 2); container_name pins a compose service to one instance and is reported; PodDisruptionBudgets and anti-affinity count beside it.',
  },
  judge(view) {
    const svcs = view.services.filter(isStateless);
    const n = (s: (typeof svcs)[number]) => Math.max(s.replicas, s.minReplicas ?? 0);
    const j = share(
      svcs,
      (s) => n(s) >= 2 && !s.containerName,
      {
        all: `every stateless service runs at least two instances`,
        some: (bad) => `${bad.length} of ${svcs.length} stateless services run a single instance: ${bad.join(', ')}`,
        none: `every service runs a single instance`,
        remedy: (bad) => `run at least two instances of ${bad.join(', ')}: remove \`container_name\` and set \`deploy.replicas: 2\` in the production compose file (behind a load balancer), or replicas/HPA minReplicas >= 2 with a PodDisruptionBudget in Kubernetes`,
      },
      (s, ok) => (ok ? at(s.replicasAt.file, s.replicasAt.line, `${s.name}: ${n(s)} instances`) : s.containerName ? at(s.containerName.file, s.containerName.line, `${s.name}: container_name pins it to one instance`) : at(s.replicasAt.file, s.replicasAt.line, `${s.name}: ${n(s)} instance`)),
    );
    const pdb = view.inv.kubernetes.pdbs.map((p) => at(p.file, p.line, `PodDisruptionBudget ${p.name}`));
    if (j.status === 'pass' && view.inv.kubernetes.workloads.length && !pdb.length) return partial('services are replicated, but no PodDisruptionBudget keeps them up during node maintenance', j.evidence, 'add PodDisruptionBudgets (minAvailable: 1) for the replicated Deployments');
    return { ...j, evidence: [...j.evidence, ...pdb] };
  },
});
