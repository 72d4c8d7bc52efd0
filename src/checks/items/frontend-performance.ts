import { absent, at, defineCheck, fail, notApplicable, partial, pass, t } from '../check.js';
import { stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'frontend-performance',
  docs: {
    motivation: 'Frontend speed regresses silently unless a budget is measured on every change.',
    implementation: 'Lighthouse CI or web-vitals budgets in CI; a web-vitals or caching library in the frontend counts partly.',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable(t('no frontend in the repository', '저장소에 프론트엔드 없음'));
    const lh = stepsTagged(view, 'lighthouse').map((s) => at(s.file, s.line, t('Lighthouse runs in CI', 'CI에서 Lighthouse 실행')));
    const cfg = view.inv.files.list.filter((f) => /^(lighthouserc|\.lighthouserc)(\.\w+)?$|^budget\.json$/.test(f.name)).map((f) => at(f.path, 0, t('performance budget', '성능 예산')));
    const cache = view.inv.app.hints.filter((h) => h.kind === 'cache' && /front|web|ui|app\.py|streamlit/i.test(h.file)).map((h) => at(h.file, h.line, t(`frontend caching (${h.name})`, `프론트엔드 캐시 (${h.name})`)));
    const remedy = t('measure the frontend in CI with Lighthouse CI (lighthouserc with budgets) or web-vitals thresholds, and cache data calls in the frontend', 'Lighthouse CI(예산을 정한 lighthouserc) 또는 web-vitals 임계값으로 CI에서 프론트엔드 성능을 측정하고, 프론트엔드의 데이터 호출을 캐시하십시오');
    if (lh.length) return pass(t('frontend performance is measured in CI', 'CI에서 프론트엔드 성능 측정'), [...lh, ...cfg]);
    if (cfg.length || cache.length) return partial(t('some frontend performance work, not measured in CI', '프론트엔드 성능 작업 일부 있음, CI 측정 없음'), [...cfg, ...cache], remedy);
    return fail(t('frontend performance is not measured', '프론트엔드 성능 측정 부재'), [absent(t('Lighthouse CI, web-vitals budgets or frontend caching', 'Lighthouse CI, web-vitals 예산 또는 프론트엔드 캐시'), t('workflows and frontend code', '워크플로 및 프론트엔드 코드'))], remedy);
  },
});
