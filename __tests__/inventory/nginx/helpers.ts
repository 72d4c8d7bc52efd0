import { FsSource } from '../../../src/source/fs-source.js';
import { ScanContext, DEFAULT_OPTIONS } from '../../../src/inventory/context.js';
import type { Diagnostic } from '../../../src/inventory/diagnostics.js';
import type { Collector } from '../../../src/inventory/collector.js';

/** Runs one collector over a fixture folder, without the other collectors (which may be mid-change). */
export async function runCollector<K extends string, T>(collector: Collector<K, T>, dir: string): Promise<{ value: T; diagnostics: Diagnostic[]; lines: string[] }> {
  const source = new FsSource(dir);
  const listing = await source.list();
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const ctx = new ScanContext(listing.files, new Map(), DEFAULT_OPTIONS, diagnostics, source.readSync.bind(source));
  const value = collector.collect(ctx, {});
  return { value, diagnostics, lines: collector.describe(value) };
}
