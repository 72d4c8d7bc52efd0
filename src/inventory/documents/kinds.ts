/**
 * What a document can be, in English and Korean. Topic words say what it is about; a
 * procedure needs more than the topic (steps, commands, owners) — see classify.ts.
 */
export type DocKind =
  | 'runbook'
  | 'incident-response'
  | 'disaster-recovery'
  | 'backup-restore'
  | 'upgrade'
  | 'maintenance'
  | 'operations-manual'
  | 'security-policy'
  | 'privacy-policy'
  | 'dpia'
  | 'processing-records'
  | 'capacity-plan'
  | 'release-process'
  | 'on-call';

export interface KindDef {
  kind: DocKind;
  /** topic words (lower-case) */
  topic: RegExp;
  /** well-known file names: a strong hint, not proof */
  names?: RegExp;
  /** well-known folders (lower-case path of the directory) */
  dirs?: RegExp;
  /** commands that make its steps runnable */
  commands?: RegExp;
  /** a policy is substance without steps (a security policy states a reporting route) */
  policy?: boolean;
}

export const KINDS: KindDef[] = [
  { kind: 'incident-response', topic: /incident|outage|postmortem|post-mortem|장애\s*대응|장애\s*처리|장애\s*조치|인시던트|비상\s*대응|사고\s*대응/, names: /incident|postmortem/i, dirs: /(^|\/)(incidents?|postmortems?)(\/|$)/i, commands: /kubectl|docker|systemctl|journalctl|curl|rollout|restart/ },
  { kind: 'disaster-recovery', topic: /disaster[\s-]*recovery|\brto\b|\brpo\b|failover|재해\s*복구|재난\s*복구|재해복구/, names: /disaster|(^|[^a-z])dr[-_.]/i, commands: /pg_restore|pg_basebackup|restore|failover|velero|promote|aws\s|gcloud|kubectl/ },
  { kind: 'backup-restore', topic: /backup|restore|백업|복원|복구/, names: /backup|restore/i, commands: /pg_dump|pg_restore|pg_basebackup|mysqldump|mongodump|redis-cli\s+(--rdb|save|bgsave)|velero|restic|borg|wal-g|pgbackrest|aws\s+s3\s+(cp|sync)|tar\s/ },
  { kind: 'upgrade', topic: /upgrad|업그레이드|버전\s*업|migration guide|마이그레이션\s*절차/, names: /upgrad/i, commands: /alembic|migrate|helm\s+upgrade|kubectl\s+(apply|set\s+image|rollout)|docker[- ]compose|npm\s|pip\s/ },
  { kind: 'maintenance', topic: /maintenance|유지\s*보수|정기\s*점검|maintenance window|점검\s*절차/, names: /maint/i, commands: /vacuum|reindex|apt|logrotate|docker\s+system\s+prune|kubectl|cron/ },
  { kind: 'operations-manual', topic: /operations?\s+(manual|guide|handbook)|operator'?s?\s+guide|운영\s*(매뉴얼|메뉴얼|가이드|절차|지침)|runbook index/, names: /operations|ops[-_]?(guide|manual)|runbook/i, commands: /kubectl|docker|systemctl|journalctl|helm/ },
  { kind: 'runbook', topic: /runbook|playbook|런북|대응\s*매뉴얼/, names: /runbook|playbook/i, dirs: /(^|\/)(runbooks?|playbooks?)(\/|$)/i, commands: /kubectl|docker|systemctl|curl|psql|redis-cli|helm/ },
  { kind: 'security-policy', topic: /security policy|reporting (a )?vulnerabilit|report (a )?vulnerabilit|responsible disclosure|보안\s*정책|취약점\s*(신고|제보)/, names: /^security\.md$/i, policy: true },
  { kind: 'privacy-policy', topic: /privacy policy|privacy notice|개인\s*정보\s*처리\s*방침|개인정보\s*보호\s*정책/, names: /privacy/i, policy: true },
  { kind: 'dpia', topic: /\bdpia\b|data protection impact assessment|privacy impact assessment|개인\s*정보\s*영향\s*평가/, names: /dpia|impact[-_]assessment/i, policy: true },
  { kind: 'processing-records', topic: /records? of processing|\bropa\b|processing activities|처리\s*(활동\s*)?기록/, names: /ropa|processing[-_]records/i, policy: true },
  { kind: 'capacity-plan', topic: /capacity plan|capacity planning|sizing|용량\s*(계획|산정)/, names: /capacity/i },
  { kind: 'release-process', topic: /release (process|procedure|checklist)|deployment (procedure|process)|배포\s*(절차|프로세스)|릴리스\s*절차/, names: /releas|deploy/i, commands: /git tag|helm|kubectl|docker push|gh release|npm publish/ },
  { kind: 'on-call', topic: /on[-\s]?call|pager|escalation|온콜|에스컬레이션|당직/, names: /on-?call/i },
];

/** Substance that makes a procedure: people who act, and levels that tell them when. */
export const OWNERS = /\bowner\b|on[-\s]?call|escalat|contact|responsible|담당자|책임자|연락처|에스컬레이션|온콜|당직|\bdri\b/;
export const SEVERITY = /\bsev[-\s]?[0-4]\b|\bp[0-4]\b|severity|심각도|등급\s*[1-4]|긴급도/;
export const RTO_RPO = /\brto\b|\brpo\b|복구\s*목표\s*(시간|시점)/;
/** Titles of documents that talk about a topic without being a procedure for it. */
export const REPORT_TITLE = /analysis|report|assessment|review|summary|evaluation|status|분석|보고서|평가|검토|요약|현황|준비도|리포트/;
/** Plans and strategies: a procedure only when they carry runnable steps too. */
export const PLAN_TITLE = /\bplan(ning)?\b|strategy|roadmap|계획|전략|로드맵/;

/** Readiness reviews and checklists: the document is itself a list of things to have before production. */
export const REVIEW_TITLE = /readiness|production[\s-]*check|pre[\s-]*(launch|production|flight)|go[\s-]*live|launch checklist|checklist|준비\s*(상태|도)|체크\s*리스트|점검\s*(표|목록|리스트)|배포\s*전\s*점검/;
