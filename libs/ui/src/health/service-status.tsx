import { Badge, Flex, Spin, Tooltip, Typography } from 'antd';
import { UI_TEXTS } from '../i18n/ui-texts';
import { useLocale } from '../i18n/use-locale';
import { useServiceHealth, type ServiceHealth } from './use-service-health';

function StatusIndicator({ health }: { health: ServiceHealth }) {
  const { t } = useLocale();
  switch (health.state) {
    case 'loading':
      return <Spin size="small" aria-label={t(UI_TEXTS.serviceChecking)} />;
    case 'ok':
      return <Badge status="success" text={t(UI_TEXTS.serviceOk)} />;
    case 'unavailable':
      return (
        <Tooltip title={health.error.message}>
          <Badge status="error" text={t(UI_TEXTS.serviceUnavailable)} />
        </Tooltip>
      );
  }
}

/** "服务状态：正常 / 异常" with a badge, from `GET /api/health`; a spinner while it is being asked. */
export function ServiceStatus() {
  const { t } = useLocale();
  const health = useServiceHealth();

  return (
    <Flex align="center" gap={8} data-testid="service-status" data-state={health.state} role="status">
      <Typography.Text type="secondary">{t(UI_TEXTS.serviceStatus)}</Typography.Text>
      <StatusIndicator health={health} />
    </Flex>
  );
}
