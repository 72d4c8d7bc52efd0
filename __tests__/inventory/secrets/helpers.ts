// run only the collectors a test is about, the way the engine runs them
export { runCollectors } from '../../../src/engine/inventory.js';
