export { score } from './score.js';
export { decideGate, DEFAULT_GATE } from './gate.js';
export { POINTS, percent, tally } from './points.js';
export { isBlocking, isRisk } from './risks.js';
export { evaluateBar, evaluateStages } from './stages.js';
export type * from './types.js';
