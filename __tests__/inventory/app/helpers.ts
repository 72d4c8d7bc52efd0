import { ScanContext, DEFAULT_OPTIONS } from '../../../src/inventory/context.js';
import type { Collector } from '../../../src/inventory/collector.js';
import type { RepoSource } from '../../../src/source/types.js';
import type { Diagnostic } from '../../../src/inventory/diagnostics.js';

/**
 * Runs only the given collectors over a source, in order, each seeing the earlier ones' results,
 * the way the engine does; keeps these tests independent of collectors they do not need.
 */
export async function runCollectors(source: RepoSource, collectors: readonly Collector<string, unknown>[]): Promise<{ found: Record<string, unknown>; diagnostics: Diagnostic[] }> {
  const listing = await source.list();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const contents = source.readSync ? new Map<string, Buffer | Error>() : await source.read(listing.files.filter((f) => collectors.some((c) => c.wants(f))).map((f) => f.path));
  const ctx = new ScanContext(listing.files, contents, DEFAULT_OPTIONS, diagnostics, source.readSync?.bind(source));
  const found: Record<string, unknown> = {};
  for (const c of collectors) found[c.key] = c.collect(ctx, found);
  return { found, diagnostics };
}
