import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'monitoring-dashboard',
  docs: {
    motivation: 'Operators need to see the system\'s state at a glance, from real metrics.',
    implementation: 'Grafana running with provisioned data sources and dashboards committed as JSON; Prometheus scraping real targets.',
  },
  judge(view) {
    const m = view.inv.monitoring;
    const grafana = m.components.filter((c) => c.kind === 'grafana');
    const dash = m.grafana.dashboards;
    const sources = m.grafana.datasources;
    const ev = [...grafana.map((c) => at(c.file, c.line, t(`grafana (${c.via})`, `Grafana 실행 (${c.via})`))), ...sources.map((d) => at(d.file, d.line, t(`${d.type} data source`, `${d.type} 데이터 소스`))), ...dash.map((d) => at(d.file, 1, t(`dashboard "${d.title}" (${d.panels} panels)`, `대시보드 "${d.title}" (패널 ${d.panels}개)`)))];
    const remedy = t('run Grafana with provisioned data sources (provisioning/datasources) and commit the dashboards as JSON (provisioning/dashboards), fed by Prometheus', '프로비저닝된 데이터 소스(provisioning/datasources)로 Grafana를 실행하고, Prometheus 데이터를 쓰는 대시보드를 JSON으로 커밋하십시오 (provisioning/dashboards)');
    if (grafana.length && dash.length) return pass(t('Grafana runs with committed dashboards', '커밋된 대시보드로 Grafana 운영'), ev);
    if (ev.length || m.prometheus.length) return partial(grafana.length ? t('Grafana runs but no dashboard is committed', 'Grafana는 실행되나 커밋된 대시보드 없음') : t('dashboards or metrics exist but nothing serves them', '대시보드나 메트릭은 있으나 이를 보여 줄 서비스 없음'), ev.length ? ev : m.prometheus.map((p) => at(p.file, 1, t('Prometheus configuration', 'Prometheus 설정'))), remedy);
    return fail(t('no monitoring dashboard', '모니터링 대시보드 부재'), [absent(t('Grafana and dashboard JSON', 'Grafana 및 대시보드 JSON'), t('compose, Kubernetes and the repository', 'compose, Kubernetes, 저장소'))], remedy);
  },
});
