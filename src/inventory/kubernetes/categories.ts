/** Which operator owns a custom resource, from its apiVersion group and kind. */
import type { CrCategory } from './types.js';

const BY_GROUP: Record<string, CrCategory> = {
  'cert-manager.io': 'cert-manager',
  'acme.cert-manager.io': 'cert-manager',
  'kustomize.toolkit.fluxcd.io': 'flux',
  'helm.toolkit.fluxcd.io': 'flux',
  'source.toolkit.fluxcd.io': 'flux',
  'notification.toolkit.fluxcd.io': 'flux',
  'image.toolkit.fluxcd.io': 'flux',
  'flagger.app': 'flagger',
  'monitoring.coreos.com': 'prometheus-operator',
  'postgresql.cnpg.io': 'cloudnative-pg',
  'velero.io': 'velero',
  'keda.sh': 'keda',
  'networking.istio.io': 'istio',
  'security.istio.io': 'istio',
  'linkerd.io': 'linkerd',
  'policy.linkerd.io': 'linkerd',
  'external-secrets.io': 'external-secrets',
  'bitnami.com': 'sealed-secrets',
  'acid.zalan.do': 'postgres-operator',
  'postgres-operator.crunchydata.com': 'postgres-operator',
  'externaldns.k8s.io': 'external-dns',
};

const ARGO_CD = new Set(['Application', 'ApplicationSet', 'AppProject']);

export function categoryOf(apiVersion: string, kind: string): CrCategory | undefined {
  const slash = apiVersion.indexOf('/');
  if (slash < 0) return undefined;
  const group = apiVersion.slice(0, slash);
  if (group === 'argoproj.io') return ARGO_CD.has(kind) ? 'argo-cd' : 'argo-rollouts';
  return BY_GROUP[group];
}
