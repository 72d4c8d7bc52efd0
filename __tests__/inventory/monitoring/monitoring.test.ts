import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { componentOf } from '../../../src/inventory/monitoring/index.js';

describe('monitoring inventory', () => {
  it('reads prometheus, alert rules, alertmanager, grafana and the components compose runs', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/monitoring'));
    const m = inv.monitoring;
    expect(m.prometheus[0]).toMatchObject({ file: 'prometheus/prometheus.yml', ruleFiles: ['prometheus/rules/api.yml'], alertmanagers: true });
    expect(m.prometheus[0].jobs.map((j) => [j.name, j.line])).toEqual([['api', 10], ['postgres', 14]]);
    expect(m.alertRules.map((r) => [r.name, r.severity, !!r.runbookUrl, r.line])).toEqual([['ApiDown', 'critical', true, 4], ['HighLatency', 'warning', false, 12]]);
    expect(m.alertmanager[0].receivers).toEqual([{ name: 'slack', integrations: ['slack'], line: 7 }, { name: 'null', integrations: [], line: 11 }]);
    expect(m.grafana.datasources).toEqual([{ type: 'prometheus', file: 'grafana/provisioning/datasources/prometheus.yml', line: 3 }]);
    expect(m.grafana.dashboards.map((d) => [d.title, d.panels, d.business]).sort()).toEqual([['Shop', 1, true], ['System', 2, false]]);
    expect(m.components.map((c) => c.kind).sort()).toEqual(['alertmanager', 'grafana', 'jaeger', 'loki', 'postgres-exporter', 'prometheus', 'promtail']);
    expect(m.logDrivers).toEqual([{ service: 'api', driver: 'loki', file: 'docker-compose.yml', line: 4 }]);
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: 'grafana/dashboards/broken.json', code: 'json-syntax', line: 3 }));
  });

  it.each([
    ['prom/prometheus:v2.53.0', 'prometheus'],
    ['quay.io/prometheuscommunity/postgres-exporter', 'postgres-exporter'],
    ['oliver006/redis_exporter:v1.62.0', 'redis-exporter'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.14.0', 'elasticsearch'],
    ['otel/opentelemetry-collector-contrib:0.104.0', 'otel-collector'],
    ['gcr.io/datadoghq/agent:7', 'datadog-agent'],
    ['example/agent:1', undefined],
    ['postgres:16', undefined],
  ])('%s is %s', (image, kind) => expect(componentOf(image)).toBe(kind));
});
