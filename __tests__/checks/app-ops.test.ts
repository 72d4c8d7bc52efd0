import { ruleTester, compose } from './rule-tester.js';

const api = '  api:\n    image: example/api:1.0.0\n';

ruleTester('prod-env-config', [
  { name: 'documented, no defaults', files: compose(`${api}    environment:\n      JWT_SECRET_KEY: \${JWT_SECRET_KEY:?required}\n`, { '.env.example': 'JWT_SECRET_KEY=\n' }), status: 'pass' },
  { name: 'default secret', files: compose(`${api}    environment:\n      JWT_SECRET_KEY: \${JWT_SECRET_KEY:-your-secret-key}\n`), status: 'fail', evidence: 'docker-compose.yml:5' },
  { name: 'DEBUG on', files: compose(`${api}    environment:\n      DEBUG: "true"\n`), status: 'fail', evidence: 'docker-compose.yml:5' },
  { name: 'undocumented', files: compose(api), status: 'partial' },
]);

ruleTester('api-versioning', [
  { name: 'versioned', files: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/api/v1/items")\ndef items():\n    return []\n' }, status: 'pass', evidence: 'main.py:4' },
  { name: 'unversioned', files: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/items")\ndef items():\n    return []\n' }, status: 'fail' },
  { name: 'no API', files: compose(api), status: 'not-applicable' },
]);

ruleTester('data-subject-rights', [
  { name: 'export and erasure', files: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/api/v1/me/export")\ndef e():\n    pass\n\n@app.delete("/api/v1/me")\ndef d():\n    pass\n' }, status: 'pass' },
  { name: 'export only', files: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/api/v1/me/export")\ndef e():\n    pass\n' }, status: 'partial' },
  { name: 'none', files: { 'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/items")\ndef e():\n    pass\n' }, status: 'fail' },
]);

ruleTester('alerting', [
  { name: 'rules and a receiver', files: { 'prometheus/alerts.yml': 'groups:\n  - name: a\n    rules:\n      - alert: Down\n        expr: up == 0\n', 'alertmanager.yml': 'route: {receiver: s}\nreceivers:\n  - name: s\n    slack_configs: [{channel: "#a"}]\n' }, status: 'pass', evidence: 'prometheus/alerts.yml:4' },
  { name: 'null receiver', files: { 'prometheus/alerts.yml': 'groups:\n  - name: a\n    rules:\n      - alert: Down\n        expr: up == 0\n', 'alertmanager.yml': 'route: {receiver: n}\nreceivers:\n  - name: n\n' }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('centralized-logging', [
  { name: 'loki + promtail', files: compose(`${api}  loki:\n    image: grafana/loki:3.1.0\n  promtail:\n    image: grafana/promtail:3.1.0\n`), status: 'pass' },
  { name: 'loki without a shipper', files: compose(`${api}  loki:\n    image: grafana/loki:3.1.0\n`), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('monitoring-dashboard', [
  { name: 'grafana with dashboards', files: compose(`  grafana:\n    image: grafana/grafana:11.1.0\n`, { 'grafana/dashboards/a.json': '{"title": "A", "panels": [{"type": "stat", "title": "x"}]}' }), status: 'pass' },
  { name: 'grafana alone', files: compose(`  grafana:\n    image: grafana/grafana:11.1.0\n`), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

const runbook = '# Incident response\n\nOwner: on-call engineer. Escalate after 30 minutes.\n\n## Severity\n\n- SEV1 outage\n\n## Steps\n\n1. Acknowledge\n2. Diagnose\n3. Roll back\n';
ruleTester('incident-response', [
  { name: 'a runbook', files: { 'docs/incident-response.md': runbook }, status: 'pass', evidence: 'docs/incident-response.md:1' },
  { name: 'an alert links a runbook that does not exist', files: { 'docs/incident-response.md': runbook, 'alerts.yml': 'groups:\n  - name: a\n    rules:\n      - alert: Down\n        expr: up == 0\n        annotations:\n          runbook_url: https://github.com/o/r/blob/main/docs/runbooks/down.md\n' }, status: 'partial', evidence: 'alerts.yml:4' },
  { name: 'a report that mentions incidents', files: { 'REPORT.md': '# Analysis report\n\nThere is no incident response procedure yet.\n' }, status: 'fail' },
]);

ruleTester('disaster-recovery', [
  { name: 'a plan with RTO and restore steps', files: { 'DISASTER_RECOVERY.md': '# Disaster recovery plan\n\nRTO 4h, RPO 15m.\n\n1. Provision\n2. Restore\n3. Verify\n\n```sh\npg_restore -d app dump\n```\n' }, status: 'pass' },
  { name: 'a strategy without steps', files: { 'docs/dr-strategy.md': '# Disaster recovery strategy\n\nWe will define RTO and RPO later.\n\n## Failover\n\nTo be designed.\n' }, status: 'partial' },
  { name: 'none', files: compose(api), status: 'fail' },
]);

ruleTester('ci-tests', [
  { name: 'pytest on pull requests', files: { '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n', 'tests/test_a.py': 'def test_a(): pass\n' }, status: 'pass', evidence: '.github/workflows/ci.yml:6' },
  { name: 'tests nobody runs', files: { 'tests/test_a.py': 'def test_a(): pass\n' }, status: 'fail', evidence: 'tests/test_a.py' },
  { name: 'a workflow without tests', files: { '.github/workflows/ci.yml': 'on: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n' }, status: 'partial' },
]);

ruleTester('prod-deploy', [
  { name: 'protected production environment', files: { '.github/workflows/d.yml': 'on: {push: {tags: ["v*"]}}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: helm upgrade --install a ./chart --atomic\n' }, status: 'pass', evidence: '.github/workflows/d.yml:5' },
  { name: 'deploy without environment', files: { '.github/workflows/d.yml': 'on: [push]\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl apply -f k8s/\n' }, status: 'partial' },
  { name: 'manual', files: compose(api), status: 'fail' },
]);

ruleTester('vulnerability-management', [
  { name: 'dependabot covers everything', files: { '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n', 'requirements.txt': 'fastapi\n' }, status: 'pass' },
  { name: 'dependabot misses npm and docker', files: { '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n', 'requirements.txt': 'fastapi\n', 'web/package.json': '{}', Dockerfile: 'FROM python:3.12-slim\n' }, status: 'partial', evidence: '.github/dependabot.yml:1' },
  { name: 'nothing', files: { 'requirements.txt': 'fastapi\n' }, status: 'fail' },
]);

ruleTester('security-scanning', [
  { name: 'codeql and trivy', files: { '.github/workflows/s.yml': 'on: [pull_request]\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n      - uses: aquasecurity/trivy-action@0.24.0\n' }, status: 'pass' },
  { name: 'codeql only', files: { '.github/workflows/s.yml': 'on: [pull_request]\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: github/codeql-action/init@v3\n' }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);
