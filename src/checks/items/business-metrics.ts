import { at, defineCheck, partial, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';

export default defineCheck({
  id: 'business-metrics',
  docs: {
    motivation: 'System metrics say the servers are up; business metrics say the product works.',
    implementation: 'Dashboards whose panels show business figures (orders, signups, conversions ...); custom application metrics count partly.',
  },
  judge(view) {
    const dash = view.inv.monitoring.grafana.dashboards.filter((d) => d.business);
    if (dash.length) return pass(t('business dashboards are committed', '저장소에 비즈니스 대시보드 있음'), dash.map((d) => at(d.file, 1, t(`dashboard "${d.title}"`, `대시보드 "${d.title}"`))));
    const custom = view.inv.app.hints.filter((h) => h.kind === 'metrics' && h.wired);
    if (custom.length) return partial(t('the application exports metrics, but no business dashboard uses them', '애플리케이션 메트릭은 있으나 이를 쓰는 비즈니스 대시보드 없음'), custom.map((h) => at(h.file, h.line, t(`${h.name}`, `애플리케이션 메트릭 ${h.name}`))), t('add dashboards of business figures (active users, requests per feature, conversions) built on the application metrics', '애플리케이션 메트릭을 바탕으로 비즈니스 지표(활성 사용자, 기능별 요청 수, 전환) 대시보드를 추가하십시오'));
    return attestOnly(t('business metrics analysis', '비즈니스 메트릭 분석'));
  },
});
