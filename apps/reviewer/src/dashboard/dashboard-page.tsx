import { FileExcelOutlined } from '@ant-design/icons';
import { can, type DashboardView, DashboardViewSchema } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toApiError, useApiQuery, useLocale, useSession } from '@shifan/ui';
import { App, Button, Card, Col, Flex, Row, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { beijingToday } from '../calls/beijing-time';
import { downloadFile } from '../review/download';
import { DASHBOARD_PATH, DASHBOARD_XLSX_URL } from './dashboard-api';
import { CountBarChart } from './dashboard-charts';
import { type DashboardIndicator, districtName, fieldName, keyedTargets } from './dashboard-model';
import { DistrictsTable, FieldsTable, KeyFieldsTable, TargetsTable } from './dashboard-tables';
import { DASHBOARD_TEXTS } from './dashboard-texts';
import { IndicatorModal } from './indicator-modal';
import { IndicatorsTable } from './indicators-table';
import { TargetCard } from './target-card';

function DashboardContent({ dashboard, canRecord, onRecord }: { dashboard: DashboardView; canRecord: boolean; onRecord: (indicator: DashboardIndicator) => void }) {
  const { t } = useLocale();
  const targets = keyedTargets(dashboard.targets);
  const fieldData = dashboard.byField.map((entry) => ({ key: entry.subFieldCode, name: t(fieldName(entry)), count: entry.count }));
  const districtData = dashboard.byDistrict.map((entry) => ({ key: entry.districtCode, name: t(districtName(entry)), count: entry.count }));

  return (
    <Flex vertical gap={16}>
      <Card title={t(DASHBOARD_TEXTS.targetsTitle)} data-testid="dashboard-targets" data-years={dashboard.years.join(',')}>
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.targetsHint)}</Typography.Text>
          <Row gutter={[16, 16]}>
            {targets.map((target) => (
              <Col key={target.key} xs={24} md={12} xl={8}>
                <TargetCard target={target} years={dashboard.years} />
              </Col>
            ))}
          </Row>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t(DASHBOARD_TEXTS.byYearTitle)} · {t(DASHBOARD_TEXTS.tableTitle)}
          </Typography.Title>
          <TargetsTable targets={targets} years={dashboard.years} />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t(DASHBOARD_TEXTS.byFieldTitle)} style={{ height: '100%' }} data-testid="dashboard-fields">
            <Flex vertical gap={16}>
              <KeyFieldsTable entries={dashboard.byKeyField} />
              <CountBarChart data={fieldData} seriesName={t(DASHBOARD_TEXTS.count)} emptyText={t(DASHBOARD_TEXTS.none)} />
              <FieldsTable entries={dashboard.byField} />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t(DASHBOARD_TEXTS.byDistrictTitle)} style={{ height: '100%' }} data-testid="dashboard-districts">
            <Flex vertical gap={16}>
              <CountBarChart data={districtData} seriesName={t(DASHBOARD_TEXTS.count)} emptyText={t(DASHBOARD_TEXTS.none)} />
              <DistrictsTable entries={dashboard.byDistrict} />
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card title={t(DASHBOARD_TEXTS.indicatorsTitle)} data-testid="dashboard-indicators">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.indicatorsHint)}</Typography.Text>
          <IndicatorsTable indicators={dashboard.indicators} canRecord={canRecord} onRecord={onRecord} />
        </Flex>
      </Card>
    </Flex>
  );
}

/**
 * `/dashboard`: progress against the plan's targets by programme and level (cards with per-year bars), by sub-field
 * and district (charts with the same numbers as tables), Annex 1's indicators with 录入, and the Excel export.
 */
export function DashboardPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const { session } = useSession();
  const query = useApiQuery(DASHBOARD_PATH, DashboardViewSchema);
  // Recording a value answers with the dashboard as it now is; a newer load supersedes it.
  const [latest, setLatest] = useState<{ dashboard: DashboardView; loaded: DashboardView | null } | null>(null);
  const [recording, setRecording] = useState<DashboardIndicator | null>(null);
  const [exporting, setExporting] = useState(false);
  const dashboard = latest && latest.loaded === query.data ? latest.dashboard : query.data;
  const canRecord = session !== null && can(session.account.role, 'publication.manage');

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadFile(DASHBOARD_XLSX_URL, `dashboard-${beijingToday()}.xlsx`);
      void message.success(t(DASHBOARD_TEXTS.exported));
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeading
        title={DASHBOARD_TEXTS.title}
        intro={DASHBOARD_TEXTS.intro}
        extra={
          <Tooltip title={t(DASHBOARD_TEXTS.exportHint)}>
            <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportExcel()} data-testid="dashboard-export">
              {t(DASHBOARD_TEXTS.exportExcel)}
            </Button>
          </Tooltip>
        }
      />
      {query.error && <ApiErrorAlert error={query.error} />}
      {dashboard ? (
        <DashboardContent dashboard={dashboard} canRecord={canRecord} onRecord={setRecording} />
      ) : (
        query.loading && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin size="large" />
          </Flex>
        )
      )}
      <IndicatorModal
        indicator={recording}
        onClose={() => setRecording(null)}
        onSaved={(next) => {
          setRecording(null);
          setLatest({ dashboard: next, loaded: query.data });
        }}
      />
    </>
  );
}
