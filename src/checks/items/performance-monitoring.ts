import { absent, at, defineCheck, fail, partial, pass } from '../check.js';

export default defineCheck({
  id: 'performance-monitoring',
  docs: {
    motivation: 'Latency and throughput have to be measured where the requests are served.',
    implementation: 'Application metrics endpoints (/metrics, prometheus clients) that a Prometheus scrape job reads; tracing (OpenTelemetry, Jaeger, Tempo) or APM agents.',
  },
  judge(view) {
    const endpoints = view.inv.app.metricsEndpoints.filter((r) => /^\/metrics\/?$/.test(r.path));
    const clients = view.inv.app.hints.filter((h) => h.kind === 'metrics' && h.wired);
    const tracing = [...view.inv.app.hints.filter((h) => h.kind === 'tracing'), ...view.inv.monitoring.components.filter((c) => ['jaeger', 'tempo', 'zipkin', 'otel-collector', 'datadog-agent', 'newrelic'].includes(c.kind))];
    const scraped = view.inv.monitoring.prometheus.flatMap((p) => p.jobs.map((j) => ({ p, j })));
    const ev = [...endpoints.map((r) => at(r.file, r.line, `${r.method} ${r.path}`)), ...clients.map((h) => at(h.file, h.line, `${h.name} metrics`)), ...scraped.slice(0, 5).map(({ p, j }) => at(p.file, j.line, `scrape job ${j.name}`)), ...tracing.map((t) => at(t.file, t.line, `tracing: ${'kind' in t ? t.kind : ''}`))];
    const remedy = 'expose request metrics (prometheus-fastapi-instrumentator / prom-client) on /metrics, scrape them from Prometheus, and trace requests with OpenTelemetry';
    if ((endpoints.length || clients.length) && scraped.length) return pass('application metrics are exported and scraped', ev);
    if (tracing.length && scraped.length) return pass('requests are traced and metrics scraped', ev);
    if (ev.length) return partial(endpoints.length || clients.length ? 'metrics are exposed but nothing scrapes them' : 'performance data is partly collected', ev, remedy);
    return fail('no performance monitoring', [absent('metrics endpoints, scrape jobs or tracing', 'application code and monitoring configuration')], remedy);
  },
});
