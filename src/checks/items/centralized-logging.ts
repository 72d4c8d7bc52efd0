import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';

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
    const ev = [...comps.map((c) => at(c.file, c.line, t(`${c.kind} (${c.via})`, `로그 수집·저장: ${c.kind} (${c.via})`))), ...drivers.map((d) => at(d.file, d.line, t(`${d.service} ships logs with ${d.driver}`, `${d.service}: ${d.driver} 드라이버로 로그 전송`)))];
    const remedy = t('collect every service\'s logs centrally: Loki + Promtail (or the loki logging driver) in the production compose file, or Fluent Bit / Vector to Elasticsearch or a hosted log service', '모든 서비스의 로그를 중앙에서 수집하십시오: 프로덕션 compose 파일의 Loki + Promtail(또는 loki 로깅 드라이버), 또는 Elasticsearch나 호스팅 로그 서비스로 보내는 Fluent Bit / Vector');
    const store = comps.some((c) => ['loki', 'elasticsearch', 'datadog-agent'].includes(c.kind)) || drivers.length > 0;
    const shipper = comps.some((c) => !['loki', 'elasticsearch'].includes(c.kind)) || drivers.length > 0;
    if (store && shipper) return pass(t('logs are collected centrally', '로그 중앙 수집 적용됨'), ev);
    if (ev.length) return partial(t('a log store or shipper is missing', '로그 저장소 또는 수집기(shipper) 누락'), ev, remedy);
    const appLogs = view.inv.app.hints.filter((h) => h.kind === 'structured-logging');
    return fail(t('logs are not collected centrally', '로그 중앙 수집 미구현'), [...appLogs.map((h) => at(h.file, h.line, t(`${h.name} logs locally only`, `${h.name}: 로컬에만 로그 기록`))), absent(t('a log shipper or store (Loki, Fluent Bit, Vector, ELK) or a remote logging driver', '로그 수집기·저장소(Loki, Fluent Bit, Vector, ELK) 또는 원격 로깅 드라이버'), t('compose, Kubernetes and Helm files', 'compose, Kubernetes, Helm 파일'))], remedy);
  },
});
