import { absent, at, defineCheck, fail, notApplicable, partial, pass } from '../check.js';
import { stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'browser-compat-tests',
  docs: {
    motivation: 'What works in one browser breaks in another; only tests across browsers in CI keep it working.',
    implementation: 'Playwright/Cypress/Selenium/WebdriverIO configuration, more than one browser project, and a workflow that runs it; a browserslist counts partly.',
  },
  judge(view) {
    if (!view.hasFrontend) return notApplicable('no frontend in the repository');
    const configs = view.inv.files.list.filter((f) => /^(playwright|cypress|wdio)\.conf(ig)?\.[cm]?[jt]s$|^\.browserslistrc$|^cypress\.json$/.test(f.name));
    const ci = stepsTagged(view, 'e2e');
    const multi = ci.some((s) => /--project[= ]\S+.*--project|--browser/.test(s.run ?? '')) || configs.some((f) => f.name.startsWith('playwright'));
    const ev = [...configs.map((f) => at(f.path, 0, 'browser test configuration')), ...ci.map((s) => at(s.file, s.line, 'browser tests run in CI'))];
    const remedy = 'add Playwright (or Cypress) tests with chromium, firefox and webkit projects and run them in the pull request workflow';
    if (ci.length && multi) return pass('browser tests run in CI across browsers', ev);
    if (ev.length) return partial(ci.length ? 'browser tests run in CI in one browser only' : 'browser tests exist but CI does not run them', ev, remedy);
    return fail('no browser compatibility tests', [absent('Playwright/Cypress/Selenium configuration or CI steps', 'the repository and its workflows')], remedy);
  },
});
