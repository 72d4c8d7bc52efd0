import { componentOf } from '../../../src/inventory/monitoring/index.js';
import { composeReady, fixtureInventory, memoryInventory } from './helpers.js';

describe('monitoring inventory: Prometheus', () => {
  it('reads global intervals, scrape jobs with targets, discovery and metrics_path', async () => {
    const m = (await fixtureInventory()).monitoring;
    const p = m.prometheus.find((x) => x.file === 'prometheus/prometheus.yml')!;
    expect(p).toMatchObject({ source: 'config', scrapeInterval: '15s', evaluationInterval: '30s', alertmanagers: true, alertmanagerTargets: ['alertmanager:9093'], remoteWrite: ['https://metrics.example.com/api/v1/write'] });
    expect(p.jobs.map((j) => [j.name, j.line, j.targets, j.discovery])).toEqual([
      ['api', 12, ['api:8000'], []],
      ['node', 16, ['node-exporter:9100', 'cadvisor:8080'], []],
      ['postgres', 19, ['postgres-exporter:9187'], []],
      ['kubernetes-pods', 22, [], ['kubernetes']],
    ]);
    expect(p.jobs[0].metricsPath).toBe('/metrics');
    expect(p.jobs[3].scrapeInterval).toBe('30s');
  });

  it('resolves rule_files globs to repository files and flags patterns that match nothing', async () => {
    const m = (await fixtureInventory()).monitoring;
    const p = m.prometheus.find((x) => x.file === 'prometheus/prometheus.yml')!;
    expect(p.rulePatterns).toEqual([
      { pattern: '/etc/prometheus/rules/*.yml', line: 5, matched: ['prometheus/rules/api.yml'] },
      { pattern: 'alerts/extra.yml', line: 6, matched: [] },
    ]);
    expect(p.ruleFiles).toEqual(['prometheus/rules/api.yml']);
  });

  it('follows the compose bind mount of the Prometheus service for absolute rule_files paths', async () => {
    const inv = await memoryInventory({
      'deploy/docker-compose.yml': 'services:\n  prom:\n    image: prom/prometheus\n    volumes:\n      - ../alerting:/etc/prometheus/alerts:ro\n',
      'config/prometheus.yml': 'rule_files:\n  - /etc/prometheus/alerts/**/*.yml\nscrape_configs: []\n',
      'alerting/team-a/api.yml': 'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0\n',
    });
    if (!composeReady(inv)) return;
    expect(inv.monitoring.prometheus[0].ruleFiles).toEqual(['alerting/team-a/api.yml']);
    expect(inv.monitoring.alertRules[0]).toMatchObject({ name: 'A', loaded: true });
  });

  it('reads ServiceMonitors as scrape configuration', async () => {
    const m = (await fixtureInventory()).monitoring;
    expect(m.prometheus.find((x) => x.source === 'service-monitor')).toMatchObject({ file: 'k8s/rules.yaml', line: 18, jobs: [{ name: 'ServiceMonitor shop-api', metricsPath: '/metrics', scrapeInterval: '30s', discovery: ['kubernetes'] }] });
  });

  it('does not take a Promtail config (it has scrape_configs too) for Prometheus', async () => {
    const m = (await fixtureInventory()).monitoring;
    expect(m.prometheus.map((p) => p.file)).not.toContain('promtail/promtail-config.yml');
  });
});

describe('monitoring inventory: alert rules and Alertmanager', () => {
  it('reads alerts with expr, for, severity, summary, description and runbook_url with lines', async () => {
    const m = (await fixtureInventory()).monitoring;
    expect(m.alertRules.map((r) => [r.file, r.name, r.group, r.severity, r.line, !!r.runbookUrl, r.loaded])).toEqual([
      ['k8s/rules.yaml', 'ApiErrorRateHigh', 'shop.rules', 'critical', 9, true, true],
      ['prometheus/rules/api.yml', 'ApiDown', 'api', 'critical', 4, true, true],
      ['prometheus/rules/api.yml', 'HighLatency', 'api', 'warning', 13, false, true],
      ['prometheus/rules/api.yml', 'PostgresDown', 'database', 'critical', 23, true, true],
      ['prometheus/rules/legacy.yaml', 'DiskAlmostFull', 'legacy', 'warning', 5, false, false],
    ]);
    const down = m.alertRules.find((r) => r.name === 'ApiDown')!;
    expect(down).toMatchObject({ expr: 'up{job="api"} == 0', for: '2m', summary: 'API is down', runbookUrl: 'https://github.com/example/shop/blob/main/docs/runbooks/api-down.md', runbookLine: 12, source: 'rule-file', labels: { severity: 'critical' } });
    expect(down.description).toContain('{{ $labels.instance }}');
    expect(m.alertRules.find((r) => r.name === 'ApiErrorRateHigh')).toMatchObject({ source: 'prometheus-rule', runbookUrl: 'https://runbooks.example.com/api-errors' });
    expect(m.recordingRules).toEqual([{ name: 'job:http_requests:rate5m', group: 'api', expr: 'sum by (job) (rate(http_requests_total[5m]))', file: 'prometheus/rules/api.yml', line: 19 }]);
  });

  it('reads receivers with their integrations, a null receiver, and the route tree', async () => {
    const m = (await fixtureInventory()).monitoring;
    expect(m.alertmanager).toHaveLength(1);
    const a = m.alertmanager[0];
    expect(a).toMatchObject({ file: 'alertmanager/alertmanager.yml', route: { receiver: 'slack', routes: 3, line: 3 }, inhibitRules: 1, source: 'config' });
    expect(a.receivers.map((r) => [r.name, r.integrations, r.line])).toEqual([
      ['slack', ['slack'], 19],
      ['oncall', ['email', 'pagerduty'], 23],
      ['null', [], 28],
    ]);
  });

  it('skips Helm templates instead of reporting them as broken YAML', async () => {
    const inv = await fixtureInventory();
    expect(inv.diagnostics.filter((d) => d.file.startsWith('chart/templates'))).toEqual([]);
  });
});

describe('monitoring inventory: Grafana', () => {
  it('reads provisioned data sources and dashboard providers', async () => {
    const g = (await fixtureInventory()).monitoring.grafana;
    expect(g.datasources).toEqual([
      { name: 'Prometheus', type: 'prometheus', uid: 'prom', url: 'http://prometheus:9090', isDefault: true, file: 'grafana/provisioning/datasources/datasources.yml', line: 3 },
      { name: 'Loki', type: 'loki', uid: 'loki', url: 'http://loki:3100', file: 'grafana/provisioning/datasources/datasources.yml', line: 8 },
    ]);
    expect(g.dashboardProviders).toEqual([{ name: 'default', path: '/var/lib/grafana/dashboards', file: 'grafana/provisioning/dashboards/dashboards.yml', line: 3 }]);
  });

  it('reads dashboards: title, nested panels, data sources, business or system', async () => {
    const g = (await fixtureInventory()).monitoring.grafana;
    const byTitle = Object.fromEntries(g.dashboards.map((d) => [d.title, d]));
    expect(Object.keys(byTitle).sort()).toEqual(['Shop', 'System']);
    expect(byTitle.Shop).toMatchObject({ uid: 'shop-kpis', panels: 2, datasources: ['prom'], business: true, kind: 'business' });
    expect(byTitle.Shop.businessSignals).toEqual(expect.arrayContaining(['orders', 'shop_orders_created_total', 'shop_checkout_step_total']));
    expect(byTitle.System).toMatchObject({ panels: 3, datasources: ['Prometheus'], business: false, kind: 'system' });
    expect(byTitle.System.metrics.sort()).toEqual(['container_memory_working_set_bytes', 'http_requests_total', 'node_cpu_seconds_total']);
  });

  it('reports an invalid dashboard JSON with its line', async () => {
    const inv = await fixtureInventory();
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: 'grafana/dashboards/broken.json', code: 'json-syntax', line: 3 }));
  });
});

describe('monitoring inventory: components, log shipping, tracing', () => {
  it('classifies what compose runs by image, with file:line', async () => {
    const inv = await fixtureInventory();
    if (!composeReady(inv)) return;
    const m = inv.monitoring;
    expect(m.components.map((c) => c.kind).sort()).toEqual(['alertmanager', 'cadvisor', 'grafana', 'jaeger', 'loki', 'node-exporter', 'otel-collector', 'postgres-exporter', 'prometheus', 'promtail']);
    expect(m.components.find((c) => c.kind === 'grafana')).toEqual({ kind: 'grafana', name: 'grafana', image: 'grafana/grafana:11.1.0', file: 'docker-compose.yml', line: 22, via: 'compose' });
    expect(m.logDrivers).toEqual([{ service: 'api', driver: 'loki', file: 'docker-compose.yml', line: 4 }]);
  });

  it('records log shippers: drivers, configs with their outputs, and shipper components', async () => {
    const inv = await fixtureInventory();
    const s = inv.monitoring.logShippers;
    expect(s).toEqual(expect.arrayContaining([
      { via: 'config', tool: 'fluent-bit', destinations: ['es'], file: 'fluent-bit/fluent-bit.conf', line: 10 },
      { via: 'config', tool: 'promtail', destinations: ['http://loki:3100/loki/api/v1/push'], file: 'promtail/promtail-config.yml', line: 5 },
      { via: 'config', tool: 'loki', destinations: ['filesystem'], file: 'loki/loki-config.yml', line: 9 },
      { via: 'config', tool: 'otel-collector', destinations: ['loki'], file: 'otel/otel-collector.yaml', line: 21 },
    ]));
    if (!composeReady(inv)) return;
    expect(s).toContainEqual({ via: 'logging-driver', tool: 'loki', service: 'api', destinations: ['http://loki:3100/loki/api/v1/push'], file: 'docker-compose.yml', line: 4 });
    expect(s).toContainEqual(expect.objectContaining({ via: 'component', tool: 'promtail', line: 32 }));
  });

  it('records tracing: collector pipelines and tracing backends that run', async () => {
    const inv = await fixtureInventory();
    expect(inv.monitoring.tracing).toContainEqual({ via: 'config', tool: 'otel-collector', receivers: ['otlp'], exporters: ['otlp/jaeger', 'loki'], file: 'otel/otel-collector.yaml', line: 1 });
    if (!composeReady(inv)) return;
    expect(inv.monitoring.tracing.filter((t) => t.via === 'component').map((t) => t.tool).sort()).toEqual(['jaeger', 'otel-collector']);
  });

  it.each([
    ['prom/prometheus:v2.53.0', '', 'prometheus'],
    ['quay.io/prometheuscommunity/postgres-exporter', '', 'postgres-exporter'],
    ['oliver006/redis_exporter:v1.62.0', '', 'redis-exporter'],
    ['prom/mysqld-exporter', '', 'mysqld-exporter'],
    ['prom/blackbox-exporter:v0.25.0', '', 'blackbox-exporter'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.14.0', '', 'elasticsearch'],
    ['docker.elastic.co/beats/filebeat:8.14.0', '', 'filebeat'],
    ['fluent/fluent-bit:3.0', '', 'fluent-bit'],
    ['fluent/fluentd:v1.17', '', 'fluentd'],
    ['timberio/vector:0.39.0-alpine', '', 'vector'],
    ['otel/opentelemetry-collector-contrib:0.104.0', '', 'otel-collector'],
    ['grafana/tempo:2.5.0', '', 'tempo'],
    ['openzipkin/zipkin', '', 'zipkin'],
    ['gcr.io/datadoghq/agent:7', '', 'datadog-agent'],
    ['newrelic/infrastructure:latest', '', 'newrelic'],
    ['getsentry/sentry:24.6.0', '', 'sentry'],
    ['registry.local/mirror/custom:1', 'grafana', 'grafana'],
    ['example/agent:1', '', undefined],
    ['postgres:16', 'db', undefined],
  ])('%s (%s) is %s', (image, name, kind) => expect(componentOf(image, name)).toBe(kind));
});

describe('monitoring inventory: bad input', () => {
  it('survives monitoring files of the wrong shape', async () => {
    const inv = await memoryInventory({
      'prometheus.yml': 'scrape_configs:\n  - 3\n  - job_name: x\n    static_configs: nope\nrule_files: "not-a-list"\n',
      'rules.yml': 'groups:\n  - rules: [1, {alert: null}, {alert: X, labels: 3, annotations: [a]}]\n  - 4\n',
      'alertmanager.yml': 'route: {}\nreceivers: [null, {name: a, slack_configs: []}]\n',
      'grafana/dashboards/list.json': '[1, 2]',
      'grafana/dashboards/bad-panels.json': '{"title": "x", "panels": [null, 3, {"type": "row", "panels": "no"}]}',
      'fluent-bit.conf': '[OUTPUT]\n',
      'otel.yaml': 'receivers: {}\nexporters: {}\nservice: {pipelines: {logs: 3}}\n',
    });
    const m = inv.monitoring;
    expect(m.prometheus[0].jobs).toEqual([expect.objectContaining({ name: 'x', targets: [] })]);
    expect(m.alertRules.map((r) => r.name)).toEqual(['null', 'X']);
    expect(m.alertmanager[0].receivers).toEqual([expect.objectContaining({ name: 'a', integrations: [] })]);
    expect(m.grafana.dashboards.map((d) => [d.title, d.panels])).toEqual([['x', 0]]);
    expect(m.logShippers).toContainEqual(expect.objectContaining({ tool: 'fluent-bit', destinations: [] }));
    expect(m.tracing).toContainEqual(expect.objectContaining({ tool: 'otel-collector', receivers: [], exporters: [] }));
    expect(inv.diagnostics.filter((d) => d.code === 'collector-failed')).toEqual([]);
  });
});
