import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';

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
    const ev = [...endpoints.map((r) => at(r.file, r.line, t(`${r.method} ${r.path}`, `메트릭 엔드포인트 ${r.method} ${r.path}`))), ...clients.map((h) => at(h.file, h.line, t(`${h.name} metrics`, `${h.name} 메트릭`))), ...scraped.slice(0, 5).map(({ p, j }) => at(p.file, j.line, t(`scrape job ${j.name}`, `Prometheus 수집 잡 ${j.name}`))), ...tracing.map((x) => at(x.file, x.line, t(`tracing: ${'kind' in x ? x.kind : ''}`, 'kind' in x ? `추적: ${x.kind}` : '추적')))];
    const remedy = t('expose request metrics (prometheus-fastapi-instrumentator / prom-client) on /metrics, scrape them from Prometheus, and trace requests with OpenTelemetry', '/metrics에 요청 메트릭(prometheus-fastapi-instrumentator / prom-client)을 노출해 Prometheus로 수집하고, OpenTelemetry로 요청을 추적하십시오');
    if ((endpoints.length || clients.length) && scraped.length) return pass(t('application metrics are exported and scraped', '애플리케이션 메트릭 노출 및 수집 적용됨'), ev);
    if (tracing.length && scraped.length) return pass(t('requests are traced and metrics scraped', '요청 추적 및 메트릭 수집 적용됨'), ev);
    if (ev.length) return partial(endpoints.length || clients.length ? t('metrics are exposed but nothing scrapes them', '메트릭은 노출되나 수집하는 곳 없음') : t('performance data is partly collected', '성능 데이터 일부만 수집'), ev, remedy);
    return fail(t('no performance monitoring', '성능 모니터링 부재'), [absent(t('metrics endpoints, scrape jobs or tracing', '메트릭 엔드포인트, 수집 잡 또는 추적'), t('application code and monitoring configuration', '애플리케이션 코드 및 모니터링 설정'))], remedy);
  },
});
