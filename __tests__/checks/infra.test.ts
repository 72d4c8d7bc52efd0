import { ruleTester, compose } from './rule-tester.js';

const api = '  api:\n    image: example/api:1.0.0\n';
const pg = '  db:\n    image: postgres:16\n';

ruleTester('firewall', [
  { name: 'datastore published on the host', files: compose(`${pg}    ports: ["5432:5432"]\n`), status: 'fail', evidence: 'docker-compose.yml:4' },
  { name: 'published on loopback only', files: compose(`${pg}    ports: ["127.0.0.1:5432:5432"]\n`), status: 'partial' },
  { name: 'default-deny NetworkPolicy', files: { 'np.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n' }, status: 'pass', evidence: 'np.yaml:2' },
  { name: 'nothing to show', files: { 'README.md': '# x\n' }, status: 'unverified' },
]);

const tlsConf = 'server {\n  listen 443 ssl;\n  server_name shop.example.org;\n  ssl_certificate /etc/ssl/c.pem;\n  ssl_protocols TLSv1.2 TLSv1.3;\n}\n';
ruleTester('tls-certificates', [
  { name: 'nginx TLS', files: compose(api, { 'nginx/nginx.conf': `http {\n${tlsConf}}\n` }), status: 'pass', evidence: 'nginx/nginx.conf:5' },
  { name: 'outdated protocols', files: compose(api, { 'nginx/site.conf': tlsConf.replace('TLSv1.2 TLSv1.3', 'TLSv1 TLSv1.2') }), status: 'partial' },
  { name: 'plain HTTP', files: compose(api, { 'nginx/site.conf': 'server {\n  listen 80;\n  location / { proxy_pass http://api:8000; }\n}\n' }), status: 'fail', evidence: 'nginx/site.conf:1' },
]);

ruleTester('domain-dns', [
  { name: 'real server_name', files: { 'nginx/site.conf': 'server {\n  listen 80;\n  server_name shop.acme.io;\n}\n' }, status: 'pass' },
  { name: 'localhost only', files: { 'nginx/site.conf': 'server {\n  listen 80;\n  server_name localhost;\n}\n' }, status: 'unverified' },
]);

ruleTester('backup-system', [
  { name: 'backup CronJob', files: { 'k.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: backup}\nspec:\n  schedule: "0 2 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: d, image: "postgres:16", command: ["pg_dump"]}]\n' }, status: 'pass', evidence: 'k.yaml:2' },
  { name: 'backup script without schedule', files: compose(pg, { 'scripts/backup.sh': 'pg_dump app > x.sql\n' }), status: 'partial', evidence: 'scripts/backup.sh' },
  { name: 'nothing', files: compose(pg), status: 'fail' },
]);

ruleTester('load-balancer', [
  { name: 'upstream with two servers', files: compose(`${api}  api-2:\n    image: example/api:1.0.0\n`, { 'nginx/nginx.conf': 'http {\n  upstream api {\n    server api:8000;\n    server api-2:8000;\n  }\n}\n' }), status: 'pass', evidence: 'nginx/nginx.conf:2' },
  { name: 'proxy in front of one instance', files: compose(`${api}  proxy:\n    image: nginx:1.27\n`), status: 'partial' },
  { name: 'direct', files: compose(api), status: 'fail' },
]);

ruleTester('ddos-protection', [
  { name: 'limit_req', files: compose(api, { 'nginx/nginx.conf': 'http {\n  limit_req_zone $binary_remote_addr zone=a:10m rate=5r/s;\n  server {\n    listen 80;\n    limit_req zone=a;\n  }\n}\n' }), status: 'pass', evidence: 'nginx/nginx.conf:5' },
  { name: 'application rate limiting only', files: compose(api, { 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.middleware("http")\nasync def rl(request, call_next):\n    r = await call_next(request)\n    r.headers["X-RateLimit-Limit"] = "10"\n    return r\n' }), status: 'partial' },
  { name: 'nothing', files: compose(api), status: 'fail' },
]);

ruleTester('network-bandwidth', [{ name: 'always needs an attestation', files: compose(api), status: 'unverified' }]);

ruleTester('db-replication', [
  { name: 'bitnami replication', files: compose(`  db:\n    image: bitnami/postgresql:16\n    environment:\n      POSTGRESQL_REPLICATION_MODE: master\n`), status: 'pass', evidence: 'docker-compose.yml:5' },
  { name: 'single', files: compose(pg), status: 'fail' },
  { name: 'no database', files: compose(api), status: 'not-applicable' },
]);

ruleTester('db-tuning', [
  { name: 'tuned command', files: compose(`${pg}    command: postgres -c shared_buffers=256MB\n`), status: 'pass' },
  { name: 'defaults', files: compose(pg), status: 'fail' },
]);

ruleTester('db-monitoring', [
  { name: 'exporter and scrape job', files: compose(`${pg}  pg-exporter:\n    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0\n`, { 'prometheus.yml': 'scrape_configs:\n  - job_name: postgres\n    static_configs: [{targets: ["pg-exporter:9187"]}]\n' }), status: 'pass' },
  { name: 'exporter only', files: compose(`${pg}  pg-exporter:\n    image: quay.io/prometheuscommunity/postgres-exporter:v0.15.0\n`), status: 'partial' },
  { name: 'nothing', files: compose(pg), status: 'fail' },
]);

ruleTester('load-balancer', [
  {
    name: 'an upstream server that no service is called',
    files: compose(`${api}  api2:\n    image: example/api:1.0.0\n`, { 'nginx/nginx.conf': 'http {\n  upstream api {\n    server api:8000;\n    server apii:8000;\n  }\n}\n' }),
    status: 'partial',
    evidence: 'nginx/nginx.conf:4',
  },
]);
