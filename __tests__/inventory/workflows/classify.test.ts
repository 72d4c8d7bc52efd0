import { deployTarget, tagsForRun, tagsForUses } from '../../../src/inventory/workflows/classify.js';
import { splitUses, isWorkflowCall } from '../../../src/inventory/workflows/uses.js';

describe('step classification', () => {
  it.each([
    ['python -m pytest -q', ['test']],
    ['go test ./...', ['test']],
    ['npm run test -- --coverage', ['test', 'coverage']],
    ['docker build -t x . && docker push x', ['docker-build', 'docker-push']],
    ['docker buildx build --push -t x .', ['docker-build', 'docker-push']],
    ['helm -n shop upgrade --install api ./chart --atomic', ['deploy', 'atomic-deploy']],
    ['kubectl apply -k overlays/production', ['deploy']],
    ['kubectl -n shop rollout undo deploy/api', ['rollback']],
    ['python manage.py migrate', ['migrations']],
    ['npx prisma migrate deploy', ['migrations']],
    ['locust -f load/locustfile.py --headless', ['load-test']],
    ['artillery run load.yml', ['load-test']],
    ['npx cypress run --browser firefox', ['e2e']],
    ['lhci autorun', ['lighthouse']],
    ['bandit -r app', ['security-scan:bandit', 'security-scan']],
    ['pip-audit -r requirements.txt', ['security-scan:pip-audit', 'security-scan']],
    ['trivy fs --exit-code 1 .', ['security-scan:trivy', 'security-scan']],
    ['docker compose up -d db && pytest', ['test']],
    ['ssh deploy@host "docker compose pull && docker compose up -d"', ['deploy']],
    ['echo hello', []],
  ])('%s -> %j', (run, tags) => expect(tagsForRun(run).sort()).toEqual([...tags].sort()));

  it.each([
    ['github/codeql-action/init@v3', ['security-scan', 'security-scan:codeql']],
    ['github/codeql-action/upload-sarif@v3', ['sarif-upload']],
    ['returntocorp/semgrep-action@v1', ['security-scan', 'security-scan:semgrep']],
    ['anchore/scan-action@v3', ['security-scan', 'security-scan:grype']],
    ['snyk/actions/node@master', ['security-scan', 'security-scan:snyk']],
    ['zaproxy/action-baseline@v0.12.0', ['security-scan', 'security-scan:zap']],
    ['bridgecrewio/checkov-action@v12', ['security-scan', 'security-scan:checkov']],
    ['google/osv-scanner-action@v1', ['security-scan', 'security-scan:osv']],
    ['trufflesecurity/trufflehog@main', ['security-scan', 'security-scan:trufflehog']],
    ['actions/checkout@v4', []],
  ])('%s -> %j', (uses, tags) => expect(tagsForUses(uses)).toEqual(tags));

  it('guesses deploy targets from names, then production/staging words in commands', () => {
    expect(deployTarget(['prod-eu'])).toBe('production');
    expect(deployTarget(['deploy', undefined], 'helm upgrade x -f values-staging.yaml')).toBe('staging');
    expect(deployTarget(['deploy'], 'npm test')).toBeUndefined();
  });

  it('splits uses into action and ref and tells SHA pins from tags and branches', () => {
    expect(splitUses('actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11')).toEqual({ action: 'actions/checkout', ref: 'b4ffde65f46336ab88eb53be808477a3936bae11', pinnedSha: true, refKind: 'sha' });
    expect(splitUses('actions/checkout@v4.1.1')).toMatchObject({ refKind: 'version', pinnedSha: false });
    expect(splitUses('snyk/actions/node@master')).toMatchObject({ action: 'snyk/actions/node', refKind: 'branch' });
    expect(splitUses('./.github/actions/setup')).toMatchObject({ refKind: 'local' });
    expect(splitUses('docker://alpine@sha256:abc')).toMatchObject({ refKind: 'docker', pinnedSha: true });
    expect(isWorkflowCall('org/repo/.github/workflows/x.yaml@v1')).toBe(true);
    expect(isWorkflowCall('actions/checkout@v4')).toBe(false);
  });
});
