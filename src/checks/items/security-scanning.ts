import { absent, at, defineCheck, fail, partial, pass, t } from '../check.js';
import { allJobs } from '../helpers.js';

export default defineCheck({
  id: 'security-scanning',
  docs: {
    motivation: 'Vulnerable code and images are cheapest to stop at the pull request.',
    implementation: 'Workflow steps running code scanning (CodeQL, Semgrep, Bandit), image or dependency scanning (Trivy, Grype, Snyk, pip-audit, npm audit, dependency-review) or secret scanning (gitleaks, trufflehog), on pull requests, pushes or a schedule.',
  },
  judge(view) {
    const scans = new Map<string, { file: string; line: number }>();
    for (const w of view.inv.workflows.workflows) {
      if (!w.triggers.some((t) => /pull_request|push|schedule|merge_group/.test(t.event))) continue;
      for (const j of w.jobs) for (const s of j.steps) for (const t of s.tags) if (t.startsWith('security-scan:') && !scans.has(t)) scans.set(t, { file: s.file, line: s.line });
    }
    const kinds = [...scans.keys()].map((k) => k.slice('security-scan:'.length));
    const sast = kinds.some((k) => /codeql|semgrep|bandit|snyk|gosec/.test(k));
    const deps = kinds.some((k) => /trivy|grype|snyk|pip-audit|npm|yarn|dependency-review|osv|safety|govulncheck/.test(k));
    const ev = [...scans].map(([tag, l]) => at(l.file, l.line, t(`${tag.slice(14)} runs on every change`, `${tag.slice(14)}: 변경마다 실행`)));
    const remedy = t('scan in CI on every pull request: CodeQL or Semgrep for the code, and Trivy/Grype for the images and dependencies (upload the SARIF to code scanning)', '모든 풀 리퀘스트마다 CI에서 스캔하십시오: 코드는 CodeQL 또는 Semgrep, 이미지와 의존성은 Trivy/Grype (SARIF를 code scanning에 업로드)');
    if (sast && deps) return pass(t(`code and dependencies are scanned (${kinds.join(', ')})`, `코드와 의존성 스캔 적용됨 (${kinds.join(', ')})`), ev);
    if (kinds.length) return partial(t(`only ${sast ? 'code' : 'dependencies or secrets'} are scanned (${kinds.join(', ')})`, `${sast ? '코드' : '의존성 또는 시크릿'}만 스캔됨 (${kinds.join(', ')})`), ev, remedy);
    return fail(t('no security scanning in CI', 'CI 보안 스캐닝 자동화 부재'), [absent(t('CodeQL, Semgrep, Trivy, Grype, Snyk or similar steps', 'CodeQL, Semgrep, Trivy, Grype, Snyk 등의 단계'), t(`${view.inv.workflows.workflows.length} workflows`, `워크플로 ${view.inv.workflows.workflows.length}개`))], remedy);
  },
});
