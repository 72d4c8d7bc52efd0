/**
 * Our kustomize rendering against the real tool. Skipped when kubectl is missing, unless
 * READINESS_GATE_REQUIRE_TOOLS names it (then a missing kubectl fails the test).
 */
import { spawnSync } from 'node:child_process';
import { loadAll } from 'js-yaml';
import { rawOf } from '../../../src/inventory/kubernetes/index.js';
import { inventoryOf } from './helpers.js';

const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
const required = (process.env.READINESS_GATE_REQUIRE_TOOLS ?? '').includes('kubectl');

type Any = Record<string, any>;

const containersOf = (o: Any): Any[] => {
  const spec = o.kind === 'CronJob' ? o.spec?.jobTemplate?.spec?.template?.spec : o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
};

/** The fields compared, with order-free lists sorted. */
function norm(o: Any): Any {
  const byName = (a: Any, b: Any) => String(a.name).localeCompare(String(b.name));
  return {
    id: `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`,
    apiVersion: o.apiVersion,
    labels: o.metadata?.labels ?? {},
    annotations: o.metadata?.annotations ?? {},
    replicas: o.spec?.replicas,
    selector: o.kind === 'Service' ? o.spec?.selector : o.spec?.selector?.matchLabels,
    templateLabels: o.spec?.template?.metadata?.labels,
    keys: o.kind === 'ConfigMap' || o.kind === 'Secret' ? Object.keys(o.data ?? {}).sort() : undefined,
    configData: o.kind === 'ConfigMap' ? o.data : undefined,
    backends: o.kind === 'Ingress' ? (o.spec?.rules ?? []).flatMap((r: Any) => r.http?.paths ?? []).map((p: Any) => p.backend?.service?.name) : undefined,
    containers: containersOf(o)
      .map((c) => ({ name: c.name, image: c.image, env: c.env, envFrom: c.envFrom, resources: c.resources, ports: c.ports, command: c.command, args: c.args, readiness: c.readinessProbe, liveness: c.livenessProbe }))
      .sort(byName),
  };
}

const sorted = (list: Any[]) => list.map(norm).sort((a, b) => a.id.localeCompare(b.id));

describe('kustomize rendering compared with kubectl kustomize', () => {
  if (!hasKubectl && required) it('needs kubectl', () => expect(hasKubectl).toBe(true));
  const run = hasKubectl ? it : it.skip;

  for (const [fixture, dir] of [
    ['kustomize', 'overlays/production'],
    ['kustomize', 'overlays/staging'],
    ['kustomize', 'base'],
  ]) {
    run(`${fixture}/${dir}`, async () => {
      const r = spawnSync('kubectl', ['kustomize', `__tests__/fixtures/k8s/${fixture}/${dir}`], { encoding: 'utf8' });
      expect(r.stderr.replace(/^# Warning:.*\n?/gm, '')).toBe('');
      expect(r.status).toBe(0);
      const theirs = (loadAll(r.stdout) as Any[]).filter(Boolean);
      const inv = await inventoryOf(fixture);
      const k = inv.kubernetes.kustomizations.find((x) => x.dir === dir)!;
      const mine = k.objects.map((o) => rawOf(o) as Any);
      expect(sorted(mine)).toEqual(sorted(theirs));
      // rendered kinds and names also in the same order as kubectl prints them? not required:
      // kubectl sorts by kind; the inventory keeps source order
    });
  }
});
