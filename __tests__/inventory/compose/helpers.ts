/**
 * Runs the compose collector alone over a source, as the engine would (same loading rules:
 * a source without on-demand reads gets only what `wants()` selected).
 */
import type { InventoryOptions } from '../../../src/inventory/context.js';
import type { Collector } from '../../../src/inventory/collector.js';
import { runCollectors } from '../../../src/engine/inventory.js';
import type { Diagnostic } from '../../../src/inventory/diagnostics.js';
import type { RepoSource } from '../../../src/source/types.js';
import { MemorySource } from '../../../src/source/memory-source.js';
import { FsSource } from '../../../src/source/fs-source.js';
import { composeCollector, type ComposeInventory } from '../../../src/inventory/compose/index.js';

export interface ComposeRun {
  compose: ComposeInventory;
  diagnostics: Diagnostic[];
  lines: string[];
}

export async function collectCompose(source: RepoSource, options: Partial<InventoryOptions> = {}): Promise<ComposeRun> {
  const { found, diagnostics } = await runCollectors(source, [composeCollector as Collector<string, unknown>], options);
  const compose = found.compose as ComposeInventory;
  return { compose, diagnostics, lines: composeCollector.describe(compose) };
}

export const fromFiles = (files: Record<string, string>, options?: Partial<InventoryOptions>) => collectCompose(new MemorySource(files), options);
export const fromFixture = (dir: string, options?: Partial<InventoryOptions>) => collectCompose(new FsSource(dir), options);
