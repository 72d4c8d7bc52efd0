import { absent, at, defineCheck, fail, notApplicable, partial, pass, t } from '../check.js';
import { stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'browser-compat-tests',
  docs: {
    motivation: 'What works in one browser breaks in another; only tests across browsers in CI keep it working.',
    implementation: 'Playwright/Cypress/Selenium/WebdriverIO configuration, more than one browser project, and a workflow that runs it; a browserslist counts partly.',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable(t('no frontend in the repository', '저장소에 프론트엔드 없음'));
    const configs = view.inv.files.list.filter((f) => /^(playwright|cypress|wdio)\.conf(ig)?\.[cm]?[jt]s$|^\.browserslistrc$|^cypress\.json$/.test(f.name));
    const ci = stepsTagged(view, 'e2e');
    const multi = ci.some((s) => /--project[= ]\S+.*--project|--browser/.test(s.run ?? '')) || configs.some((f) => f.name.startsWith('playwright'));
    const ev = [...configs.map((f) => at(f.path, 0, t('browser test configuration', '브라우저 테스트 설정'))), ...ci.map((s) => at(s.file, s.line, t('browser tests run in CI', 'CI에서 브라우저 테스트 실행')))];
    const remedy = t('add Playwright (or Cypress) tests with chromium, firefox and webkit projects and run them in the pull request workflow', 'chromium, firefox, webkit 프로젝트를 갖춘 Playwright(또는 Cypress) 테스트를 추가하고 풀 리퀘스트 워크플로에서 실행하십시오');
    if (ci.length && multi) return pass(t('browser tests run in CI across browsers', 'CI에서 여러 브라우저로 브라우저 테스트 실행'), ev);
    if (ev.length) return partial(ci.length ? t('browser tests run in CI in one browser only', 'CI 브라우저 테스트가 한 브라우저에서만 실행됨') : t('browser tests exist but CI does not run them', '브라우저 테스트는 있으나 CI에서 실행하지 않음'), ev, remedy);
    return fail(t('no browser compatibility tests', '브라우저 호환성 테스트 부재'), [absent(t('Playwright/Cypress/Selenium configuration or CI steps', 'Playwright/Cypress/Selenium 설정 또는 CI 단계'), t('the repository and its workflows', '저장소 및 워크플로'))], remedy);
  },
});
