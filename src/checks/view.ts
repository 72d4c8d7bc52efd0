import type { Inventory } from '../engine/inventory.js';

/** What every check reads: the inventory (the production model is derived from it later). */
export interface ReviewView {
  inv: Inventory;
}
