import type { RepoSource, FileEntry } from '../source/types.js';
import { ScanContext, DEFAULT_OPTIONS, type InventoryOptions } from '../inventory/context.js';
import type { Collector } from '../inventory/collector.js';
import type { Diagnostic } from '../inventory/diagnostics.js';
import { composeCollector, type ComposeInventory } from '../inventory/compose/index.js';
import { dockerfileCollector, type DockerfileInventory } from '../inventory/dockerfile/index.js';
import { kubernetesCollector, type KubernetesInventory } from '../inventory/kubernetes/index.js';
import { helmCollector, type HelmInventory } from '../inventory/helm/index.js';
import { workflowsCollector, type WorkflowInventory } from '../inventory/workflows/index.js';
import { nginxCollector, type NginxInventory } from '../inventory/nginx/index.js';
import { monitoringCollector, type MonitoringInventory } from '../inventory/monitoring/index.js';
import { documentsCollector, type DocumentInventory } from '../inventory/documents/index.js';
import { secretsCollector, type SecretsInventory } from '../inventory/secrets/index.js';
import { appCollector, type AppInventory } from '../inventory/app/index.js';

/** Everything a production readiness review looks at, with file and line for each item. */
export interface Inventory {
  schemaVersion: 1;
  source: string;
  files: { count: number; bytes: number; list: FileEntry[] };
  compose: ComposeInventory;
  dockerfiles: DockerfileInventory;
  kubernetes: KubernetesInventory;
  helm: HelmInventory;
  workflows: WorkflowInventory;
  nginx: NginxInventory;
  monitoring: MonitoringInventory;
  documents: DocumentInventory;
  secrets: SecretsInventory;
  app: AppInventory;
  diagnostics: Diagnostic[];
}

/** Registration order is run order: later collectors may read what earlier ones found. */
export const COLLECTORS = [
  composeCollector,
  dockerfileCollector,
  kubernetesCollector,
  helmCollector,
  workflowsCollector,
  nginxCollector,
  documentsCollector,
  appCollector,
  monitoringCollector,
  secretsCollector,
] as const;

export async function buildInventory(source: RepoSource, options: Partial<InventoryOptions> = {}): Promise<Inventory> {
  const { files, found, diagnostics } = await runCollectors(source, COLLECTORS, options);
  let bytes = 0;
  for (const f of files) bytes += f.size;
  return {
    schemaVersion: 1,
    source: source.label,
    files: { count: files.length, bytes, list: files },
    ...(found as Omit<Inventory, 'schemaVersion' | 'source' | 'files' | 'diagnostics'>),
    diagnostics: dedupe(diagnostics),
  };
}

/**
 * Runs collectors over a source in order, each seeing what the earlier ones found. The engine runs
 * them all; tests run just the ones they are about.
 */
export async function runCollectors(
  source: RepoSource,
  collectors: readonly Collector<string, unknown>[],
  options: Partial<InventoryOptions> = {},
): Promise<{ files: FileEntry[]; found: Record<string, unknown>; diagnostics: Diagnostic[] }> {
  const opts: InventoryOptions = { ...DEFAULT_OPTIONS, ...options };
  const listing = await source.list();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  // a remote source fetches what the collectors want up front, in parallel; a local one reads on demand
  const contents = source.readSync ? new Map<string, Buffer | Error>() : await source.read(wantedPaths(listing.files, opts, collectors));
  const read = source.readTransient ? source.readTransient.bind(source) : source.readSync?.bind(source);
  const ctx = new ScanContext(listing.files, contents, opts, diagnostics, read);
  const found: Record<string, unknown> = {};
  // READINESS_GATE_PROFILE=1 prints each collector's time and the part of it spent reading files (the benchmark's breakdown)
  const profile = process.env.READINESS_GATE_PROFILE ? (key: string, ms: number, readMs: number) => process.stderr.write(`${key} (reading ${readMs.toFixed(1)} ms): ${ms.toFixed(1)} ms\n`) : undefined;
  for (const c of collectors) {
    const t0 = performance.now();
    const read0 = ctx.readMs;
    try {
      found[c.key] = c.collect(ctx, found);
    } catch (err) {
      // a collector bug must not lose the rest of the inventory
      diagnostics.push({ file: '.', severity: 'error', code: 'collector-failed', message: `${c.key}: ${(err as Error).stack ?? err}` });
      found[c.key] = undefined;
    }
    profile?.(c.key, performance.now() - t0, ctx.readMs - read0);
  }
  return { files: listing.files, found, diagnostics };
}

/** The files any collector reads (over-size files are left to the context to report). */
export function wantedPaths(files: readonly FileEntry[], opts: InventoryOptions = DEFAULT_OPTIONS, collectors: readonly Collector<string, unknown>[] = COLLECTORS): string[] {
  return files.filter((f) => f.size <= opts.maxFileBytes && collectors.some((c) => c.wants(f))).map((f) => f.path);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.file}:${d.line ?? 0}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
