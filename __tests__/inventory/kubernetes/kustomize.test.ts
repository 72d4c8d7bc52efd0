import { rawOf } from '../../../src/inventory/kubernetes/index.js';
import { inventoryOf } from './helpers.js';

describe('kustomize overlays', () => {
  it('marks the production overlay and takes what reaches production from it', async () => {
    const k = (await inventoryOf('kustomize')).kubernetes;
    expect(k.productionSource).toBe('kustomize-production');
    const by = new Map(k.kustomizations.map((x) => [x.dir, x]));
    expect(by.get('overlays/production')).toMatchObject({ production: true, referenced: false, component: false });
    expect(by.get('overlays/staging')).toMatchObject({ production: false, referenced: false });
    expect(by.get('base')!.referenced).toBe(true);
    expect(by.get('components/pdb')).toMatchObject({ component: true, referenced: true });
    expect(k.workloads.map((w) => `${w.namespace}/${w.name}`).sort()).toEqual(['production/prod-api', 'production/prod-worker']);
    // patch files look like manifests but are not resources
    expect(k.objects.some((o) => o.file.endsWith('probes.yaml'))).toBe(false);
    expect(k.manifests.map((o) => o.file)).toContain('base/deployment.yaml');
  });

  it('renders images, replicas, both patch kinds, components, generators and name references', async () => {
    const k = (await inventoryOf('kustomize')).kubernetes;
    const prod = k.kustomizations.find((x) => x.dir === 'overlays/production')!;
    const api = rawOf(prod.objects.find((o) => o.name === 'prod-api' && o.kind === 'Deployment')!) as any;
    const c = api.spec.template.spec.containers;
    expect(c.map((x: any) => x.name)).toEqual(['api']);
    expect(c[0].image).toBe('ghcr.io/example/api:2.0.0');
    expect(c[0].env.map((e: any) => e.name)).toEqual(['LOG_LEVEL', 'DATABASE_URL', 'FEATURE_X']);
    expect(c[0].env[1].valueFrom.secretKeyRef.name).toBe('prod-api-db-g5d87t867h');
    expect(c[0].envFrom[0].configMapRef.name).toBe('prod-api-config-bhbd28hf58');
    expect(api.spec.replicas).toBe(3);
    expect(api.metadata.annotations).toEqual({ team: 'payments' });
    const ingress = rawOf(prod.objects.find((o) => o.kind === 'Ingress')!) as any;
    expect(ingress.spec.rules[0].http.paths[0].backend.service.name).toBe('prod-api');
    expect(prod.objects.find((o) => o.kind === 'PodDisruptionBudget')).toMatchObject({ name: 'prod-api', namespace: 'production', file: 'components/pdb/pdb.yaml' });
    expect(prod.objects.find((o) => o.kind === 'ConfigMap')!.configMapKeys).toEqual(['LOG_FORMAT', 'CACHE_TTL']);
  });

  it('keeps the line of each value: base lines for base values, overlay lines for changes', async () => {
    const k = (await inventoryOf('kustomize')).kubernetes;
    const api = k.workloads.find((w) => w.name === 'prod-api')!;
    expect(api).toMatchObject({ file: 'base/deployment.yaml', line: 2, via: 'overlays/production' });
    expect(api.replicasAt).toEqual({ file: 'overlays/production/kustomization.yaml', line: 23 });
    const c = api.containers[0];
    expect(c).toMatchObject({ file: 'base/deployment.yaml', line: 17 });
    expect(c.imageAt).toEqual({ file: 'overlays/production/kustomization.yaml', line: 16 });
    expect(c.resources).toMatchObject({ file: 'overlays/production/resources.yaml', line: 12, limits: { memory: '512Mi' } });
    expect(c.probes.readiness).toMatchObject({ file: 'overlays/production/probes.yaml', line: 10 });
    expect(c.ports[0]).toMatchObject({ file: 'base/deployment.yaml', line: 29 });
    const env = Object.fromEntries(c.env.map((e) => [e.name, `${e.file}:${e.line}`]));
    // LOG_LEVEL's value was replaced by the inline JSON patch: the item keeps its base line
    expect(env).toEqual({ LOG_LEVEL: 'base/deployment.yaml:23', DATABASE_URL: 'base/deployment.yaml:25', FEATURE_X: 'overlays/production/kustomization.yaml:42' });
    const worker = k.workloads.find((w) => w.name === 'prod-worker')!;
    expect(worker.replicasAt).toEqual({ file: 'overlays/production/worker-replicas.yaml', line: 4 });
    expect(k.secrets[0]).toMatchObject({ name: 'prod-api-db-g5d87t867h', keys: ['url'], file: 'overlays/production/kustomization.yaml', line: 26 });
  });

  it('never keeps a generated secret value', async () => {
    const inv = await inventoryOf('kustomize');
    const secret = inv.kubernetes.objects.find((o) => o.kind === 'Secret')!;
    expect(JSON.stringify(rawOf(secret))).not.toContain('hunter2');
    expect(JSON.stringify(inv)).not.toContain('hunter2');
  });

  it('applies an inline strategic merge patch in kustomize order in the staging overlay', async () => {
    const k = (await inventoryOf('kustomize')).kubernetes;
    const staging = k.kustomizations.find((x) => x.dir === 'overlays/staging')!;
    const api = rawOf(staging.objects.find((o) => o.name === 'api-staging')!) as any;
    expect(api.spec.template.spec.containers[0].env.map((e: any) => `${e.name}=${e.value ?? '(ref)'}`)).toEqual(['LOG_LEVEL=warn', 'STAGING=true', 'DATABASE_URL=(ref)']);
  });
});

describe('kustomize bad input', () => {
  it('reports resource loops, remote and missing resources, patches without targets and failed operations', async () => {
    const loop = await inventoryOf('loop');
    expect(loop.diagnostics.filter((d) => d.code === 'kustomize-loop')).toHaveLength(1);
    const inv = await inventoryOf('broken');
    const codes = inv.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'overlay/kustomization.yaml:3 kustomize-remote',
        'overlay/kustomization.yaml:4 kustomize-missing',
        'overlay/kustomization.yaml:6 kustomize-patch-no-target',
        'overlay/kustomization.yaml:24 kustomize-patch-failed',
        'overlay/kustomization.yaml:27 kustomize-patch-failed',
      ]),
    );
    // the rest still renders: the inline strategic merge patch set two replicas
    const w = inv.kubernetes.workloads.find((x) => x.via === 'overlay')!;
    expect(w).toMatchObject({ replicas: 2, replicasAt: { file: 'overlay/kustomization.yaml', line: 19 } });
  });
});

describe('kustomize rendering over shared data', () => {
  it('changes copies only: the parsed files and the base rendering stay as written', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadAll } = await import('js-yaml');
    const k = (await inventoryOf('kustomize')).kubernetes;
    const root = '__tests__/fixtures/k8s/kustomize';
    for (const file of ['base/deployment.yaml', 'base/worker.yaml', 'overlays/production/probes.yaml']) {
      const written = loadAll(readFileSync(`${root}/${file}`, 'utf8'));
      expect(k.manifests.filter((o) => o.file === file).map((o) => rawOf(o))).toEqual(written);
    }
    const base = k.kustomizations.find((x) => x.dir === 'base')!;
    const api = rawOf(base.objects.find((o) => o.kind === 'Deployment' && o.name === 'api')!) as any;
    expect(api.metadata.namespace).toBeUndefined();
    expect(api.spec.template.spec.containers[0].env.map((e: any) => e.name)).not.toContain('FEATURE_X');
  });
});
