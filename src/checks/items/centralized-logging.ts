import { absent, at, defineCheck, fail, partial, pass } from '../check.js';

const SHIPPERS = new Set(['loki', 'promtail', 'fluent-bit', 'fluentd', 'vector', 'elasticsearch', 'logstash', 'filebeat', 'datadog-agent', 'grafana-agent', 'alloy', 'otel-collector']);

export default defineCheck({
  id: 'centralized-logging',
  docs: {
    motivation: 'Logs left on each container vanish with it and cannot be searched across services.',
    implementation: 'Loki/Promtail, Elasticsearch/Fluentd/Fluent Bit, Vector or a remote logging driver (loki, fluentd, gelf, awslogs ...) collecting the services\' logs.',
  },
  judge(view) {
    const comps = view.inv.monitoring.components.filter((c) => SHIPPERS.has(c.kind));
    const drivers = view.inv.monitoring.logDrivers;
    const ev = [...comps.map((c) => at(c.file, c.line, `${c.kind} (${c.via})`)), ...drivers.map((d) => at(d.file, d.line, `${d.service} ships logs with ${d.driver}`))];
    const remedy = 'collect every service\'s logs centrally: Loki + Promtail (or the loki logging driver) in the production compose file, or Fluent Bit / Vector to Elasticsearch or a hosted log service';
    const store = comps.some((c) => ['loki', 'elasticsearch', 'datadog-agent'].includes(c.kind)) || drivers.length > 0;
    const shipper = comps.some((c) => !['loki', 'elasticsearch'].includes(c.kind)) || drivers.length > 0;
    if (store && shipper) return pass('logs are collected centrally', ev);
    if (ev.length) return partial('a log store or shipper is missing', ev, remedy);
    const appLogs = view.inv.app.hints.filter((h) => h.kind === 'structured-logging');
    return fail('logs are not collected centrally', [...appLogs.map((h) => at(h.file, h.line, `${h.name} logs locally only`)), absent('a log shipper or store (Loki, Fluent Bit, Vector, ELK) or a remote logging driver', 'compose, Kubernetes and Helm files')], remedy);
  },
});
