import { absent, at, defineCheck, fail, partial, pass } from '../check.js';
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
    const ev = [...scans].map(([t, l]) => at(l.file, l.line, `${t.slice(14)} runs on every change`));
    const remedy = 'scan in CI on every pull request: CodeQL or Semgrep for the code, and Trivy/Grype for the images and dependencies (upload the SARIF to code scanning)';
    if (sast && deps) return pass(`code and dependencies are scanned (${kinds.join(', ')})`, ev);
    if (kinds.length) return partial(`only ${sast ? 'code' : 'dependencies or secrets'} are scanned (${kinds.join(', ')})`, ev, remedy);
    return fail('no security scanning in CI', [absent('CodeQL, Semgrep, Trivy, Grype, Snyk or similar steps', `${view.inv.workflows.workflows.length} workflows`)], remedy);
  },
});
