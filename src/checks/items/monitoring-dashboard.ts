import { absent, at, defineCheck, fail, partial, pass } from '../check.js';

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
    const ev = [...grafana.map((c) => at(c.file, c.line, `grafana (${c.via})`)), ...sources.map((d) => at(d.file, d.line, `${d.type} data source`)), ...dash.map((d) => at(d.file, 1, `dashboard "${d.title}" (${d.panels} panels)`))];
    const remedy = 'run Grafana with provisioned data sources (provisioning/datasources) and commit the dashboards as JSON (provisioning/dashboards), fed by Prometheus';
    if (grafana.length && dash.length) return pass('Grafana runs with committed dashboards', ev);
    if (ev.length || m.prometheus.length) return partial(grafana.length ? 'Grafana runs but no dashboard is committed' : 'dashboards or metrics exist but nothing serves them', ev.length ? ev : m.prometheus.map((p) => at(p.file, 1, 'Prometheus configuration')), remedy);
    return fail('no monitoring dashboard', [absent('Grafana and dashboard JSON', 'compose, Kubernetes and the repository')], remedy);
  },
});
