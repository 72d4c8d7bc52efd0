import { defineCheck } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'maintenance-procedure',
  docs: {
    motivation: 'Routine work (updates, clean-ups, maintenance windows) done from memory is done differently every time.',
    implementation: 'A maintenance document with steps or commands (windows, dependency updates, routine tasks).',
  },
  judge: (view) => judgeProcedure(view, ['maintenance'], 'maintenance procedure', 'write a maintenance procedure: the maintenance window, routine tasks (dependency and image updates, log and disk clean-up, certificate renewal) with their commands, and who does them'),
});
