import { absent, at, defineCheck, fail, partial, pass } from '../check.js';

export default defineCheck({
  id: 'alerting',
  docs: {
    motivation: 'Nobody watches dashboards at 3 a.m.; alerts must reach a person.',
    implementation: 'Prometheus alerting rules (or PrometheusRule objects) plus an Alertmanager configuration with at least one receiver that has an integration (Slack, PagerDuty, email ...); a null receiver does not count.',
  },
  judge(view) {
    const m = view.inv.monitoring;
    const rules = m.alertRules;
    const receivers = m.alertmanager.flatMap((a) => a.receivers.map((r) => ({ ...r, file: a.file })));
    const real = receivers.filter((r) => r.integrations.length);
    const ev = [...rules.slice(0, 5).map((r) => at(r.file, r.line, `alert ${r.name}${r.severity ? ` (${r.severity})` : ''}`)), ...receivers.map((r) => at(r.file, r.line, `receiver ${r.name}: ${r.integrations.join(', ') || 'no integration'}`))];
    const remedy = 'write Prometheus alerting rules for availability, errors and saturation, and route them through Alertmanager to a receiver people watch (slack_configs / pagerduty_configs / email_configs)';
    if (rules.length && real.length) return pass(`${rules.length} alert rules reach ${real.map((r) => r.name).join(', ')}`, ev);
    if (rules.length || receivers.length) return partial(rules.length ? 'alert rules exist but no receiver delivers them' : 'Alertmanager is configured but there are no alert rules', ev, remedy);
    return fail('no automatic alerting', [absent('alerting rules and an Alertmanager receiver', 'Prometheus, Alertmanager and Kubernetes files')], remedy);
  },
});
