import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory, type Inventory } from '../../../src/engine/inventory.js';

const cache = new Map<string, Promise<Inventory>>();

/** The inventory of one fixture repository under __tests__/fixtures/k8s (built once per file). */
export function inventoryOf(fixture: string): Promise<Inventory> {
  let p = cache.get(fixture);
  if (!p) cache.set(fixture, (p = buildInventory(new FsSource(`__tests__/fixtures/k8s/${fixture}`))));
  return p;
}
