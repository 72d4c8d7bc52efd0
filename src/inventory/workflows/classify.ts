/**
 * What a workflow step or job does, read from `uses` and `run`, as small data tables.
 * Tags: test, lint, build, docker-build, docker-push, registry-login, deploy, atomic-deploy,
 * rollback, security-scan + security-scan:<tool>, sarif-upload, migrations, load-test, e2e,
 * lighthouse, coverage, backup, release.
 */

/** Actions by their `owner/repo[/path]` prefix (lower-cased, without the ref). */
export const USES_TAGS: [prefix: string, tags: string[]][] = [
  ['github/codeql-action/upload-sarif', ['sarif-upload']],
  ['github/codeql-action/', ['security-scan:codeql']],
  ['aquasecurity/trivy-action', ['security-scan:trivy']],
  ['aquasecurity/tfsec', ['security-scan:tfsec']],
  ['anchore/scan-action', ['security-scan:grype']],
  ['anchore/grype', ['security-scan:grype']],
  ['snyk/', ['security-scan:snyk']],
  ['returntocorp/semgrep', ['security-scan:semgrep']],
  ['semgrep/', ['security-scan:semgrep']],
  ['gitleaks/gitleaks-action', ['security-scan:gitleaks']],
  ['zricethezav/gitleaks', ['security-scan:gitleaks']],
  ['trufflesecurity/trufflehog', ['security-scan:trufflehog']],
  ['zaproxy/action-', ['security-scan:zap']],
  ['bridgecrewio/checkov', ['security-scan:checkov']],
  ['actions/dependency-review-action', ['security-scan:dependency-review']],
  ['google/osv-scanner', ['security-scan:osv']],
  ['pypa/gh-action-pip-audit', ['security-scan:pip-audit']],
  ['ossf/scorecard-action', ['security-scan:scorecard']],
  ['securego/gosec', ['security-scan:gosec']],
  ['pycqa/bandit', ['security-scan:bandit']],
  ['docker/build-push-action', ['docker-build']],
  ['docker/login-action', ['registry-login']],
  ['azure/k8s-deploy', ['deploy']],
  ['azure/webapps-deploy', ['deploy']],
  ['aws-actions/amazon-ecs-deploy', ['deploy']],
  ['google-github-actions/deploy', ['deploy']],
  ['appleboy/ssh-action', ['deploy']],
  ['superfly/flyctl-actions', ['deploy']],
  ['amondnet/vercel-action', ['deploy']],
  ['cloudflare/wrangler-action', ['deploy']],
  ['treosh/lighthouse-ci-action', ['lighthouse']],
  ['grafana/k6-action', ['load-test']],
  ['grafana/setup-k6-action', ['load-test']],
  ['grafana/run-k6-action', ['load-test']],
  ['cypress-io/github-action', ['e2e']],
  ['codecov/', ['coverage']],
  ['coverallsapp/', ['coverage']],
  ['softprops/action-gh-release', ['release']],
  ['goreleaser/goreleaser-action', ['release']],
];

/** Shell commands: one tag per row, every matching row counts. */
export const RUN_TAGS: [RegExp, string][] = [
  [/\b(pytest|python3? -m (pytest|unittest)|tox|nox|go test|cargo test|mvn (-B )?(test|verify)|gradlew? test|rspec|phpunit|dotnet test|make test|npm (run )?test|npm t\b|yarn (run )?test|pnpm (run )?test|npx jest|jest|vitest|mocha|bun test)\b/, 'test'],
  [/\b(eslint|flake8|ruff( check)?|pylint|black --check|mypy|golangci-lint|npm run lint|yarn lint|pnpm lint|tsc --noEmit|hadolint|shellcheck)\b/, 'lint'],
  [/\b(npm run build|yarn build|pnpm build|go build|cargo build|mvn (-B )?package|gradlew? (build|assemble)|python3? -m build|dotnet (build|publish)|make build)\b/, 'build'],
  [/\bdocker (build|buildx build|image build)\b|docker[- ]compose[^\n]*\bbuild\b/, 'docker-build'],
  [/\bdocker (push|image push)\b|docker buildx build[^\n]*--push|docker[- ]compose[^\n]*\bpush\b/, 'docker-push'],
  [/\bdocker login\b/, 'registry-login'],
  [/\bkubectl\b[^\n;&|]*?\b(apply|create|replace|set image|rollout restart)\b|\bhelm\b[^\n;&|]*?\b(upgrade|install)\b|\b(argocd app sync|flux reconcile|docker stack deploy|ansible-playbook|terraform apply|pulumi up|serverless deploy|sls deploy|fly deploy|flyctl deploy|vercel[^\n]*--prod|netlify deploy|gcloud (run|app) deploy|aws ecs update-service|aws deploy|az webapp|cdk deploy|heroku container:release|eb deploy|skaffold run|kamal deploy)\b|\bdeploy\.sh\b/, 'deploy'],
  // `compose up` starts test dependencies in CI too: only a production file or a remote host makes it a deploy
  [/docker[- ]compose[^\n]*(prod|production)[^\n]*\bup\b|\bssh\b[^\n]*docker[- ]compose[^\n]*\bup\b|DOCKER_HOST=ssh[^\n]*\bup\b/, 'deploy'],
  [/\bkubectl\b[^\n;&|]*?\brollout undo\b|\bhelm\b[^\n;&|]*?\brollback\b|\b(argocd app rollback|kamal rollback)\b/, 'rollback'],
  [/\bhelm\b[^\n;&|]*?\b(upgrade|install)\b[^\n;&|]*--(atomic|rollback-on-failure)\b/, 'atomic-deploy'],
  [/\balembic\b[^\n;&|]*?\bupgrade\b|\b(manage\.py migrate|prisma migrate deploy|flyway( [^\n]*)? migrate|knex migrate|rails db:migrate|rake db:migrate|sequelize(-cli)? db:migrate|typeorm migration:run|goose [^\n]*up|migrate -path|liquibase [^\n]*update|dbmate up|atlas migrate apply)\b/, 'migrations'],
  [/\b(k6 run|locust\b|artillery (run|quick)|jmeter|vegeta attack|wrk -|ab -n|gatling)/, 'load-test'],
  [/\b(playwright test|npx playwright|cypress run|npx cypress|selenium|wdio|webdriverio|testcafe|nightwatch)\b/, 'e2e'],
  [/\b(lhci (autorun|collect)|lighthouse )/, 'lighthouse'],
  [/\b(pg_dump|pg_dumpall|pg_basebackup|mysqldump|mongodump|velero (backup|schedule)|restic backup|borg create|wal-g backup-push|pgbackrest [^\n]*backup)\b/, 'backup'],
  [/\b(codecov|coverage (run|xml|report)|nyc|c8)\b|--cov\b|--coverage\b/, 'coverage'],
];

/** Scanners run from the shell: regex -> tool name (the part after `security-scan:`). */
export const RUN_SCANNERS: [RegExp, string][] = [
  [/\bbandit\b/, 'bandit'],
  [/\bsemgrep\b/, 'semgrep'],
  [/\btrivy\b/, 'trivy'],
  [/\bgrype\b/, 'grype'],
  [/\bsnyk (test|monitor|container|code|iac)\b/, 'snyk'],
  [/\bgitleaks\b/, 'gitleaks'],
  [/\btrufflehog\b/, 'trufflehog'],
  [/\b(zap-baseline|zap-full-scan|zap-api-scan|zaproxy)\b/, 'zap'],
  [/\bcheckov\b/, 'checkov'],
  [/\btfsec\b/, 'tfsec'],
  [/\bosv-scanner\b/, 'osv'],
  [/\bpip-audit\b/, 'pip-audit'],
  [/\bsafety (check|scan)\b/, 'safety'],
  [/\bnpm audit\b/, 'npm-audit'],
  [/\byarn (npm )?audit\b/, 'yarn-audit'],
  [/\bpnpm audit\b/, 'pnpm-audit'],
  [/\bgovulncheck\b/, 'govulncheck'],
  [/\bgosec\b/, 'gosec'],
  [/\bcodeql database\b/, 'codeql'],
];

/** Deploy targets, by the words that name them in environments, job ids and commands. */
const TARGETS: [RegExp, string][] = [
  [/(^|[^a-z])(prod|production|prd|live)([^a-z]|$)/i, 'production'],
  [/(^|[^a-z])(staging|stage|stg|preprod|pre-prod|uat)([^a-z]|$)/i, 'staging'],
  [/(^|[^a-z])(dev|development|test|testing|qa|preview|review|sandbox)([^a-z]|$)/i, 'development'],
];

export function tagsForUses(uses: string): string[] {
  const action = uses.split('@')[0].toLowerCase();
  for (const [prefix, tags] of USES_TAGS) {
    if (!action.startsWith(prefix)) continue;
    return tags.flatMap((t) => (t.startsWith('security-scan:') ? ['security-scan', t] : [t]));
  }
  return [];
}

export function tagsForRun(script: string): string[] {
  // one command per line: join `\`-continued lines so flags stay with their command
  const run = script.includes('\\\n') ? script.replace(/\\\r?\n/g, ' ') : script;
  const tags: string[] = [];
  for (const [re, tag] of RUN_TAGS) if (re.test(run)) tags.push(tag);
  for (const [re, tool] of RUN_SCANNERS) if (re.test(run)) tags.push(`security-scan:${tool}`);
  if (tags.some((t) => t.startsWith('security-scan:'))) tags.push('security-scan');
  return tags;
}

/** `docker/build-push-action` pushes only with `push: true`. */
export function tagsForInputs(action: string, inputs: Record<string, string>): string[] {
  if (action.toLowerCase() === 'docker/build-push-action' && /^(true|\$\{\{)/.test(inputs.push ?? '')) return ['docker-push'];
  return [];
}

/** The environment a deploy goes to, from the most explicit clue to the least. */
export function deployTarget(clues: (string | undefined)[], commands = ''): string | undefined {
  for (const c of clues) {
    if (!c) continue;
    for (const [re, target] of TARGETS) if (re.test(c)) return target;
  }
  // commands say `test` and `dev` too often for other reasons: only production and staging count there
  for (const [re, target] of TARGETS.slice(0, 2)) if (re.test(commands)) return target;
  return undefined;
}
