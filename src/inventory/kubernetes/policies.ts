/** Autoscalers, disruption budgets, Secrets and ConfigMaps (keys only). */
import { isMap } from './objects.js';
import { rawOf, str, strMap, type Obj } from './objects.js';
import type { HpaInfo, K8sObject, KeysInfo, PdbInfo } from './types.js';

const specOf = (o: K8sObject): Obj => {
  const raw = rawOf(o);
  return isMap(raw.spec) ? raw.spec : {};
};
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

export function hpaOf(o: K8sObject): HpaInfo {
  const spec = specOf(o);
  const ref = isMap(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
  const keda = o.kind === 'ScaledObject';
  return {
    name: o.name ?? '',
    namespace: o.namespace,
    kind: keda ? 'ScaledObject' : 'HorizontalPodAutoscaler',
    target: String(ref.name ?? ''),
    // KEDA's target kind defaults to Deployment
    targetKind: str(ref.kind) ?? (keda ? 'Deployment' : undefined),
    min: num(keda ? spec.minReplicaCount : spec.minReplicas),
    max: num(keda ? spec.maxReplicaCount : spec.maxReplicas),
    file: o.file,
    line: o.line,
  };
}

export function pdbOf(o: K8sObject): PdbInfo {
  const spec = specOf(o);
  const sel = isMap(spec.selector) ? spec.selector : {};
  return {
    name: o.name ?? '',
    namespace: o.namespace,
    minAvailable: str(spec.minAvailable),
    maxUnavailable: str(spec.maxUnavailable),
    selector: strMap(sel.matchLabels),
    file: o.file,
    line: o.line,
  };
}

export function keysOf(o: K8sObject): KeysInfo {
  return { name: o.name ?? '', namespace: o.namespace, keys: o.secretKeys ?? o.configMapKeys ?? [], file: o.file, line: o.line };
}
