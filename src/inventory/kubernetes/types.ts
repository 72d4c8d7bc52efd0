/**
 * The Kubernetes inventory's records. Every item carries the file and line where its value was
 * written: for objects rendered through a kustomize overlay that is the base file for values
 * the base wrote and the patch (or kustomization) line for values an overlay changed.
 */
import type { ImageRef } from '../image-ref.js';
import type { Loc } from '../diagnostics.js';

export type { Loc };

/** Custom resources that matter for a readiness review, by the operator that owns them. */
export type CrCategory =
  | 'cert-manager'
  | 'argo-cd'
  | 'argo-rollouts'
  | 'flux'
  | 'flagger'
  | 'prometheus-operator'
  | 'cloudnative-pg'
  | 'postgres-operator'
  | 'velero'
  | 'keda'
  | 'istio'
  | 'linkerd'
  | 'external-secrets'
  | 'sealed-secrets'
  | 'external-dns';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
  /** where the object was written (its `kind:` line) */
  file: string;
  line: number;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  category?: CrCategory;
  /** Secret objects: the keys of literal `data`/`stringData` (never the values) */
  secretKeys?: string[];
  /** ConfigMap objects: their keys */
  configMapKeys?: string[];
  /** kustomize directory that rendered it (absent for plain manifests) */
  via?: string;
}

export interface Probe extends Loc {
  type: 'httpGet' | 'tcpSocket' | 'exec' | 'grpc' | 'unknown';
  path?: string;
  port?: string;
  command?: string;
}

export interface Resources extends Loc {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

export interface ContainerSecurityContext extends Loc {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  capabilitiesDrop: string[];
  capabilitiesAdd: string[];
}

export interface EnvVar extends Loc {
  name: string;
  /** where the value comes from; literal values are never recorded */
  source: 'literal' | 'secretKeyRef' | 'configMapKeyRef' | 'fieldRef' | 'resourceFieldRef' | 'empty';
  fromSecret: boolean;
  /** a literal value under a secret-like name (a password written into the manifest) */
  literalSecret: boolean;
}

export interface EnvFrom extends Loc {
  kind: 'secretRef' | 'configMapRef';
  name: string;
}

export interface ContainerPort extends Loc {
  containerPort?: number;
  name?: string;
  protocol?: string;
}

export interface Container extends Loc {
  name: string;
  image?: string;
  imageRef?: ImageRef;
  imageAt?: Loc;
  init: boolean;
  resources?: Resources;
  probes: { liveness?: Probe; readiness?: Probe; startup?: Probe };
  securityContext?: ContainerSecurityContext;
  env: EnvVar[];
  envFrom: EnvFrom[];
  ports: ContainerPort[];
}

export interface PodSecurityContext extends Loc {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  fsGroup?: number;
  seccompProfile?: string;
}

export interface Workload extends Loc {
  kind: string;
  name: string;
  namespace?: string;
  /** undefined = not written: Kubernetes runs one replica */
  replicas?: number;
  replicasLine?: number;
  replicasAt?: Loc;
  replicasDefaulted: boolean;
  /** RollingUpdate / Recreate / OnDelete, or canary / blueGreen for Argo Rollouts */
  strategy?: string;
  strategyAt?: Loc;
  containers: Container[];
  podSecurityContext?: PodSecurityContext;
  affinity: boolean;
  antiAffinity: boolean;
  topologySpread: boolean;
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  /** service mesh sidecar injection asked for by annotation */
  meshInjection?: 'linkerd' | 'istio';
  labels: Record<string, string>;
  /** CronJob schedule and its command text, so backup jobs can be recognised */
  schedule?: string;
  commands: string;
  via?: string;
}

export interface ServiceInfo extends Loc {
  name: string;
  namespace?: string;
  type: string;
  ports: string[];
  selector: Record<string, string>;
}

export interface IngressInfo extends Loc {
  name: string;
  namespace?: string;
  className?: string;
  hosts: string[];
  paths: { host?: string; path: string; service?: string; port?: string; line: number }[];
  tlsHosts: string[];
  tls: { hosts: string[]; secretName?: string; line: number }[];
  annotations: Record<string, string>;
  /** readiness-relevant annotations by purpose, with the annotation names found */
  features: { certManager: boolean; externalDns: boolean; rateLimit: boolean; modsecurity: boolean; sslRedirect: boolean };
}

export interface NetworkPolicyInfo extends Loc {
  name: string;
  namespace?: string;
  podSelector: Record<string, string>;
  policyTypes: string[];
  /** selects every pod and allows nothing in (or out) */
  defaultDeny: boolean;
  denies: { ingress: boolean; egress: boolean };
}

export interface HpaInfo extends Loc {
  name: string;
  namespace?: string;
  /** KEDA ScaledObjects count as autoscalers too */
  kind: 'HorizontalPodAutoscaler' | 'ScaledObject';
  target: string;
  targetKind?: string;
  min?: number;
  max?: number;
}

export interface PdbInfo extends Loc {
  name: string;
  namespace?: string;
  minAvailable?: string;
  maxUnavailable?: string;
  selector: Record<string, string>;
}

export interface KeysInfo extends Loc {
  name: string;
  namespace?: string;
  keys: string[];
}

export interface AlertRule extends Loc {
  group: string;
  alert: string;
  expr: string;
  for?: string;
  severity?: string;
  runbookUrl?: string;
  summary?: string;
}

/** A readiness-relevant custom resource with the few facts a check needs. */
export interface CustomResource extends Loc {
  category: CrCategory;
  kind: string;
  name?: string;
  namespace?: string;
  facts: Record<string, string | number | boolean | string[]>;
  rules?: AlertRule[];
}

export interface Kustomization {
  dir: string;
  file: string;
  /** overlays judged as production: the path names prod/production/live */
  production: boolean;
  /** used by another kustomization as a base or component */
  referenced: boolean;
  component: boolean;
  resources: string[];
  /** what `kubectl kustomize dir` would print, each value with the line that wrote it */
  objects: K8sObject[];
}

export interface KubernetesInventory {
  /**
   * What reaches production. With kustomize: the production overlays' renderings (or, when no
   * overlay is named for production, every top-level kustomization's), plus manifests no
   * kustomization uses. Without kustomize: the manifest files themselves.
   */
  objects: K8sObject[];
  workloads: Workload[];
  services: ServiceInfo[];
  ingresses: IngressInfo[];
  networkPolicies: NetworkPolicyInfo[];
  hpas: HpaInfo[];
  pdbs: PdbInfo[];
  secrets: KeysInfo[];
  configMaps: KeysInfo[];
  customResources: CustomResource[];
  /** every manifest file's objects as written, before any kustomize rendering */
  manifests: K8sObject[];
  kustomizations: Kustomization[];
  /** how the production set was chosen */
  productionSource: 'none' | 'plain' | 'kustomize-production' | 'kustomize-top-level';
}
