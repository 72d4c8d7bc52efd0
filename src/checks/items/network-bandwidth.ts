import { defineCheck, t } from '../check.js';
import { attestOnly } from '../helpers.js';

export default defineCheck({
  id: 'network-bandwidth',
  docs: {
    motivation: 'Bandwidth is bought from the provider; only a person can confirm it.',
    implementation: 'Nothing in a repository shows it: unverified unless attested.',
  },
  judge: () => attestOnly(t('the network bandwidth', '네트워크 대역폭')),
});
