import { defineCheck } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'privacy-policy',
  docs: {
    motivation: 'Users must be told what is done with their data before they hand it over.',
    implementation: 'PRIVACY.md or a privacy policy page; a specification that describes a policy counts only partly.',
  },
  judge: (view) => judgeProcedure(view, ['privacy-policy'], 'privacy policy', 'publish a privacy policy (PRIVACY.md and a page in the frontend): what data, why, how long, who receives it, and how to exercise rights'),
});
