import type { Finding, Status } from '../../src/checks/types.js';
import { loadChecklist } from '../../src/checklist/load.js';
import type { Checklist } from '../../src/checklist/types.js';

// A small checklist with hand-computable weights: a1 3, a2 2, a3 1, b1 3, b2 5 (total 14).
export const MINI_YAML = `version: 1
id: mini
stages:
  - id: short-term
    ko: 단기
    en: Short term
    bars:
      - {scope: overall, min: 50}
      - {scope: basic, min: 100}
    targets: {incident-response-minutes: 30, deployment-success-percent: 95, availability-percent: 99}
  - id: mid-term
    ko: 중기
    en: Mid term
    bars:
      - {scope: ha, min: 100}
    targets: {incident-response-minutes: 15}
  - id: long-term
    ko: 장기
    en: Long term
    bars:
      - {scope: overall, min: 100}
groups:
  basic: {ko: 기본 보안, en: Basic security}
  ha: {ko: 고가용성, en: High availability}
sections:
  - id: a
    ko: 서버 인프라
    en: Server infrastructure
    items:
      - {id: a1, ko: 방화벽 설정 완료, en: Firewall configured, risk: high, groups: [basic], stage: short-term}
      - {id: a2, ko: 서버 사양 확인, en: Server sizing confirmed, risk: medium, stage: short-term}
      - {id: a3, ko: 운영 매뉴얼, en: Operations manual, risk: low, attest: true}
  - id: b
    ko: 네트워크 인프라
    en: Network infrastructure
    items:
      - {id: b1, ko: 로드 밸런서 설정 완료, en: Load balancer configured, risk: high, groups: [ha], stage: mid-term}
      - {id: b2, ko: 데이터베이스 복제, en: Database replication, risk: medium, weight: 5, groups: [ha], stage: mid-term}
`;

export function mini(): Checklist {
  const r = loadChecklist(MINI_YAML, 'mini.yml');
  if (!r.checklist) throw new Error(JSON.stringify(r.errors));
  return r.checklist;
}

/** Findings from a compact spec: { a1: 'pass', b2: 'fail' }; unlisted items get `rest`. */
export function findings(spec: Record<string, Status>, rest: Status | null = 'pass', ids = ['a1', 'a2', 'a3', 'b1', 'b2']): Finding[] {
  return ids
    .map((id): Finding | null => {
      const status = spec[id] ?? rest;
      if (!status) return null;
      const f: Finding = { id, status, summary: `${id} is ${status}`, evidence: [{ file: 'docker-compose.yml', line: 3, message: `${id} evidence` }] };
      if (status !== 'pass' && status !== 'not-applicable') f.remedy = `fix ${id}`;
      return f;
    })
    .filter((f): f is Finding => f !== null);
}
