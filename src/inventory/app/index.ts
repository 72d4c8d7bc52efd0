import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface AppInventory {
  items: unknown[];
}

export const appCollector: Collector<'app', AppInventory> = {
  key: 'app',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
