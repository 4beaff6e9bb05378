import { FileExcelOutlined } from '@ant-design/icons';
import { can, type DashboardView, DashboardViewSchema } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, toApiError, useApiQuery, useLocale, useSession } from '@shifan/ui';
import { App, Button, Card, Col, Flex, Row, Spin, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { beijingToday } from '../calls/beijing-time';
import { downloadFile } from '../review/download';
import { DASHBOARD_PATH, DASHBOARD_XLSX_URL } from './dashboard-api';
import { CountBarChart } from './dashboard-charts';
import { fieldName, type RecordableIndicator, recordableFromIndicator, recordableFromTarget } from './dashboard-model';
import { FieldsTable, KeyFieldsTable, TargetsTable, UnitsTable } from './dashboard-tables';
import { DASHBOARD_TEXTS } from './dashboard-texts';
import { IndicatorModal } from './indicator-modal';
import { IndicatorsTable } from './indicators-table';
import { TargetCard } from './target-card';
import { UpwardOutcomes } from './upward-outcomes';

function DashboardContent({ dashboard, canRecord, onRecord }: { dashboard: DashboardView; canRecord: boolean; onRecord: (indicator: RecordableIndicator) => void }) {
  const { t } = useLocale();
  const programmeTargets = dashboard.targets.filter((target) => target.category !== null);
  const otherTargets = dashboard.targets.filter((target) => target.category === null);
  const fieldData = dashboard.byField.map((entry) => ({ key: entry.subFieldCode, name: t(fieldName(entry)), count: entry.count }));
  const unitData = dashboard.byUnit.map((entry) => ({ key: entry.unitCode, name: t(entry.name), count: entry.approved }));
  const card = (target: DashboardView['targets'][number]) => {
    const recordable = canRecord ? recordableFromTarget(target) : null;
    return (
      <Col key={target.key} xs={24} md={12} xl={8}>
        <TargetCard target={target} planYears={dashboard.planYears} currentYear={dashboard.currentYear} onRecord={recordable ? () => onRecord(recordable) : undefined} />
      </Col>
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card title={t(DASHBOARD_TEXTS.targetsTitle)} data-testid="dashboard-targets" data-years={dashboard.years.join(',')} data-current-year={dashboard.currentYear}>
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.targetsHint)}</Typography.Text>
          <Row gutter={[16, 16]}>{programmeTargets.map(card)}</Row>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
            {t(DASHBOARD_TEXTS.otherTargetsTitle)}
          </Typography.Title>
          <Row gutter={[16, 16]}>{otherTargets.map(card)}</Row>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
            {t(DASHBOARD_TEXTS.tableTitle)}
          </Typography.Title>
          <TargetsTable targets={dashboard.targets} years={dashboard.years} currentYear={dashboard.currentYear} />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t(DASHBOARD_TEXTS.byUnitTitle)} style={{ height: '100%' }} data-testid="dashboard-units">
            <Flex vertical gap={16}>
              <CountBarChart data={unitData} seriesName={t(DASHBOARD_TEXTS.approvedCount)} emptyText={t(DASHBOARD_TEXTS.none)} />
              <UnitsTable entries={dashboard.byUnit} />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t(DASHBOARD_TEXTS.byFieldTitle)} style={{ height: '100%' }} data-testid="dashboard-fields">
            <Flex vertical gap={16}>
              <KeyFieldsTable entries={dashboard.byKeyField} />
              <CountBarChart data={fieldData} seriesName={t(DASHBOARD_TEXTS.count)} emptyText={t(DASHBOARD_TEXTS.none)} />
              <FieldsTable entries={dashboard.byField} />
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card title={t(DASHBOARD_TEXTS.indicatorsTitle)} data-testid="dashboard-indicators">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.indicatorsHint)}</Typography.Text>
          <IndicatorsTable indicators={dashboard.indicators} canRecord={canRecord} onRecord={(indicator) => onRecord(recordableFromIndicator(indicator))} />
        </Flex>
      </Card>
    </Flex>
  );
}

/**
 * `/dashboard`: the plan's targets, each counted as the plan means it, per plan year and the current year (cards and a
 * table), by 推荐单位 and field, the recorded indicators with 录入, the Excel export; and, on a second tab, the
 * recommendations to the province and the ministry with the outcomes officers record against them.
 */
export function DashboardPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const { session } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'upward' ? 'upward' : 'targets';
  const query = useApiQuery(DASHBOARD_PATH, DashboardViewSchema);
  // Recording a value answers with the dashboard as it now is; a newer load supersedes it.
  const [latest, setLatest] = useState<{ dashboard: DashboardView; loaded: DashboardView | null } | null>(null);
  const [recording, setRecording] = useState<RecordableIndicator | null>(null);
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
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === 'upward' ? { tab: 'upward' } : {})}
        data-testid="dashboard-tabs"
        items={[
          {
            key: 'targets',
            label: t(DASHBOARD_TEXTS.tabTargets),
            children: (
              <>
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
              </>
            ),
          },
          { key: 'upward', label: t(DASHBOARD_TEXTS.tabUpward), children: <UpwardOutcomes canRecord={canRecord} onChanged={query.reload} /> },
        ]}
      />
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
