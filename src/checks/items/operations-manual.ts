import { defineCheck } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'operations-manual',
  docs: {
    motivation: 'Operators need one place that says how the system is run, checked and fixed.',
    implementation: 'An operations manual or runbook index with commands for operators; analysis reports and plans count partly.',
  },
  judge: (view) => judgeProcedure(view, ['operations-manual', 'runbook'], 'operations manual', 'write an operations manual: architecture at a glance, how to start/stop/scale each service, health checks, logs and dashboards, common failures and their fixes, and links to the runbooks'),
});
