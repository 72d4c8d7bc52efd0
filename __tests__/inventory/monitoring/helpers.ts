import { FsSource } from '../../../src/source/fs-source.js';
import { MemorySource } from '../../../src/source/memory-source.js';
import { buildInventory, type Inventory } from '../../../src/engine/inventory.js';

let cached: Promise<Inventory> | undefined;
export function fixtureInventory(): Promise<Inventory> {
  cached ??= buildInventory(new FsSource('__tests__/fixtures/monitoring'));
  return cached;
}

export function memoryInventory(files: Record<string, string>): Promise<Inventory> {
  return buildInventory(new MemorySource(files));
}

/** The compose inventory is built by another collector; assertions on what it feeds are guarded by this. */
export function composeReady(inv: Inventory): boolean {
  return Array.isArray(inv.compose?.projects) && inv.compose.projects.some((p) => p.services.length > 0);
}
