import { at, defineCheck } from '../check.js';
import { judgeProcedure, stepsTagged } from '../helpers.js';

export default defineCheck({
  id: 'upgrade-procedure',
  docs: {
    motivation: 'Upgrades (of the application, its database schema, its dependencies) need an order of steps and a way back.',
    implementation: 'An upgrade or release procedure document; database migrations run as a deployment step count as evidence beside it.',
  },
  judge(view) {
    const mig = stepsTagged(view, 'migrations').map((s) => at(s.file, s.line, 'migrations run as a deployment step'));
    return judgeProcedure(view, ['upgrade', 'release-process'], 'upgrade procedure', 'write an upgrade procedure: order of steps (backup, migrate, deploy, verify), the commands, and how to roll back; run the database migrations as a deployment step', mig);
  },
});
