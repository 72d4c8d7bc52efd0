import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { scanTemplate, type TemplateScan } from '../../../src/inventory/helm/templates.js';

describe('a chart like `helm create` makes, with a production values file', () => {
  it('reads metadata, switches and values with their lines', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/k8s/helm'));
    expect(inv.kubernetes.objects).toEqual([]);
    const c = inv.helm.charts[0];
    expect(c).toMatchObject({ name: 'web', version: '1.4.0', appVersion: '3.2.1', dependencies: ['redis'], productionValues: 'charts/web/values.production.yaml' });
    expect(c.dependencyDetails[0]).toMatchObject({ condition: 'redis.enabled', line: 8 });
    const emit = (kind: string) => c.emits.find((e) => e.kind === kind)!;
    expect(emit('Deployment')).toMatchObject({ guards: [], enabledByDefault: true, enabledInProduction: true, line: 2 });
    expect(emit('HorizontalPodAutoscaler')).toMatchObject({ guard: 'autoscaling.enabled', enabledByDefault: false, enabledInProduction: true });
    expect(emit('PodDisruptionBudget')).toMatchObject({ guard: 'podDisruptionBudget.enabled', enabledByDefault: false, enabledInProduction: true });
    expect(emit('Ingress')).toMatchObject({ guard: 'ingress.enabled', enabledInProduction: true });
    expect(emit('NetworkPolicy')).toMatchObject({ guard: 'networkPolicy.enabled', enabledByDefault: false, enabledInProduction: false });
    // the else branch of `if .Values.networkPolicy.enabled`
    expect(emit('ConfigMap')).toMatchObject({ guards: [{ path: 'networkPolicy.enabled', negated: true }], enabledByDefault: true });
    expect(c.values.replicaCount).toEqual({ path: 'replicaCount', value: 3, file: 'charts/web/values.production.yaml', line: 1 });
    expect(c.values['resources.limits.memory']).toEqual({ path: 'resources.limits.memory', value: '512Mi', file: 'charts/web/values.production.yaml', line: 16 });
    expect(c.values['autoscaling.minReplicas']).toMatchObject({ value: 3, line: 22 });
    expect(c.values['podDisruptionBudget.minAvailable']).toMatchObject({ value: 1, file: 'charts/web/values.yaml', line: 33 });
    expect(c.values['securityContext.runAsNonRoot']).toMatchObject({ value: true, line: 5 });
    expect(c.templateProbes).toEqual({ liveness: true, readiness: true, startup: false });
    expect(c.templateReads).toContain('autoscaling.enabled');
    expect(JSON.stringify(inv)).not.toContain('chart-default-password');
  });

  it('follows nested guards, `not`, `with` and `end` in a template scan', () => {
    const scan: TemplateScan = { kinds: [], reads: new Set(), probes: { liveness: false, readiness: false, startup: false } };
    scanTemplate('{{- if .Values.a.enabled }}\n{{- if not .Values.b }}\nkind: Service\n{{- end }}\nkind: Secret\n{{- end }}\nkind: ServiceAccount\n', 't.yaml', scan);
    expect(scan.kinds).toEqual([
      { kind: 'Service', file: 't.yaml', line: 3, guards: [{ path: 'a.enabled', negated: false }, { path: 'b', negated: true }] },
      { kind: 'Secret', file: 't.yaml', line: 5, guards: [{ path: 'a.enabled', negated: false }] },
      { kind: 'ServiceAccount', file: 't.yaml', line: 7, guards: [] },
    ]);
  });
});
