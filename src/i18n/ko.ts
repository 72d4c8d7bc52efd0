import { GATE_KO } from './gate.js';
import type { Messages } from './messages.js';

// Wording follows the Korean review itself: 준비도, 완료된 항목, 미완료된 항목, 고위험/중위험/저위험, 단기/중기/장기.
export const ko: Messages = {
  title: '프로덕션 배포 준비 상태 검토',
  readiness: '준비도',
  byArea: '영역별 준비도',
  area: '영역',
  items: '항목',
  blockingRisks: '차단 위험',
  blocking: '배포 차단',
  gateWords: GATE_KO,
  noBlocking: '차단 위험이 없습니다.',
  done: '완료된 항목',
  notDone: '미완료된 항목',
  notApplicable: '해당 없음',
  none: '없음',
  remedy: '완화 전략',
  attested: '확인서',
  waived: '예외 승인',
  waivedBy: (w) => `${w.owner} 승인, ${w.until}까지 예외: ${w.reason}`,
  missingCheck: '점검 없음',
  apps: { title: '앱별 결과', app: '앱', path: '경로', checklist: '체크리스트', score: '준비도', stage: '달성 단계', gate: '게이트', blocking: '차단 위험', waived: '예외' },
  policy: '검토할 예외 및 확인서',
  policyKind: { waiver: '예외', attestation: '확인서' },
  policyState: (state, days, until) =>
    state === 'expired'
      ? `${until}에 만료: 항목을 다시 평가합니다`
      : state === 'expiring'
        ? `${until}에 만료 (${days === 0 ? '오늘' : `${days}일 남음`})`
        : state === 'unused'
          ? '더 이상 해당 항목이 없음: 삭제하십시오'
          : '적용 안 됨: 인라인 예외가 꺼져 있습니다 (inline-waivers: false)',
  status: { pass: '완료', partial: '부분 완료', fail: '미완료', unverified: '확인 불가', 'not-applicable': '해당 없음' },
  grade: { high: '고위험', medium: '중위험', low: '저위험' },
  risks: '위험 평가',
  noRisks: '식별된 위험이 없습니다.',
  stages: '단계별 목표',
  stageMet: '달성 단계',
  noStageMet: '달성한 단계 없음',
  allStagesMet: '모든 단계 달성',
  nextStage: '다음 단계',
  met: '달성',
  notMet: '미달',
  standsBefore: (stage) => `${stage} 달성까지 남은 과제`,
  raiseWith: '개선 항목',
  enough: (n) => `${n}개 항목으로 충분`,
  targets: '운영적 지표',
  targetLines: (t) => [
    ...(t['incident-response-minutes'] !== undefined ? [`장애 대응 시간: ${t['incident-response-minutes']}분 이내`] : []),
    ...(t['deployment-success-percent'] !== undefined ? [`배포 성공률: ${t['deployment-success-percent']}% 이상`] : []),
    ...(t['availability-percent'] !== undefined ? [`시스템 가용성: ${t['availability-percent']}% 이상`] : []),
  ],
  targetsNote: '저장소가 아니라 운영 중에 측정',
  gate: '게이트',
  gatePassed: '통과',
  gateFailed: '실패',
  nothingToJudge: '평가 대상 없음',
  nothingToJudgeDetail: '저장소에 배포 파일(compose, Dockerfile, Kubernetes, 워크플로)이 없어 준비도를 산정할 수 없습니다.',
  moreEvidence: (n) => `… 외 ${n}건`,
  fullAt: (url) => `전체 검토는 [작업 요약](${url})에 있습니다.`,
  truncated: (omitted, limit) => `생략됨: ${limit.toLocaleString('en-US')}자 제한을 넘지 않도록 ${omitted}개 부분을 생략했습니다. 전체 내용은 CLI 또는 JSON 보고서를 사용하십시오.`,
  overall: '전체',
};
