/** What a workflow step or job does, read from `uses` and `run`. Small tables, first match wins per tag. */
export const USES_TAGS: [RegExp, string[]][] = [
  [/^github\/codeql-action\/(init|analyze|autobuild)/, ['security-scan:codeql']],
  [/^github\/codeql-action\/upload-sarif/, ['sarif-upload']],
  [/^aquasecurity\/trivy-action/, ['security-scan:trivy']],
  [/^anchore\/(scan-action|grype)/, ['security-scan:grype']],
  [/^snyk\//, ['security-scan:snyk']],
  [/^(returntocorp|semgrep)\/semgrep/, ['security-scan:semgrep']],
  [/^(gitleaks|zricethezav)\/gitleaks/, ['security-scan:gitleaks']],
  [/^trufflesecurity\/trufflehog/, ['security-scan:trufflehog']],
  [/^zaproxy\/action-/, ['security-scan:zap']],
  [/^bridgecrewio\/checkov/, ['security-scan:checkov']],
  [/^aquasecurity\/tfsec/, ['security-scan:tfsec']],
  [/^actions\/dependency-review-action/, ['security-scan:dependency-review']],
  [/^google\/osv-scanner/, ['security-scan:osv']],
  [/^pypa\/gh-action-pip-audit/, ['security-scan:pip-audit']],
  [/^ossf\/scorecard-action/, ['security-scan:scorecard']],
  [/^docker\/build-push-action/, ['docker-build']],
  [/^docker\/login-action/, ['registry-login']],
  [/^(azure\/k8s-deploy|azure\/webapps-deploy|aws-actions\/amazon-ecs-deploy|google-github-actions\/deploy|appleboy\/ssh-action|superfly\/flyctl-actions|amondnet\/vercel-action|cloudflare\/wrangler-action)/, ['deploy']],
  [/^(azure\/setup-helm|azure\/setup-kubectl)/, ['k8s-tooling']],
  [/^treosh\/lighthouse-ci-action/, ['lighthouse']],
  [/^grafana\/(k6-action|setup-k6-action|run-k6-action)/, ['load-test']],
  [/^cypress-io\/github-action/, ['e2e']],
  [/^(codecov|coverallsapp)\//, ['coverage']],
];

export const RUN_TAGS: [RegExp, string][] = [
  [/\b(pytest|python -m pytest|tox|nox|unittest|go test|cargo test|mvn (-B )?(test|verify)|gradle(w)? test|\.\/gradlew test|rspec|phpunit|dotnet test|make test|npm (run )?test|npm t\b|yarn test|pnpm test|jest|vitest|mocha|bun test)\b/, 'test'],
  [/\b(eslint|flake8|ruff|pylint|black --check|mypy|golangci-lint|npm run lint|yarn lint|tsc --noEmit)\b/, 'lint'],
  [/\bdocker (build|buildx build)\b|docker compose build|docker-compose build/, 'docker-build'],
  [/\bdocker push\b|docker buildx build[^\n]*--push/, 'docker-push'],
  [/\b(kubectl (apply|set image|rollout restart)|helm (upgrade|install)|kustomize build[^\n]*kubectl|argocd app sync|flux reconcile|docker stack deploy|docker[- ]compose[^\n]*\bup\b|ansible-playbook|terraform apply|serverless deploy|sls deploy|fly deploy|vercel --prod|gcloud run deploy|aws ecs update-service|az webapp|rsync .* deploy|ssh [^\n]*(deploy|docker|systemctl))/, 'deploy'],
  [/\b(kubectl rollout undo|helm rollback|argocd app rollback)\b/, 'rollback'],
  [/helm (upgrade|install)[^\n]*--atomic/, 'atomic-deploy'],
  [/\b(alembic upgrade|manage\.py migrate|prisma migrate deploy|flyway migrate|knex migrate|rails db:migrate|sequelize db:migrate|typeorm migration:run)\b/, 'migrations'],
  [/\b(k6 run|locust\b|artillery run|jmeter|vegeta attack|ab -n)/, 'load-test'],
  [/\b(playwright test|npx playwright|cypress run|selenium|wdio|webdriverio)\b/, 'e2e'],
  [/\b(lhci autorun|lighthouse )/, 'lighthouse'],
  [/\b(bandit|safety check|pip-audit|npm audit|yarn audit|trivy|grype|semgrep|gitleaks|trufflehog|snyk test|checkov|tfsec|zap-baseline|osv-scanner|govulncheck)\b/, 'security-scan'],
  [/\b(pg_dump|pg_restore|velero (backup|restore))\b/, 'backup'],
];

export function tagsForUses(uses: string): string[] {
  const action = uses.split('@')[0].toLowerCase();
  for (const [re, tags] of USES_TAGS) if (re.test(action)) return tags;
  return [];
}

export function tagsForRun(run: string): string[] {
  const tags: string[] = [];
  for (const [re, tag] of RUN_TAGS) {
    const m = re.exec(run);
    if (!m) continue;
    if (tag === 'security-scan') tags.push(`security-scan:${m[1].split(' ')[0]}`);
    tags.push(tag);
  }
  return tags;
}
