import { ruleTester, compose } from './rule-tester.js';

const api = '  api:\n    image: example/api:1.0.0\n';

ruleTester('resource-limits', [
  { name: 'limits on every service', files: compose(`${api}    deploy:\n      resources:\n        limits: {cpus: "1", memory: 512M}\n`), status: 'pass', evidence: 'docker-compose.yml:6' },
  { name: 'limits set by the production overlay', files: { ...compose(api), 'docker-compose.prod.yml': 'services:\n  api:\n    mem_limit: 512m\n' }, status: 'pass', evidence: 'docker-compose.prod.yml:3' },
  { name: 'limits in the dev override only do not count', files: { ...compose(api), 'docker-compose.override.yml': 'services:\n  api:\n    mem_limit: 512m\n' }, status: 'fail', evidence: 'docker-compose.yml:2' },
  { name: 'some services', files: compose(`${api}    mem_limit: 1g\n  worker:\n    image: example/worker:1.0.0\n`), status: 'partial', evidence: 'docker-compose.yml:5' },
  { name: 'Kubernetes limits', files: { 'k8s/d.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: a:1.0.0\n          resources:\n            limits: {memory: 256Mi}\n' }, status: 'pass', evidence: 'k8s/d.yaml:10' },
]);

ruleTester('high-availability', [
  { name: 'replicas 2', files: compose(`${api}    deploy:\n      replicas: 2\n`), status: 'pass', evidence: 'docker-compose.yml:5' },
  { name: 'single instance', files: compose(api), status: 'fail' },
  { name: 'container_name pins one instance even with replicas', files: compose(`${api}    container_name: api\n    deploy: {replicas: 3}\n`), status: 'fail', evidence: 'docker-compose.yml:4' },
  { name: 'datastores are not counted as stateless', files: compose(`${api}    deploy: {replicas: 2}\n  db:\n    image: postgres:16\n`), status: 'pass' },
  { name: 'some replicated', files: compose(`${api}    deploy: {replicas: 2}\n  web:\n    image: example/web:1.0.0\n`), status: 'partial' },
]);

ruleTester('healthchecks', [
  { name: 'compose healthcheck', files: compose(`${api}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]\n`), status: 'pass', evidence: 'docker-compose.yml:4' },
  { name: 'none', files: compose(api), status: 'fail' },
  {
    name: 'a probe path no route serves',
    files: {
      ...compose(`${api}    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/healthz"]\n`),
      'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef h():\n    return {}\n',
    },
    status: 'partial',
    evidence: 'docker-compose.yml:4',
  },
]);

ruleTester('prod-dockerfiles', [
  {
    name: 'production practices',
    files: {
      ...compose('  api:\n    build: ./api\n    healthcheck: {test: ["CMD", "true"]}\n'),
      'api/Dockerfile': 'FROM python:3.12-slim AS build\nRUN pip wheel -w /w .\nFROM python:3.12-slim\nCOPY --from=build /w /w\nUSER app\nCMD ["gunicorn", "app:app"]\n',
      'api/.dockerignore': '.git\n',
    },
    status: 'pass',
  },
  { name: 'compose builds a missing Dockerfile', files: compose('  web:\n    build:\n      context: .\n      dockerfile: frontend/Dockerfile\n'), status: 'fail', evidence: 'docker-compose.yml:3' },
  { name: 'dev server and root', files: { ...compose('  api:\n    build: .\n'), Dockerfile: 'FROM python:latest\nCMD ["uvicorn", "app:app", "--reload"]\n' }, status: 'partial', evidence: 'Dockerfile:2' },
]);

ruleTester('no-committed-secrets', [
  { name: 'clean', files: compose(api, { '.env.example': 'API_TOKEN=\n' }), status: 'pass' },
  { name: 'committed .env', files: compose(api, { '.env': 'API_TOKEN=k9x7Pqk9x7Pqk9x7Pq\n' }), status: 'fail', evidence: '.env:1' },
  { name: 'default secret in compose', files: compose(`${api}    environment:\n      JWT_SECRET_KEY: \${JWT_SECRET_KEY:-your-secret-key}\n`), status: 'fail', evidence: 'docker-compose.yml:5' },
  { name: 'only a log', files: compose(api, { 'server.log': 'x' }), status: 'partial', evidence: 'server.log' },
]);

ruleTester('db-migrations', [
  { name: 'alembic run on deploy', files: compose(`  db:\n    image: postgres:16\n  api:\n    image: a:1.0.0\n    command: sh -c "alembic upgrade head && gunicorn app:app"\n`, { 'app/alembic/versions/0001_init.py': 'x = 1\n' }), status: 'pass' },
  { name: 'alembic never run', files: compose(`  db:\n    image: postgres:16\n`, { 'app/alembic/versions/0001_init.py': 'x = 1\n' }), status: 'partial' },
  { name: 'no migrations', files: compose(`  db:\n    image: postgres:16\n`), status: 'fail' },
  { name: 'no database', files: compose(api), status: 'not-applicable' },
]);

ruleTester('autoscaling', [
  { name: 'HPA', files: { 'k.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: "a:1"}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: a}\nspec:\n  scaleTargetRef: {name: a}\n  minReplicas: 2\n  maxReplicas: 5\n' }, status: 'pass', evidence: 'k.yaml:10' },
  { name: 'none', files: compose(api), status: 'fail' },
]);

ruleTester('k8s-manifests', [
  { name: 'deployment', files: { 'k.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: "a:1"}]\n' }, status: 'pass', evidence: 'k.yaml:2' },
  { name: 'compose only', files: compose(api), status: 'fail' },
]);

ruleTester('service-mesh', [
  { name: 'linkerd injection', files: { 'k.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  annotations: {linkerd.io/inject: enabled}\n' }, status: 'pass' },
  { name: 'none', files: compose(api), status: 'fail' },
]);

ruleTester('healthchecks', [
  {
    name: 'a Dockerfile HEALTHCHECK on another path than the compose healthcheck',
    files: {
      ...compose('  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8000/health"]\n'),
      Dockerfile: 'FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/ready || exit 1\n',
      'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef h():\n    return {}\n\n@app.get("/ready")\ndef r():\n    return {}\n',
    },
    status: 'partial',
    evidence: 'Dockerfile:2',
  },
]);
