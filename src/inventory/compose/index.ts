import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface ComposeInventory {
  items: unknown[];
}

export const composeCollector: Collector<'compose', ComposeInventory> = {
  key: 'compose',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
