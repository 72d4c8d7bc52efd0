/** Every built-in check, one module per checklist item. */
import type { Check } from './check.js';
import { gdprFrom } from './items/gdpr-compliance.js';
import alerting from './items/alerting.js';
import apiVersioning from './items/api-versioning.js';
import assetOptimization from './items/asset-optimization.js';
import autoscaling from './items/autoscaling.js';
import backendPerformance from './items/backend-performance.js';
import backupSystem from './items/backup-system.js';
import browserCompatTests from './items/browser-compat-tests.js';
import businessMetrics from './items/business-metrics.js';
import cdn from './items/cdn.js';
import centralizedLogging from './items/centralized-logging.js';
import ciTests from './items/ci-tests.js';
import dataSubjectRights from './items/data-subject-rights.js';
import dbBackupPolicy from './items/db-backup-policy.js';
import dbMigrations from './items/db-migrations.js';
import dbMonitoring from './items/db-monitoring.js';
import dbRecoveryProcedure from './items/db-recovery-procedure.js';
import dbReplication from './items/db-replication.js';
import dbTuning from './items/db-tuning.js';
import ddosProtection from './items/ddos-protection.js';
import disasterRecovery from './items/disaster-recovery.js';
import domainDns from './items/domain-dns.js';
import errorRecovery from './items/error-recovery.js';
import firewall from './items/firewall.js';
import frontendBuild from './items/frontend-build.js';
import frontendCdn from './items/frontend-cdn.js';
import frontendPerformance from './items/frontend-performance.js';
import healthchecks from './items/healthchecks.js';
import highAvailability from './items/high-availability.js';
import incidentResponse from './items/incident-response.js';
import internalNetworkSecurity from './items/internal-network-security.js';
import intrusionDetection from './items/intrusion-detection.js';
import k8sManifests from './items/k8s-manifests.js';
import loadBalancer from './items/load-balancer.js';
import maintenanceProcedure from './items/maintenance-procedure.js';
import monitoringDashboard from './items/monitoring-dashboard.js';
import networkBandwidth from './items/network-bandwidth.js';
import noCommittedSecrets from './items/no-committed-secrets.js';
import operationsManual from './items/operations-manual.js';
import osHardening from './items/os-hardening.js';
import performanceMonitoring from './items/performance-monitoring.js';
import privacyImpactAssessment from './items/privacy-impact-assessment.js';
import privacyPolicy from './items/privacy-policy.js';
import processingRecords from './items/processing-records.js';
import prodDeploy from './items/prod-deploy.js';
import prodDockerfiles from './items/prod-dockerfiles.js';
import prodEnvConfig from './items/prod-env-config.js';
import prodLogging from './items/prod-logging.js';
import progressiveDelivery from './items/progressive-delivery.js';
import resourceLimits from './items/resource-limits.js';
import rollback from './items/rollback.js';
import securityPolicy from './items/security-policy.js';
import securityScanning from './items/security-scanning.js';
import serverCapacity from './items/server-capacity.js';
import serviceMesh from './items/service-mesh.js';
import testEnvDeploy from './items/test-env-deploy.js';
import tlsCertificates from './items/tls-certificates.js';
import upgradeProcedure from './items/upgrade-procedure.js';
import vulnerabilityManagement from './items/vulnerability-management.js';
import waf from './items/waf.js';

const BASE: Check[] = [
  alerting,
  apiVersioning,
  assetOptimization,
  autoscaling,
  backendPerformance,
  backupSystem,
  browserCompatTests,
  businessMetrics,
  cdn,
  centralizedLogging,
  ciTests,
  dataSubjectRights,
  dbBackupPolicy,
  dbMigrations,
  dbMonitoring,
  dbRecoveryProcedure,
  dbReplication,
  dbTuning,
  ddosProtection,
  disasterRecovery,
  domainDns,
  errorRecovery,
  firewall,
  frontendBuild,
  frontendCdn,
  frontendPerformance,
  healthchecks,
  highAvailability,
  incidentResponse,
  internalNetworkSecurity,
  intrusionDetection,
  k8sManifests,
  loadBalancer,
  maintenanceProcedure,
  monitoringDashboard,
  networkBandwidth,
  noCommittedSecrets,
  operationsManual,
  osHardening,
  performanceMonitoring,
  privacyImpactAssessment,
  privacyPolicy,
  processingRecords,
  prodDeploy,
  prodDockerfiles,
  prodEnvConfig,
  prodLogging,
  progressiveDelivery,
  resourceLimits,
  rollback,
  securityPolicy,
  securityScanning,
  serverCapacity,
  serviceMesh,
  testEnvDeploy,
  tlsCertificates,
  upgradeProcedure,
  vulnerabilityManagement,
  waf,
];

export const CHECKS: ReadonlyMap<string, Check> = new Map(
  [...BASE, gdprFrom([processingRecords, privacyImpactAssessment, dataSubjectRights, privacyPolicy])].map((c) => [c.id, c]),
);
