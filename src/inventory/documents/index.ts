import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface DocumentInventory {
  items: unknown[];
}

export const documentsCollector: Collector<'documents', DocumentInventory> = {
  key: 'documents',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
