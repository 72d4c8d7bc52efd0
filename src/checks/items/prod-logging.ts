import { absent, at, defineCheck, fail, joinText, partial, pass, t } from '../check.js';

export default defineCheck({
  id: 'prod-logging',
  docs: {
    motivation: 'Logs are the first thing read in an incident: they must be structured, levelled and bounded in size.',
    implementation: 'Structured (JSON) logging wired into the application, a configurable log level, and log rotation (compose logging driver options max-size, or a log shipper).',
  },
  judge(view) {
    const structured = view.inv.app.hints.filter((h) => h.kind === 'structured-logging');
    const level = view.inv.app.hints.filter((h) => h.kind === 'log-level-config');
    const levelEnv = view.services.flatMap((s) => (s.compose?.environment ?? []).filter((e) => /^LOG_LEVEL$/i.test(e.name)).map((e) => at(e.file, e.line, t(`${s.name}: LOG_LEVEL=${e.value}`, `${s.name}: 로그 레벨 LOG_LEVEL=${e.value}`))));
    const rotated = view.services.filter((s) => s.compose?.logging?.value.options['max-size'] || (s.compose?.logging && s.compose.logging.value.driver !== 'json-file'));
    const shipped = view.inv.monitoring.logDrivers.length + view.inv.monitoring.components.filter((c) => ['promtail', 'fluent-bit', 'fluentd', 'vector', 'filebeat', 'alloy', 'grafana-agent'].includes(c.kind)).length;
    const ev = [
      ...structured.map((h) => at(h.file, h.line, t(`${h.name} ${h.wired ? 'structured logging' : 'defined but not wired'}`, `${h.name}: ${h.wired ? '구조화 로깅' : '정의되었으나 앱에 연결되지 않음'}`))),
      ...level.map((h) => at(h.file, h.line, t('log level read from the environment', '환경 변수에서 로그 레벨 읽음'))),
      ...levelEnv.slice(0, 5),
      ...rotated.map((s) => {
        const { file, line, value } = s.compose!.logging!;
        const maxSize = value.options['max-size'];
        return at(file, line, t(`${s.name}: logging ${value.driver ?? ''} ${maxSize ? `max-size ${maxSize}` : ''}`, `${s.name}: 로깅 설정${value.driver ? ` ${value.driver}` : ''}${maxSize ? ` max-size ${maxSize}` : ''}`));
      }),
    ];
    const hasStructured = structured.some((h) => h.wired);
    const hasLevel = level.length > 0 || levelEnv.length > 0;
    const bounded = rotated.length > 0 || shipped > 0 || view.inv.kubernetes.workloads.length > 0;
    const remedy = t('log JSON (structlog / python-json-logger / pino) with the level from LOG_LEVEL, and bound local logs: `logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}` on every production compose service (or ship them to a log store)', 'LOG_LEVEL로 레벨을 정하는 JSON 로그(structlog / python-json-logger / pino)를 남기고, 모든 프로덕션 compose 서비스에 `logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}`를 설정해 로컬 로그 크기를 제한하십시오 (또는 로그 저장소로 전송)');
    if (hasStructured && hasLevel && bounded) return pass(t('logs are structured, levelled and bounded', '로그 구조화, 레벨 설정, 크기 제한 적용됨'), ev);
    const gaps = joinText([!hasStructured && t('not structured', '구조화되지 않음'), !hasLevel && t('no configurable level', '레벨 설정 불가'), !bounded && t('no rotation', '로그 회전 없음')]);
    if (hasStructured || hasLevel || bounded) return partial(t(`production logging is incomplete: ${gaps.en}`, `프로덕션 로깅 불완전: ${gaps.ko}`), ev.length ? ev : [absent(t('structured logging', '구조화 로깅'), t('application code', '애플리케이션 코드'))], remedy);
    return fail(t('no production logging setup', '프로덕션 로깅 설정 부재'), [absent(t('structured logging, a log level setting or log rotation', '구조화 로깅, 로그 레벨 설정 또는 로그 회전'), t('application code and compose files', '애플리케이션 코드 및 compose 파일'))], remedy);
  },
});
