import { defineCheck, t } from '../check.js';
import { judgeProcedure } from '../helpers.js';

export default defineCheck({
  id: 'maintenance-procedure',
  docs: {
    motivation: 'Routine work (updates, clean-ups, maintenance windows) done from memory is done differently every time.',
    implementation: 'A maintenance document with steps or commands (windows, dependency updates, routine tasks).',
  },
  judge: (view) => judgeProcedure(view, ['maintenance'], t('maintenance procedure', '유지보수 절차'), t('write a maintenance procedure: the maintenance window, routine tasks (dependency and image updates, log and disk clean-up, certificate renewal) with their commands, and who does them', '유지보수 절차를 작성하십시오: 유지보수 시간대, 정기 작업(의존성·이미지 업데이트, 로그·디스크 정리, 인증서 갱신)과 그 명령, 담당자')),
});
