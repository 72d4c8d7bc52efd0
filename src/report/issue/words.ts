import type { Lang } from '../../i18n/index.js';
import type { TargetResult } from '../../operations/figures.js';

/** Words of the report issue, beyond those the review shares (src/i18n). Korean as the review words it. */
export interface IssueWords {
  heading: (repo: string) => string;
  /** the default title template (input issue-title) */
  title: string;
  overview: string;
  overviewLine: (commit: string, date: string, checklist: string) => string;
  readinessLine: string;
  targetStage: string;
  reached: string;
  notReached: string;
  areas: string;
  areaTable: [string, string, string, string];
  risks: string;
  technical: string;
  operational: string;
  checklist: string;
  success: string;
  technicalTargets: string;
  operationalTargets: string;
  stage: string;
  bar: string;
  current: string;
  required: string;
  metric: string;
  measured: string;
  metricName: Record<TargetResult['metric'], string>;
  unit: Record<TargetResult['metric'], (v: number) => string>;
  notMeasurable: string;
  deploymentSource: (runs: number, ok: number, files: string, days: number, cancelled: number) => string;
  deploymentNone: (reason: string) => string;
  incidentSource: (n: number, label: string, days: number, open: number, resolve: string) => string;
  incidentNone: (label: string, days: number) => string;
  availabilityNone: string;
  apiError: (what: string, detail: string) => string;
  recommendations: string;
  priority: (n: 1 | 2 | 3) => string;
  priorityWhy: { 1: string; 2: (stage: string) => string; 3: string };
  noRecommendations: string;
  trend: string;
  trendTitle: string;
  firstReport: string;
  sinceLast: (date: string) => string;
  fixed: string;
  regressed: string;
  unchangedSinceLast: string;
  history: string;
  historyColumns: [string, string, string, string, string];
  closedComment: (stage: string, score: string) => string;
  reopenedNote: string;
}

const en: IssueWords = {
  heading: (repo) => `${repo} — production readiness review`,
  title: 'Production readiness: {repository}{path} — {score}',
  overview: '1. Evaluation overview',
  overviewLine: (commit, date, checklist) => `Computed by Readiness Gate from commit ${commit} on ${date}, against the ${checklist} checklist. Each finding links to its file and line at that commit.`,
  readinessLine: 'Production readiness',
  targetStage: 'Required stage',
  reached: 'met',
  notReached: 'not met',
  areas: '2. Readiness by area',
  areaTable: ['Area', 'Readiness', 'Done', 'Not done'],
  risks: '3. Risk assessment',
  technical: '3.1 Technical risks',
  operational: '3.2 Operational risks',
  checklist: '4. Deployment checklist',
  success: '5. Success criteria',
  technicalTargets: '5.1 Technical targets',
  operationalTargets: '5.2 Operational targets',
  stage: 'Stage',
  bar: 'Bar',
  current: 'Now',
  required: 'Required',
  metric: 'Metric',
  measured: 'Measured',
  metricName: { 'deployment-success-percent': 'Deployment success rate', 'incident-response-minutes': 'Incident response time', 'availability-percent': 'System availability' },
  unit: { 'deployment-success-percent': (v) => `≥ ${v}%`, 'incident-response-minutes': (v) => `≤ ${v} min`, 'availability-percent': (v) => `≥ ${v}%` },
  notMeasurable: 'not measurable',
  deploymentSource: (runs, ok, files, days, cancelled) => `Deployment success rate: ${ok} of ${runs} completed runs of ${files} succeeded in the last ${days} days${cancelled ? ` (${cancelled} cancelled or skipped, not counted)` : ''}.`,
  deploymentNone: (reason) => `Deployment success rate: not measurable — ${reason}.`,
  incidentSource: (n, label, days, open, resolve) => `Incident response time: median time to the first response on ${n} issues labelled \`${label}\` in the last ${days} days${open ? ` (${open} still open)` : ''}; median time to close ${resolve}.`,
  incidentNone: (label, days) => `Incident response time: not measurable — no issue labelled \`${label}\` was opened in the last ${days} days.`,
  availabilityNone: 'System availability: not measurable from the repository or GitHub (needs uptime monitoring).',
  apiError: (what, detail) => `${what}: not measurable — the GitHub API answered: ${detail}.`,
  recommendations: '6. Recommendations',
  priority: (n) => `Priority ${n}`,
  priorityWhy: { 1: 'blocking risks: fix before any production deployment', 2: (stage) => `what meets the bars of ${stage} soonest`, 3: 'remaining failures, heaviest first' },
  noRecommendations: 'Nothing left to recommend: every applicable item passes.',
  trend: '7. Trend',
  trendTitle: 'Readiness (%)',
  firstReport: 'This is the first report; the trend starts with the next run.',
  sinceLast: (date) => `Since the last report (${date})`,
  fixed: 'Fixed',
  regressed: 'Regressed',
  unchangedSinceLast: 'No item changed status.',
  history: 'Recent reports',
  historyColumns: ['Date', 'Commit', 'Readiness', 'Stage met', 'Blocking'],
  closedComment: (stage, score) => `Readiness Gate: the repository now meets the required stage (${stage}) at ${score}. Closing this report; it reopens if the bar is missed again.`,
  reopenedNote: 'Reopened by Readiness Gate: the required bar is no longer met.',
};

const ko: IssueWords = {
  heading: (repo) => `${repo} 프로덕션 배포 준비 상태 검토`,
  title: '프로덕션 배포 준비 상태: {repository}{path} — {score}',
  overview: '1. 평가 개요',
  overviewLine: (commit, date, checklist) => `본 문서는 Readiness Gate가 ${date}에 커밋 ${commit}을(를) ${checklist} 체크리스트로 평가한 결과입니다. 각 항목은 해당 커밋의 파일과 줄로 연결됩니다.`,
  readinessLine: '프로덕션 배포 준비 상태',
  targetStage: '요구 단계',
  reached: '달성',
  notReached: '미달',
  areas: '2. 영역별 준비 상태',
  areaTable: ['영역', '준비도', '완료', '미완료'],
  risks: '3. 위험 평가',
  technical: '3.1 기술적 위험',
  operational: '3.2 운영적 위험',
  checklist: '4. 배포 체크리스트',
  success: '5. 성공 지표',
  technicalTargets: '5.1 기술적 지표',
  operationalTargets: '5.2 운영적 지표',
  stage: '단계',
  bar: '지표',
  current: '현재',
  required: '목표',
  metric: '지표',
  measured: '측정값',
  metricName: { 'deployment-success-percent': '배포 성공률', 'incident-response-minutes': '장애 대응 시간', 'availability-percent': '시스템 가용성' },
  unit: { 'deployment-success-percent': (v) => `${v}% 이상`, 'incident-response-minutes': (v) => `${v}분 이내`, 'availability-percent': (v) => `${v}% 이상` },
  notMeasurable: '측정 불가',
  deploymentSource: (runs, ok, files, days, cancelled) => `배포 성공률: 최근 ${days}일간 ${files}의 완료된 실행 ${runs}건 중 ${ok}건 성공${cancelled ? ` (취소·건너뜀 ${cancelled}건은 제외)` : ''}.`,
  deploymentNone: (reason) => `배포 성공률: 측정 불가 — ${reason}.`,
  incidentSource: (n, label, days, open, resolve) => `장애 대응 시간: 최근 ${days}일간 \`${label}\` 라벨이 붙은 이슈 ${n}건의 첫 응답까지 걸린 시간의 중앙값${open ? ` (${open}건 미해결)` : ''}; 해결까지의 중앙값 ${resolve}.`,
  incidentNone: (label, days) => `장애 대응 시간: 측정 불가 — 최근 ${days}일간 \`${label}\` 라벨이 붙은 이슈가 없습니다.`,
  availabilityNone: '시스템 가용성: 저장소나 GitHub에서는 측정할 수 없습니다 (가동 시간 모니터링 필요).',
  apiError: (what, detail) => `${what}: 측정 불가 — GitHub API 응답: ${detail}.`,
  recommendations: '6. 권장사항',
  priority: (n) => `우선순위 ${n}`,
  priorityWhy: { 1: '배포 차단 위험: 프로덕션 배포 전에 반드시 해결', 2: (stage) => `${stage} 목표를 가장 빨리 달성하는 항목`, 3: '남은 미완료 항목 (위험도 순)' },
  noRecommendations: '권장할 항목이 없습니다: 해당되는 모든 항목이 완료되었습니다.',
  trend: '7. 추이',
  trendTitle: '준비도 (%)',
  firstReport: '첫 번째 보고서입니다. 다음 실행부터 추이가 표시됩니다.',
  sinceLast: (date) => `지난 보고 (${date}) 이후`,
  fixed: '개선된 항목',
  regressed: '악화된 항목',
  unchangedSinceLast: '상태가 바뀐 항목이 없습니다.',
  history: '최근 보고',
  historyColumns: ['날짜', '커밋', '준비도', '달성 단계', '차단 위험'],
  closedComment: (stage, score) => `Readiness Gate: 저장소가 요구 단계(${stage})를 달성했습니다 (준비도 ${score}). 이 보고서를 닫습니다. 다시 미달하면 다시 열립니다.`,
  reopenedNote: 'Readiness Gate가 다시 열었습니다: 요구 기준을 다시 충족하지 못합니다.',
};

export function issueWords(lang: Lang): IssueWords {
  return lang === 'ko' ? ko : en;
}

/** Why a deployment figure is missing, in words. */
export function unmeasuredReason(reason: string, lang: Lang): string {
  const t: Record<string, [string, string]> = {
    'no-deploy-workflow': ['no workflow deploys (no job runs a deployment command or action)', '배포를 수행하는 워크플로가 없습니다'],
    'no-runs': ['the deployment workflows have no completed runs in the window', '기간 내 배포 워크플로의 완료된 실행이 없습니다'],
  };
  return (t[reason] ?? [reason, reason])[lang === 'ko' ? 1 : 0];
}
