import { FsSource } from '../../../src/source/fs-source.js';
import { runCollectors } from '../../../src/engine/inventory.js';
import type { Diagnostic } from '../../../src/inventory/diagnostics.js';
import type { Collector } from '../../../src/inventory/collector.js';

/** Runs one collector over a fixture folder, without the others. */
export async function runCollector<K extends string, T>(collector: Collector<K, T>, dir: string): Promise<{ value: T; diagnostics: Diagnostic[]; lines: string[] }> {
  const { found, diagnostics } = await runCollectors(new FsSource(dir), [collector as Collector<string, unknown>]);
  const value = found[collector.key] as T;
  return { value, diagnostics, lines: collector.describe(value) };
}
