import { at, defineCheck, partial, pass } from '../check.js';
import { attestOnly } from '../helpers.js';

export default defineCheck({
  id: 'business-metrics',
  docs: {
    motivation: 'System metrics say the servers are up; business metrics say the product works.',
    implementation: 'Dashboards whose panels show business figures (orders, signups, conversions ...); custom application metrics count partly.',
  },
  judge(view) {
    const dash = view.inv.monitoring.grafana.dashboards.filter((d) => d.business);
    if (dash.length) return pass('business dashboards are committed', dash.map((d) => at(d.file, 1, `dashboard "${d.title}"`)));
    const custom = view.inv.app.hints.filter((h) => h.kind === 'metrics' && h.wired);
    if (custom.length) return partial('the application exports metrics, but no business dashboard uses them', custom.map((h) => at(h.file, h.line, `${h.name}`)), 'add dashboards of business figures (active users, requests per feature, conversions) built on the application metrics');
    return attestOnly('business metrics analysis');
  },
});
