import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';

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
    const ev = [...rules.slice(0, 5).map((r) => at(r.file, r.line, t(`alert ${r.name}${r.severity ? ` (${r.severity})` : ''}`, `알림 규칙 ${r.name}${r.severity ? ` (${r.severity})` : ''}`))), ...receivers.map((r) => at(r.file, r.line, t(`receiver ${r.name}: ${r.integrations.join(', ') || 'no integration'}`, `수신자 ${r.name}: ${r.integrations.join(', ') || '연동 없음'}`)))];
    const remedy = t('write Prometheus alerting rules for availability, errors and saturation, and route them through Alertmanager to a receiver people watch (slack_configs / pagerduty_configs / email_configs)', '가용성, 오류, 포화도에 대한 Prometheus 알림 규칙을 작성하고 Alertmanager를 거쳐 사람이 확인하는 수신자(slack_configs / pagerduty_configs / email_configs)로 전달하십시오');
    if (rules.length && real.length) return pass(t(`${rules.length} alert rules reach ${real.map((r) => r.name).join(', ')}`, `알림 규칙 ${rules.length}개가 수신자 ${real.map((r) => r.name).join(', ')}에 전달됨`), ev);
    if (rules.length || receivers.length) return partial(rules.length ? t('alert rules exist but no receiver delivers them', '알림 규칙은 있으나 전달할 수신자 없음') : t('Alertmanager is configured but there are no alert rules', 'Alertmanager는 설정되었으나 알림 규칙 없음'), ev, remedy);
    return fail(t('no automatic alerting', '자동 알림 시스템 부재'), [absent(t('alerting rules and an Alertmanager receiver', '알림 규칙과 Alertmanager 수신자'), t('Prometheus, Alertmanager and Kubernetes files', 'Prometheus, Alertmanager, Kubernetes 파일'))], remedy);
  },
});
