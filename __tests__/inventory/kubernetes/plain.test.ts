import { inventoryOf } from './helpers.js';

describe('plain manifests', () => {
  it('reads multi-document files, List kinds, workloads and policies with lines', async () => {
    const inv = await inventoryOf('plain');
    const k = inv.kubernetes;
    expect(k.productionSource).toBe('plain');
    expect(k.objects.map((o) => o.kind).sort()).toEqual(['ClusterIssuer', 'CronJob', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'NetworkPolicy', 'PodDisruptionBudget', 'Secret', 'Service']);
    const web = k.workloads.find((w) => w.name === 'web')!;
    expect(web).toMatchObject({ file: 'app.yaml', line: 2, replicas: 3, replicasLine: 7, replicasDefaulted: false, antiAffinity: true, affinity: true, podSecurityContext: { runAsNonRoot: true, line: 14 } });
    const c = web.containers[0];
    expect(c).toMatchObject({ image: 'ghcr.io/example/web:1.2.3', imageRef: { registry: 'ghcr.io', tag: '1.2.3', floating: false }, file: 'app.yaml', line: 20, resources: { limits: { cpu: '500m', memory: '256Mi' }, line: 24 } });
    expect(c.probes.readiness).toEqual({ type: 'httpGet', path: '/ready', port: '8080', file: 'app.yaml', line: 27 });
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilitiesDrop: ['ALL'], line: 31 });
    expect(c.ports).toEqual([{ containerPort: 8080, name: undefined, protocol: undefined, file: 'app.yaml', line: 23 }]);
    expect(c.env).toEqual([
      { name: 'DB_PASSWORD', source: 'secretKeyRef', fromSecret: true, literalSecret: false, file: 'app.yaml', line: 36 },
      { name: 'API_TOKEN', source: 'literal', fromSecret: false, literalSecret: true, file: 'app.yaml', line: 39 },
    ]);
    expect(k.services[0]).toMatchObject({ name: 'web', type: 'ClusterIP', ports: ['80'], selector: { app: 'web' } });
    expect(k.networkPolicies[0]).toMatchObject({ name: 'default-deny', defaultDeny: true, denies: { ingress: true, egress: true }, file: 'policies.yaml', line: 5 });
    expect(k.hpas[0]).toMatchObject({ target: 'web', min: 3, max: 10 });
    expect(k.pdbs[0]).toMatchObject({ minAvailable: '2', selector: { app: 'web' } });
    const ing = k.ingresses[0];
    expect(ing).toMatchObject({ hosts: ['shop.example.com'], tlsHosts: ['shop.example.com'], className: 'nginx', tls: [{ secretName: 'web-tls', line: 12 }] });
    expect(ing.paths).toEqual([{ host: 'shop.example.com', path: '/', service: 'web', port: '80', line: 18 }]);
    expect(ing.features).toMatchObject({ certManager: true, rateLimit: true, modsecurity: false });
    expect(k.secrets).toEqual([{ name: 'db', namespace: 'shop', keys: ['password'], file: 'ingress.yaml', line: 32 }]);
    const cron = k.workloads.find((w) => w.kind === 'CronJob')!;
    expect(cron).toMatchObject({ schedule: '0 2 * * *', replicasDefaulted: false });
    expect(cron.commands).toContain('pg_dump');
  });

  it('keeps the other documents of a file with a syntax error, and never prints secret values', async () => {
    const inv = await inventoryOf('plain');
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: 'ingress.yaml', code: 'yaml-syntax', line: 54 }));
    expect(inv.kubernetes.objects.filter((o) => o.file === 'ingress.yaml')).toHaveLength(4);
    const json = JSON.stringify(inv);
    expect(json).not.toContain('not-a-real-password');
    expect(json).not.toContain('literal-do-not-do-this');
  });
});

describe('operator resources', () => {
  it('records categories and the facts checks need', async () => {
    const inv = await inventoryOf('operators');
    const k = inv.kubernetes;
    const cr = (kind: string) => k.customResources.find((c) => c.kind === kind)!;
    expect(cr('Rollout')).toMatchObject({ category: 'argo-rollouts', facts: { strategy: 'canary', steps: 3, analysis: true, replicas: 4 } });
    expect(cr('AnalysisTemplate').category).toBe('argo-rollouts');
    expect(cr('Certificate').facts).toMatchObject({ dnsNames: ['shop.example.com', 'www.shop.example.com'], issuer: 'letsencrypt-prod' });
    expect(cr('Cluster')).toMatchObject({ category: 'cloudnative-pg', facts: { instances: 3, backup: true, retentionPolicy: '30d' } });
    expect(cr('ScheduledBackup').facts).toEqual({ schedule: '0 0 3 * * *', cluster: 'shop-db' });
    expect(cr('Schedule')).toMatchObject({ category: 'velero', facts: { schedule: '0 1 * * *', ttl: '720h0m0s', includedNamespaces: ['shop'] } });
    expect(cr('PeerAuthentication')).toMatchObject({ category: 'istio', facts: { mtls: 'STRICT' } });
    expect(cr('ExternalSecret').category).toBe('external-secrets');
    expect(cr('ServiceMonitor').category).toBe('prometheus-operator');
    const rules = cr('PrometheusRule').rules!;
    expect(rules.map((r) => r.alert)).toEqual(['HighErrorRate', 'PodCrashLooping']);
    expect(rules[0]).toMatchObject({ group: 'shop.rules', severity: 'critical', for: '10m', runbookUrl: 'https://runbooks.example.com/high-error-rate', file: 'monitoring.yaml', line: 12 });
    expect(rules[1].runbookUrl).toBeUndefined();
    expect(k.hpas).toEqual([expect.objectContaining({ kind: 'ScaledObject', target: 'worker', targetKind: 'Deployment', min: 2, max: 20 })]);
    expect(k.configMaps).toEqual([expect.objectContaining({ name: 'shop-settings', keys: ['FEATURE_FLAGS', 'LOG_LEVEL'] })]);
    expect(k.networkPolicies.map((n) => [n.name, n.defaultDeny, n.denies.egress])).toEqual([['deny-egress', true, true], ['allow-web', false, false]]);
  });

  it('reads an Argo Rollout as a workload with every probe type', async () => {
    const w = (await inventoryOf('operators')).kubernetes.workloads.find((x) => x.kind === 'Rollout')!;
    expect(w).toMatchObject({ replicas: 4, strategy: 'canary', topologySpread: true, automountServiceAccountToken: false, meshInjection: 'linkerd' });
    const c = w.containers[0];
    expect(c.imageRef).toMatchObject({ digest: expect.stringMatching(/^sha256:/), floating: false });
    expect(c.probes.startup).toMatchObject({ type: 'tcpSocket', port: '9000' });
    expect(c.probes.liveness).toMatchObject({ type: 'grpc', port: '9000' });
    expect(c.probes.readiness).toMatchObject({ type: 'exec', command: '/bin/grpc_health_probe -addr=:9000' });
  });

  it('skips documents that are scalars or lists and keeps the ones after them', async () => {
    const inv = await inventoryOf('operators');
    expect(inv.kubernetes.objects.find((o) => o.name === 'after-the-scalar')).toMatchObject({ file: 'misc.yaml', line: 75 });
    expect(inv.diagnostics.filter((d) => d.code === 'k8s-not-an-object').map((d) => d.line)).toEqual([69, 71]);
  });
});
