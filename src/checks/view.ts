import type { Inventory } from '../engine/inventory.js';
import type { Loc } from '../inventory/diagnostics.js';
import type { ComposeService } from '../inventory/compose/index.js';
import type { Workload } from '../inventory/kubernetes/index.js';
import type { DockerfileInfo } from '../inventory/dockerfile/index.js';
import type { HelmChart } from '../inventory/helm/index.js';
import { t, type Text } from './check.js';
import { imageName } from '../inventory/image-ref.js';
import { componentOf } from '../inventory/monitoring/index.js';
import { roleOf as composeRoleOf } from '../inventory/compose/files.js';

export type Role = 'database' | 'cache' | 'queue' | 'search' | 'proxy' | 'monitoring' | 'job' | 'app';

/** One service as it runs in production, whatever describes it (compose, Kubernetes, Helm). */
export interface ProdService {
  name: string;
  platform: 'compose' | 'kubernetes' | 'helm';
  file: string;
  line: number;
  image?: string;
  role: Role;
  replicas: number;
  /** where the replica count is written, or the service itself when it is left to the default */
  replicasAt: Loc;
  /** an autoscaler keeps at least this many */
  minReplicas?: number;
  limits?: { cpu?: string; memory?: string; at: Loc };
  healthcheck?: { at: Loc; path?: string; kind: Text };
  /** host ports published by compose */
  published: { port: string; at: Loc; hostIp?: string }[];
  containerName?: Loc;
  dockerfile?: DockerfileInfo;
  compose?: ComposeService;
  workload?: Workload;
  chart?: HelmChart;
}

/** What every check reads: the inventory and the production services derived from it once. */
export interface ReviewView {
  inv: Inventory;
  services: ProdService[];
  /** anything deployable at all: compose, Kubernetes, Helm or a Dockerfile */
  hasDeployment: boolean;
  hasFrontend: boolean;
  hasDatabase: boolean;
}

const ROLE_BY_NAME: [RegExp, Role][] = [
  [/^(postgres(ql)?|mysql|mariadb|mongo(db)?|cockroach(db)?|timescaledb(-ha)?|mssql|oracle|cassandra|scylla|clickhouse|influxdb|couchdb|neo4j|cnpg|pgvector|postgis|supabase-db)/, 'database'],
  [/^(redis|memcached|valkey|keydb|dragonfly)/, 'cache'],
  [/^(rabbitmq|kafka|zookeeper|nats|activemq|pulsar|redpanda|mosquitto|emqx)/, 'queue'],
  [/^(elasticsearch|opensearch|meilisearch|typesense|solr)/, 'search'],
  [/^(nginx|traefik|haproxy|caddy|envoy|apache|httpd|openresty|kong)/, 'proxy'],
];

export function roleOf(image: string | undefined, name: string): Role {
  const n = image ? imageName(image) : '';
  if (image && componentOf(image, name)) return 'monitoring';
  for (const [re, role] of ROLE_BY_NAME) if (re.test(n) || re.test(name.toLowerCase())) return role;
  return 'app';
}

export const isStateless = (s: ProdService) => s.role === 'app' || s.role === 'proxy';
export const isDatastore = (s: ProdService) => s.role === 'database' || s.role === 'cache' || s.role === 'queue' || s.role === 'search';

export function buildView(inv: Inventory): ReviewView {
  let services: ProdService[] = [];
  const dockerfiles = new Map(inv.dockerfiles.files.map((d) => [d.file, d]));
  for (const p of inv.compose.projects) {
    // a project only of test or development files does not reach production
    // a project only of test or development files does not reach production (a lone
    // docker-compose.test.yml is its own project's base, so its name decides)
    if (p.productionFiles.every((f) => { const r = composeRoleOf(f.slice(f.lastIndexOf('/') + 1)); return r === 'test' || r === 'development'; })) continue;
    if (p.files.every((f) => f.role === 'test' || f.role === 'development')) continue;
    for (const s of p.services) {
      // a service behind a profile (seed data, tools) is not started by `docker compose up`
      if (s.profiles.length) continue;
      const image = s.image;
      services.push({
        name: s.name,
        platform: 'compose',
        file: s.file,
        line: s.line,
        image,
        role: roleOf(image, s.name),
        replicas: s.replicas?.value ?? 1,
        replicasAt: s.replicas ? { file: s.replicas.file, line: s.replicas.line } : { file: s.file, line: s.line },
        limits: s.limits ? { cpu: s.limits.value.cpus, memory: s.limits.value.memory, at: { file: s.limits.file, line: s.limits.line } } : undefined,
        healthcheck: s.healthcheck && !s.healthcheck.disabled ? { at: { file: s.healthcheck.file, line: s.healthcheck.line }, kind: t('compose healthcheck', 'compose 헬스체크'), path: pathIn(s.healthcheck.test?.join(' ')) } : undefined,
        published: s.ports.filter((x) => x.published).map((x) => ({ port: x.published!, hostIp: x.hostIp, at: { file: s.locs.ports?.file ?? s.file, line: x.line } })),
        containerName: s.containerName ? { file: s.containerName.file, line: s.containerName.line } : undefined,
        dockerfile: s.build?.dockerfile ? dockerfiles.get(s.build.dockerfile) : undefined,
        compose: s,
      });
    }
  }
  const hpaFor = new Map(inv.kubernetes.hpas.map((h) => [h.target, h]));
  for (const w of inv.kubernetes.workloads) {
    const main = w.containers.filter((c) => !c.init);
    const c0 = main[0];
    const probe = c0?.probes.readiness ?? c0?.probes.liveness;
    const limited = main.every((c) => c.resources?.limits?.memory || c.resources?.limits?.cpu);
    const isJob = w.kind === 'CronJob' || w.kind === 'Job';
    services.push({
      name: w.name,
      platform: 'kubernetes',
      file: w.file,
      line: w.line,
      image: c0?.image,
      role: isJob ? 'job' : roleOf(c0?.image, w.name),
      replicas: w.kind === 'DaemonSet' ? 2 : (w.replicas ?? 1),
      replicasAt: { file: w.file, line: w.replicasLine ?? w.line },
      minReplicas: hpaFor.get(w.name)?.min,
      limits: limited && c0?.resources ? { cpu: c0.resources.limits?.cpu, memory: c0.resources.limits?.memory, at: { file: c0.file, line: c0.resources.line || c0.line } } : undefined,
      healthcheck: probe ? { at: { file: c0.file, line: probe.line || c0.line }, kind: `${probe.type} probe`, path: probe.path } : undefined,
      published: [],
      workload: w,
    });
  }
  for (const c of inv.helm.charts) {
    const dep = c.emits.find((e) => (e.kind === 'Deployment' || e.kind === 'StatefulSet') && e.enabledInProduction);
    if (!dep) continue;
    const v = c.values;
    const replicas = Number(v.replicaCount?.value ?? 1);
    const hpa = c.emits.find((e) => e.kind === 'HorizontalPodAutoscaler' && e.enabledInProduction);
    const limits = v['resources.limits.memory'] ?? v['resources.limits.cpu'];
    services.push({
      name: c.name ?? c.dir,
      platform: 'helm',
      file: dep.file,
      line: dep.line,
      image: v['image.repository'] ? String(v['image.repository'].value) : undefined,
      role: roleOf(v['image.repository'] ? String(v['image.repository'].value) : undefined, c.name ?? ''),
      replicas,
      replicasAt: v.replicaCount ? { file: v.replicaCount.file, line: v.replicaCount.line } : { file: c.file, line: 1 },
      minReplicas: hpa ? Number(v['autoscaling.minReplicas']?.value ?? 1) : undefined,
      limits: limits ? { cpu: v['resources.limits.cpu'] ? String(v['resources.limits.cpu'].value) : undefined, memory: v['resources.limits.memory'] ? String(v['resources.limits.memory'].value) : undefined, at: { file: limits.file, line: limits.line } } : undefined,
      healthcheck: c.templateProbes.readiness || c.templateProbes.liveness ? { at: { file: dep.file, line: dep.line }, kind: t('probe in chart templates', '차트 템플릿의 probe') } : undefined,
      published: [],
      chart: c,
    });
  }
  // the same workload rendered by several kustomizations (variants, components) is one service
  const seen = new Set<string>();
  services = services.filter((s) => {
    const k = `${s.platform}:${s.workload?.namespace ?? ''}:${s.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const pkgFront = inv.files.list.some((f) => f.name === 'package.json' && /(^|\/)(frontend|web|client|ui|app)$/.test(f.dir));
  const hasFrontend =
    pkgFront ||
    inv.app.frameworks.some((f) => f.name === 'streamlit' || f.name === 'nextjs') ||
    services.some((s) => /front|web-?ui|^ui$|^web$|client|dashboard|streamlit/.test(s.name)) ||
    inv.files.list.some((f) => /^(vite|next|nuxt|angular|svelte)\.config\.|^angular\.json$/.test(f.name));
  return {
    inv,
    services,
    hasDeployment: services.length > 0 || inv.dockerfiles.files.length > 0,
    hasFrontend,
    hasDatabase: services.some((s) => s.role === 'database') || inv.kubernetes.objects.some((o) => o.category === 'cloudnative-pg' || o.category === 'postgres-operator'),
  };
}

function pathIn(cmd: string | undefined): string | undefined {
  const m = cmd ? /https?:\/\/[^/\s]+(\/[^\s"'|]*)/.exec(cmd) : null;
  return m?.[1];
}

export function where(l: Loc): string {
  return l.line ? `${l.file}:${l.line}` : l.file;
}
