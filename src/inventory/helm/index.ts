import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface HelmInventory {
  items: unknown[];
}

export const helmCollector: Collector<'helm', HelmInventory> = {
  key: 'helm',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
