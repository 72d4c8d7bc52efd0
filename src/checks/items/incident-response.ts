import { at, defineCheck, partial, t } from '../check.js';
import { judgeProcedure } from '../helpers.js';
import type { Evidence } from '../types.js';

export default defineCheck({
  id: 'incident-response',
  docs: {
    motivation: 'In an outage people follow what is written: severities, who is on call, how to escalate and communicate.',
    implementation: 'An incident response runbook with steps and owners or severity levels; alert rules\' runbook_url links are checked against the repository (a link to a runbook that does not exist is reported).',
  },
  judge(view) {
    const extra: Evidence[] = [];
    for (const r of view.inv.monitoring.alertRules) {
      if (!r.runbookUrl) continue;
      const m = /\/blob\/[^/]+\/(.+?)(#.*)?$/.exec(r.runbookUrl) ?? /^(?:\.\/)?([^:]+\.md)(#.*)?$/.exec(r.runbookUrl);
      if (!m) continue;
      const path = decodeURIComponent(m[1]);
      if (!view.inv.files.list.some((f) => f.path === path)) extra.push(at(r.file, r.line, t(`alert ${r.name} links runbook ${path}, which is not in the repository`, `알림 규칙 ${r.name}: 저장소에 없는 런북 ${path} 링크`)));
      else extra.push(at(r.file, r.line, t(`alert ${r.name} links runbook ${path}`, `알림 규칙 ${r.name}: 런북 ${path} 링크`)));
    }
    const j = judgeProcedure(view, ['incident-response', 'on-call', 'runbook'], t('incident response procedure', '장애 대응 절차'), t('write an incident response runbook: severity levels, who is on call and how to reach them, escalation, first steps per alert and communication; link it from each alert rule (runbook_url)', '장애 대응 런북을 작성하십시오: 심각도 등급, 당번(on-call) 담당자와 연락 방법, 에스컬레이션, 알림별 초기 조치, 커뮤니케이션. 각 알림 규칙에서 런북을 링크하십시오 (runbook_url)'), extra);
    if (j.status === 'pass' && extra.some((e) => e.message.includes('not in the repository'))) {
      return partial(t('an incident procedure exists, but alert rules link runbooks that are missing', '장애 대응 절차는 있으나 알림 규칙이 저장소에 없는 런북을 링크함'), j.evidence, t('add the runbooks the alert rules link to, or fix their runbook_url', '알림 규칙이 링크하는 런북을 추가하거나 runbook_url을 수정하십시오'));
    }
    return j;
  },
});
