import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';
import { stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'frontend-performance',
  docs: {
    motivation: 'Frontend speed regresses silently unless a budget is measured on every change.',
    implementation: 'Lighthouse CI or web-vitals budgets in CI; a web-vitals or caching library in the frontend counts partly.',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable('no frontend in the repository');
    const lh = stepsTagged(view, 'lighthouse').map((s) => at(s.file, s.line, 'Lighthouse runs in CI'));
    const cfg = view.inv.files.list.filter((f) => /^(lighthouserc|\.lighthouserc)(\.\w+)?$|^budget\.json$/.test(f.name)).map((f) => at(f.path, 0, 'performance budget'));
    const cache = view.inv.app.hints.filter((h) => h.kind === 'cache' && /front|web|ui|app\.py|streamlit/i.test(h.file)).map((h) => at(h.file, h.line, `frontend caching (${h.name})`));
    const remedy = 'measure the frontend in CI with Lighthouse CI (lighthouserc with budgets) or web-vitals thresholds, and cache data calls in the frontend';
    if (lh.length) return pass('frontend performance is measured in CI', [...lh, ...cfg]);
    if (cfg.length || cache.length) return partial('some frontend performance work, not measured in CI', [...cfg, ...cache], remedy);
    return fail('frontend performance is not measured', [absent('Lighthouse CI, web-vitals budgets or frontend caching', 'workflows and frontend code')], remedy);
  },
});
