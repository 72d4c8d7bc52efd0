import { spawnSync } from 'node:child_process';
import { loadAll } from 'js-yaml';
import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { rawOf, type Kustomization } from '../../../src/inventory/kubernetes/index.js';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
const required = (process.env.READINESS_GATE_REQUIRE_TOOLS ?? '').includes('kubectl');

describe('plain manifests', () => {
  it('reads multi-document files, List kinds, workloads, policies and custom resources', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/k8s/plain'));
    const k = inv.kubernetes;
    expect(k.productionSource).toBe('plain');
    expect(k.objects.map((o) => o.kind).sort()).toEqual(['ClusterIssuer', 'CronJob', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'NetworkPolicy', 'PodDisruptionBudget', 'Secret', 'Service']);
    const web = k.workloads.find((w) => w.name === 'web')!;
    expect(web).toMatchObject({ replicas: 3, replicasLine: 7, antiAffinity: true, podSecurityContext: { runAsNonRoot: true } });
    const c = web.containers[0];
    expect(c).toMatchObject({ image: 'ghcr.io/example/web:1.2.3', line: 20, resources: { limits: { cpu: '500m', memory: '256Mi' }, line: 24 } });
    expect(c.probes.readiness).toEqual({ type: 'httpGet', path: '/ready', port: '8080', line: 27 });
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilitiesDrop: ['ALL'] });
    expect(c.env).toEqual([
      { name: 'DB_PASSWORD', fromSecret: true, literalSecret: false, line: 36 },
      { name: 'API_TOKEN', fromSecret: false, literalSecret: true, line: 39 },
    ]);
    expect(k.networkPolicies[0]).toMatchObject({ name: 'default-deny', defaultDeny: true });
    expect(k.hpas[0]).toMatchObject({ target: 'web', min: 3, max: 10 });
    expect(k.ingresses[0]).toMatchObject({ hosts: ['shop.example.com'], tlsHosts: ['shop.example.com'], className: 'nginx' });
    expect(k.objects.find((o) => o.kind === 'ClusterIssuer')!.category).toBe('cert-manager');
    expect(k.objects.find((o) => o.kind === 'Secret')!.secretKeys).toEqual(['password']);
    const cron = k.workloads.find((w) => w.kind === 'CronJob')!;
    expect(cron.schedule).toBe('0 2 * * *');
    expect(cron.commands).toContain('pg_dump');
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: 'ingress.yaml', code: 'yaml-syntax' }));
    const json = JSON.stringify(inv);
    expect(json).not.toContain('not-a-real-password');
    expect(json).not.toContain('literal-do-not-do-this');
  });
});

describe('kustomize', () => {
  let ks: Map<string, Kustomization>;
  beforeAll(async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/k8s/kustomize'));
    ks = new Map(inv.kubernetes.kustomizations.map((k) => [k.dir, k]));
    expect(inv.kubernetes.productionSource).toBe('kustomize-production');
    expect(inv.kubernetes.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual(['production/prod-api']);
  });

  it('renders the production overlay: images, replicas, patches of both kinds, components, prefixes', () => {
    const prod = ks.get('overlays/production')!;
    expect(prod.production).toBe(true);
    const dep = rawOf(prod.objects.find((o) => o.kind === 'Deployment')!) as any;
    const containers = dep.spec.template.spec.containers;
    expect(containers.map((c: any) => c.name)).toEqual(['api']);
    expect(containers[0].image).toBe('ghcr.io/example/api:2.0.0');
    expect(containers[0].env).toEqual([{ name: 'LOG_LEVEL', value: 'info' }, { name: 'FEATURE_X', value: 'on' }]);
    expect(containers[0].resources.limits).toEqual({ cpu: '1', memory: '512Mi' });
    expect(dep.spec.replicas).toBe(3);
    expect(ks.get('base')!.referenced).toBe(true);
  });

  (kubectl || required ? it : it.skip)('matches kubectl kustomize on every overlay', async () => {
    for (const dir of ['overlays/production', 'overlays/staging', 'base']) {
      const r = spawnSync('kubectl', ['kustomize', `__tests__/fixtures/k8s/kustomize/${dir}`], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      const theirs = (loadAll(r.stdout) as any[]).filter(Boolean);
      const mine = ks.get(dir)!.objects.map((o) => rawOf(o) as any);
      const norm = (o: any) => ({
        kind: o.kind,
        name: o.metadata?.name,
        namespace: o.metadata?.namespace,
        labels: o.metadata?.labels ?? {},
        replicas: o.spec?.replicas,
        containers: (o.spec?.template?.spec?.containers ?? []).map((c: any) => ({ name: c.name, image: c.image, env: c.env, resources: c.resources, readiness: c.readinessProbe })),
      });
      const sort = (a: any[]) => a.map(norm).sort((x, y) => `${x.kind}/${x.name}`.localeCompare(`${y.kind}/${y.name}`));
      expect(sort(mine)).toEqual(sort(theirs));
    }
  });

  it('reports a resources loop instead of recursing forever', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/k8s/loop'));
    expect(inv.diagnostics.some((d) => d.code === 'kustomize-loop')).toBe(true);
  });
});
