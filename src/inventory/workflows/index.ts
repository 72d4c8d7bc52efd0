import type { Collector } from '../collector.js';

/** TODO(helper): replace with the real inventory of this kind. */
export interface WorkflowInventory {
  items: unknown[];
}

export const workflowsCollector: Collector<'workflows', WorkflowInventory> = {
  key: 'workflows',
  wants: () => false,
  collect: () => ({ items: [] }),
  describe: () => [],
};
