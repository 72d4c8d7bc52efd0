import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';

describe('helm charts', () => {
  it('reads chart metadata, values with lines and the switches of what templates emit', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/helm'));
    expect(inv.kubernetes.objects).toEqual([]); // templates are not manifests until rendered
    const c = inv.helm.charts[0];
    expect(c).toMatchObject({ name: 'shop', version: '0.3.0', dependencies: ['postgresql'], productionValues: 'chart/values-prod.yaml' });
    const emits = Object.fromEntries(c.emits.map((e) => [e.kind, e]));
    expect(emits.HorizontalPodAutoscaler).toMatchObject({ guard: 'autoscaling.enabled', enabledByDefault: false, enabledInProduction: true, line: 3 });
    expect(emits.PodDisruptionBudget).toMatchObject({ enabledByDefault: false, enabledInProduction: false });
    expect(emits.Deployment).toMatchObject({ enabledByDefault: true });
    expect(c.values.replicaCount).toEqual({ path: 'replicaCount', value: 3, file: 'chart/values-prod.yaml', line: 1 });
    expect(c.values['resources.limits.memory']).toMatchObject({ value: '512Mi', line: 5 });
    expect(c.templateProbes).toMatchObject({ liveness: true, readiness: true });
  });
});
