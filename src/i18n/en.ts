import { GATE_EN } from './gate.js';
import type { Messages } from './messages.js';

export const en: Messages = {
  title: 'Production readiness review',
  readiness: 'Readiness',
  byArea: 'Readiness by area',
  area: 'Area',
  items: 'Items',
  blockingRisks: 'Blocking risks',
  blocking: 'blocking',
  gateWords: GATE_EN,
  noBlocking: 'No blocking risks.',
  done: 'Done',
  notDone: 'Not done',
  notApplicable: 'Not applicable',
  none: 'none',
  remedy: 'Remedy',
  attested: 'attested',
  waived: 'waived',
  waivedBy: (w) => `waived by ${w.owner} until ${w.until}: ${w.reason}`,
  missingCheck: 'no check',
  apps: { title: 'Apps', app: 'App', path: 'Path', checklist: 'Checklist', score: 'Readiness', stage: 'Stage met', gate: 'Gate', blocking: 'Blocking', waived: 'Waived' },
  policy: 'Waivers and attestations to review',
  policyKind: { waiver: 'waiver', attestation: 'attestation' },
  policyState: (state, days, until) =>
    state === 'expired'
      ? `expired on ${until}: the item is judged again`
      : state === 'expiring'
        ? `expires on ${until} (${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`})`
        : state === 'unused'
          ? 'matches nothing any more: remove it'
          : 'not honoured: inline waivers are turned off (inline-waivers: false)',
  status: { pass: 'pass', partial: 'partial', fail: 'fail', unverified: 'unverified', 'not-applicable': 'not applicable' },
  grade: { high: 'High risk', medium: 'Medium risk', low: 'Low risk' },
  risks: 'Risks',
  noRisks: 'No risks found.',
  stages: 'Stages',
  stageMet: 'Stage met',
  noStageMet: 'no stage met yet',
  allStagesMet: 'every stage is met',
  nextStage: 'Next stage',
  met: 'met',
  notMet: 'not met',
  standsBefore: (stage) => `What stands before ${stage}`,
  raiseWith: 'raise with',
  enough: (n) => `${n} item${n === 1 ? '' : 's'} would be enough`,
  targets: 'Operational targets',
  targetLines: (t) => [
    ...(t['incident-response-minutes'] !== undefined ? [`incident response within ${t['incident-response-minutes']} min`] : []),
    ...(t['deployment-success-percent'] !== undefined ? [`deployment success ≥ ${t['deployment-success-percent']}%`] : []),
    ...(t['availability-percent'] !== undefined ? [`availability ≥ ${t['availability-percent']}%`] : []),
  ],
  targetsNote: 'measured in operation, not from the repository',
  gate: 'Gate',
  gatePassed: 'passed',
  gateFailed: 'failed',
  nothingToJudge: 'Nothing to judge',
  nothingToJudgeDetail: 'The repository has no deployment files (compose, Dockerfiles, Kubernetes, workflows), so there is no readiness to score.',
  moreEvidence: (n) => `… and ${n} more`,
  fullAt: (url) => `The full review is in the [job summary](${url}).`,
  truncated: (omitted, limit) => `Truncated: ${omitted} part${omitted === 1 ? '' : 's'} left out to stay under ${limit.toLocaleString('en-US')} characters. Run the CLI or use the JSON report for everything.`,
  overall: 'Overall',
};
