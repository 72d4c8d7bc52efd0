import { ruleTester, compose } from './rule-tester.js';

const api = '  api:\n    image: example/api:1.0.0\n';
const web = '  web:\n    build: ./web\n';
const fastapi = (body: string) => ({ 'app/main.py': `from fastapi import FastAPI\napp = FastAPI()\n${body}\n@app.get("/api/v1/items")\ndef items():\n    return []\n` });
const wf = (name: string, on: string, job: string) => ({ [`.github/workflows/${name}.yml`]: `on: ${on}\njobs:\n${job}` });

ruleTester('server-capacity', [
  { name: 'every service sized', files: compose(`${api}    mem_limit: 512m\n`), status: 'pass' },
  { name: 'some sized', files: compose(`${api}    mem_limit: 512m\n  w:\n    image: w:1.0.0\n`), status: 'partial' },
  { name: 'none', files: compose(api), status: 'fail', evidence: 'docker-compose.yml:2' },
]);

ruleTester('os-hardening', [
  { name: 'non-root pinned image', files: { ...compose('  api:\n    build: .\n'), Dockerfile: 'FROM python:3.12-slim\nUSER app\n' }, status: 'pass', evidence: 'Dockerfile:2' },
  { name: 'mixed', files: { ...compose('  api:\n    build: ./a\n  b:\n    build: ./b\n'), 'a/Dockerfile': 'FROM python:3.12-slim\nUSER app\n', 'b/Dockerfile': 'FROM python:latest\n' }, status: 'partial' },
  { name: 'root on latest', files: { ...compose('  api:\n    build: .\n'), Dockerfile: 'FROM python:latest\n' }, status: 'fail' },
  { name: 'nothing visible', files: { 'README.md': '# x\n' }, status: 'unverified' },
]);

ruleTester('cdn', [
  { name: 'CloudFront in terraform', files: { 'infra/cloudfront.tf': 'resource "aws_cloudfront_distribution" "s" {}\n' }, status: 'pass' },
  { name: 'cache headers only', files: { 'nginx/site.conf': 'server {\n  listen 80;\n  location /static/ { expires 30d; }\n}\n' }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'unverified' },
]);

ruleTester('internal-network-security', [
  { name: 'internal network', files: { 'docker-compose.yml': `services:\n${api}  db:\n    image: postgres:16\n    networks: [back]\nnetworks:\n  back:\n    internal: true\n` }, status: 'pass' },
  { name: 'flat network with credentials', files: compose(`${api}  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${DB_PASSWORD:?required}\n`), status: 'partial' },
  { name: 'defaulted datastore password', files: compose(`  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${DB_PASSWORD:-postgres}\n`), status: 'fail', evidence: 'docker-compose.yml:5' },
  { name: 'nothing to protect or restrict', files: compose(api), status: 'fail' },
]);

const pg = '  db:\n    image: postgres:16\n';
ruleTester('db-backup-policy', [
  { name: 'velero schedule and a backup document', files: { ...compose(pg), 'k.yaml': 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata: {name: daily}\nspec: {schedule: "0 1 * * *", template: {ttl: 720h}}\n', 'docs/backup.md': '# Backup policy\n\nDaily at 01:00, kept 30 days, in the offsite bucket; restores tested monthly.\n\n1. Check the schedule\n2. Check retention\n3. Restore test\n\n```sh\nvelero backup get\n```\n' }, status: 'pass' },
  { name: 'a backup document only', files: { ...compose(pg), 'docs/backup.md': '# Backup policy\n\n1. Dump\n2. Copy\n3. Verify\n\n```sh\npg_dump app > a.sql\n```\n' }, status: 'partial' },
  { name: 'nothing', files: compose(pg), status: 'fail' },
  { name: 'no database', files: compose(api), status: 'not-applicable' },
]);

ruleTester('db-recovery-procedure', [
  { name: 'restore script', files: compose(pg, { 'scripts/restore.sh': 'pg_restore -d app dump\n' }), status: 'pass' },
  { name: 'restore steps inside a setup guide', files: compose(pg, { 'SETUP.md': '# Setup guide\n\n## Backup and restore\n\n### Restore\n\n1. Stop the app\n2. Restore\n3. Start\n\n```sh\npg_restore -d app dump\n```\n' }), status: 'partial' },
  { name: 'nothing', files: compose(pg), status: 'fail' },
]);

ruleTester('prod-logging', [
  { name: 'structured, levelled, rotated', files: { ...compose(`${api}    environment:\n      LOG_LEVEL: INFO\n    logging:\n      driver: json-file\n      options: {max-size: 10m}\n`), ...fastapi('import structlog\nstructlog.configure()\n') }, status: 'pass' },
  { name: 'level only', files: compose(`${api}    environment:\n      LOG_LEVEL: INFO\n`), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('error-recovery', [
  { name: 'restart and sentry', files: { ...compose(`${api}    restart: always\n`), ...fastapi('import sentry_sdk\nsentry_sdk.init(dsn=None)\n') }, status: 'pass' },
  { name: 'restart only', files: compose(`${api}    restart: always\n`), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('backend-performance', [
  { name: 'cache, workers, load tests in CI', files: { ...compose(`${api}    command: gunicorn -w 4 app:app\n`), ...fastapi('import redis\nr = redis.Redis()\n'), ...wf('load', '[push]', '  l:\n    runs-on: ubuntu-latest\n    steps:\n      - run: k6 run load.js\n') }, status: 'pass' },
  { name: 'cache only', files: { ...compose(api), ...fastapi('import redis\nr = redis.Redis()\n') }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

const front = (dockerfile: string) => ({ ...compose(web), 'web/package.json': '{"name":"web"}', 'web/Dockerfile': dockerfile });
ruleTester('frontend-build', [
  { name: 'production image', files: front('FROM node:20-alpine AS b\nRUN npm ci && npm run build\nFROM nginx:1.27-alpine\nCOPY --from=b /app/dist /usr/share/nginx/html\n'), status: 'pass' },
  { name: 'dev server', files: front('FROM node:20\nCMD ["npm", "run", "dev"]\n'), status: 'fail', evidence: 'web/Dockerfile:2' },
  { name: 'missing Dockerfile', files: { ...compose('  web:\n    build:\n      context: .\n      dockerfile: frontend/Dockerfile\n'), 'frontend/app.py': 'import streamlit as st\n' }, status: 'fail' },
  { name: 'no frontend', files: compose(api), status: 'not-applicable' },
]);

ruleTester('asset-optimization', [
  { name: 'gzip and cache headers', files: { ...front('FROM nginx:1.27\n'), 'nginx/site.conf': 'server {\n  listen 80;\n  gzip on;\n  location /assets/ { expires 1y; }\n}\n' }, status: 'pass' },
  { name: 'gzip only', files: { ...front('FROM nginx:1.27\n'), 'nginx/site.conf': 'server {\n  listen 80;\n  gzip on;\n}\n' }, status: 'partial' },
  { name: 'nothing', files: front('FROM nginx:1.27\n'), status: 'fail' },
]);

ruleTester('browser-compat-tests', [
  { name: 'playwright in CI', files: { ...front('FROM nginx:1.27\n'), 'web/playwright.config.ts': 'export default {}\n', ...wf('e2e', '[pull_request]', '  e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx playwright test\n') }, status: 'pass' },
  { name: 'config without CI', files: { ...front('FROM nginx:1.27\n'), 'web/playwright.config.ts': 'export default {}\n' }, status: 'partial' },
  { name: 'nothing', files: front('FROM nginx:1.27\n'), status: 'fail' },
]);

ruleTester('frontend-cdn', [
  { name: 'asset host setting', files: { ...front('FROM nginx:1.27\n'), 'docker-compose.yml': `services:\n${web}    environment:\n      CDN_URL: https://cdn.acme.io\n` }, status: 'pass' },
  { name: 'nothing shows it', files: front('FROM nginx:1.27\n'), status: 'unverified' },
]);

ruleTester('frontend-performance', [
  { name: 'lighthouse in CI', files: { ...front('FROM nginx:1.27\n'), ...wf('lh', '[pull_request]', '  l:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: treosh/lighthouse-ci-action@v12\n') }, status: 'pass' },
  { name: 'budget file only', files: { ...front('FROM nginx:1.27\n'), 'lighthouserc.json': '{}' }, status: 'partial' },
  { name: 'nothing', files: front('FROM nginx:1.27\n'), status: 'fail' },
]);

const edge = (extra: string) => ({ ...compose(api), 'nginx/nginx.conf': `http {\n  server {\n    listen 80;\n${extra}  }\n}\n` });
ruleTester('waf', [
  { name: 'ModSecurity with CRS', files: edge('    modsecurity on;\n    modsecurity_rules_file /etc/nginx/owasp-crs/crs-setup.conf;\n'), status: 'pass' },
  { name: 'ModSecurity without rules', files: edge('    modsecurity on;\n'), status: 'partial' },
  { name: 'web tier without WAF', files: edge(''), status: 'fail' },
  { name: 'no web tier', files: { 'README.md': '# x\n' }, status: 'unverified' },
]);

ruleTester('intrusion-detection', [
  { name: 'crowdsec', files: compose(`${api}  crowdsec:\n    image: crowdsecurity/crowdsec:v1.6.0\n`), status: 'pass' },
  { name: 'nothing shows it', files: compose(api), status: 'unverified' },
]);

const securityMd = { 'SECURITY.md': '# Security policy\n\n## Reporting a vulnerability\n\nReport privately to security@acme.io. We answer within two days and publish an advisory with the fix. Supported versions are the last two minor releases; older ones get no fixes. Please do not open public issues for security problems or share details before the fix is out.\n' };
ruleTester('security-policy', [
  { name: 'policy, headers, scoped workflows', files: { ...securityMd, ...edge('    add_header Strict-Transport-Security "max-age=31536000" always;\n'), '.github/workflows/ci.yml': 'on: [push]\npermissions:\n  contents: read\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n' }, status: 'pass' },
  { name: 'policy only', files: { ...securityMd, ...compose(api) }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('gdpr-compliance', [
  { name: 'some privacy evidence', files: { ...compose(api), 'PRIVACY.md': '# Privacy policy\n\nWe collect your email to send reports and keep it until you delete your account. We share nothing with third parties. Write to privacy@acme.io to see, export or erase your data; we answer within thirty days as the law requires of us.\n' }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'unverified' },
]);

ruleTester('processing-records', [
  { name: 'a ROPA', files: { 'docs/ropa.md': '# Records of processing activities\n\n| Purpose | Data | Retention |\n|---|---|---|\n| Accounts | email | 2 years |\n\nThis record lists every processing activity of the service, its purpose, the categories of personal data and of people concerned, the recipients, transfers abroad, retention periods and the security measures applied. We review this document every year, record every change in its history, and tell users by email before any change to how their personal data is handled takes effect.\n\n1. Review yearly\n2. Update on change\n3. Sign off\n' }, status: 'pass' },
  { name: 'an audit log in code', files: fastapi('def log_audit(event):\n    pass\nlog_audit("x")\n'), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'unverified' },
]);

ruleTester('privacy-impact-assessment', [
  { name: 'a DPIA', files: { 'docs/dpia.md': '# Data protection impact assessment\n\nProcessing: account emails. Necessity: login. Risks: leaks. Measures: encryption at rest, access logs, yearly review by the DPO, deletion on request. This assessment was done before launch and is reviewed each year by the data protection officer. We review this document every year, record every change in its history, and tell users by email before any change to how their personal data is handled takes effect.\n\n1. Describe\n2. Assess\n3. Mitigate\n' }, status: 'pass' },
  { name: 'nothing', files: compose(api), status: 'unverified' },
]);

ruleTester('privacy-policy', [
  { name: 'PRIVACY.md', files: { 'PRIVACY.md': '# Privacy policy\n\nWe collect your email to send reports and keep it until you delete your account. We share nothing with third parties. Write to privacy@acme.io to see, export or erase your data; we answer within thirty days as the law requires of us. We review this document every year, record every change in its history, and tell users by email before any change to how their personal data is handled takes effect.\n' }, status: 'pass' },
  { name: 'a spec describing one', files: { 'docs/spec/privacy.md': '# Privacy policy design\n\nThe policy page will list what we collect and why, and the retention of each kind of data we hold.\n\n## Policy contents\n\nTo be written.\n' }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('performance-monitoring', [
  { name: 'metrics scraped', files: { ...fastapi('@app.get("/metrics")\ndef metrics():\n    return ""\n'), 'prometheus.yml': 'scrape_configs:\n  - job_name: api\n    static_configs: [{targets: ["api:8000"]}]\n' }, status: 'pass' },
  { name: 'metrics nobody scrapes', files: fastapi('@app.get("/metrics")\ndef metrics():\n    return ""\n'), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('business-metrics', [
  { name: 'business dashboard', files: { 'grafana/dashboards/shop.json': '{"title": "Shop", "panels": [{"type": "stat", "title": "Orders per minute", "targets": [{"expr": "sum(rate(orders_total[1m]))"}]}]}' }, status: 'pass' },
  { name: 'nothing shows it', files: compose(api), status: 'unverified' },
]);

const proc = (file: string, title: string) => ({ [file]: `# ${title}\n\nOwner: platform team.\n\n1. Announce the window\n2. Run the commands\n3. Verify\n\n\`\`\`sh\nkubectl rollout restart deploy/api\nhelm upgrade api ./chart\ndocker compose pull\n\`\`\`\n` });
ruleTester('maintenance-procedure', [
  { name: 'a maintenance runbook', files: proc('docs/MAINTENANCE.md', 'Maintenance procedure'), status: 'pass' },
  { name: 'a maintenance plan without steps', files: { 'docs/MAINTENANCE.md': '# Maintenance\n\nWe will define maintenance windows.\n\n## Windows\n\nTBD.\n' }, status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('upgrade-procedure', [
  { name: 'an upgrade runbook', files: proc('UPGRADING.md', 'Upgrade procedure'), status: 'pass' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('operations-manual', [
  { name: 'an operations manual', files: proc('docs/OPERATIONS.md', 'Operations manual'), status: 'pass' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('test-env-deploy', [
  { name: 'staging deploy job', files: wf('d', '[push]', '  staging:\n    runs-on: ubuntu-latest\n    environment: staging\n    steps:\n      - run: helm upgrade --install api ./chart\n'), status: 'pass' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('rollback', [
  { name: 'helm --atomic', files: wf('d', '[push]', '  prod:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: helm upgrade --install api ./chart --atomic\n'), status: 'pass' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('progressive-delivery', [
  { name: 'Argo Rollout canary', files: { 'r.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: api}\nspec:\n  replicas: 3\n  strategy:\n    canary:\n      steps: [{setWeight: 20}]\n  template:\n    spec:\n      containers: [{name: api, image: "api:1.0.0"}]\n' }, status: 'pass' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);
