import { at, defineCheck, pass, t } from '../check.js';
import { attestOnly } from '../helpers.js';

const IDS = /falco|wazuh|suricata|crowdsec|fail2ban|ossec|tetragon|snort/i;

export default defineCheck({
  id: 'intrusion-detection',
  docs: {
    motivation: 'Attacks that get through must at least be noticed.',
    implementation: 'Falco, Wazuh, Suricata, CrowdSec, fail2ban or Tetragon deployed by the repository\'s compose, Kubernetes or Helm files.',
  },
  judge(view) {
    const hits = [
      ...view.services.filter((s) => IDS.test(s.image ?? '') || IDS.test(s.name)).map((s) => at(s.file, s.line, t(`${s.name} (${s.image ?? 'intrusion detection'})`, `침입 탐지 서비스 ${s.name}${s.image ? ` (${s.image})` : ''}`))),
      ...view.inv.helm.charts.filter((c) => c.dependencies.some((d) => IDS.test(d)) || IDS.test(c.name ?? '')).map((c) => at(c.file, 1, t(`chart ${c.name}`, `침입 탐지 차트 ${c.name}`))),
      ...view.inv.files.list.filter((f) => /(^|\/)(falco_rules|jail\.local|crowdsec)/i.test(f.path)).map((f) => at(f.path, 0, t('intrusion detection rules', '침입 탐지 규칙'))),
    ];
    if (hits.length) return pass(t('intrusion detection is deployed', '침입 탐지 시스템 배포됨'), hits);
    return attestOnly(t('intrusion detection', '침입 탐지 시스템'));
  },
});
