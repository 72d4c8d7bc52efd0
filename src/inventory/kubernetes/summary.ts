/** The per-kind views of a set of objects: workloads, services, policies, custom resources. */
import { customResourceOf } from './custom-resources.js';
import { ingressOf, networkPolicyOf, serviceOf } from './network.js';
import { hpaOf, keysOf, pdbOf } from './policies.js';
import type { KubernetesInventory, K8sObject, Workload, CustomResource } from './types.js';
import { workloadOf } from './workloads.js';

export type Summary = Omit<KubernetesInventory, 'kustomizations' | 'productionSource' | 'manifests'>;

export function summarise(objects: K8sObject[]): Summary {
  const s: Summary = { objects, workloads: [], services: [], ingresses: [], networkPolicies: [], hpas: [], pdbs: [], secrets: [], configMaps: [], customResources: [] };
  for (const o of objects) {
    const w: Workload | undefined = workloadOf(o);
    if (w) s.workloads.push(w);
    switch (o.kind) {
      case 'Service':
        if (o.apiVersion === 'v1') s.services.push(serviceOf(o));
        break;
      case 'Ingress':
        s.ingresses.push(ingressOf(o));
        break;
      case 'NetworkPolicy':
        s.networkPolicies.push(networkPolicyOf(o));
        break;
      case 'HorizontalPodAutoscaler':
        s.hpas.push(hpaOf(o));
        break;
      case 'PodDisruptionBudget':
        s.pdbs.push(pdbOf(o));
        break;
      case 'Secret':
        s.secrets.push(keysOf(o));
        break;
      case 'ConfigMap':
        s.configMaps.push(keysOf(o));
        break;
    }
    if (o.kind === 'ScaledObject' && o.category === 'keda') s.hpas.push(hpaOf(o));
    const cr: CustomResource | undefined = customResourceOf(o);
    if (cr) s.customResources.push(cr);
  }
  return s;
}
