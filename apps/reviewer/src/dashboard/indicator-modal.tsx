import { type DashboardView, IndicatorValueInputSchema } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, toApiError, useLocale } from '@shifan/ui';
import { Alert, App, Button, Flex, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { beijingToday } from '../calls/beijing-time';
import { recordIndicator } from './dashboard-api';
import type { RecordableIndicator } from './dashboard-model';
import { correctsText, DASHBOARD_TEXTS } from './dashboard-texts';

const FIRST_YEAR = 2015;
const LAST_YEAR = 2100;
const BASELINE_YEAR = 2015;

export interface IndicatorModalProps {
  /** The indicator (Annex 1's or a target of the plan recorded per year) to record a value of; null when closed. */
  indicator: RecordableIndicator | null;
  onClose: () => void;
  /** The dashboard as the API answers it after the change. */
  onSaved: (dashboard: DashboardView) => void;
}

/** The year the dialog proposes: the 2015 baseline while a reduction target lacks it, else last year (the latest statistics). */
function defaultYear(indicator: RecordableIndicator): number {
  if (indicator.needsBaseline && !indicator.values.some((entry) => entry.year === BASELINE_YEAR)) return BASELINE_YEAR;
  return Math.max(FIRST_YEAR, Number(beijingToday().slice(0, 4)) - 1);
}

/** 录入: a year, a value and a note for an indicator or a recorded target of the plan (`PUT /api/indicators/{code}/values`). */
export function IndicatorModal({ indicator, onClose, onSaved }: IndicatorModalProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | null>(null);
  const [value, setValue] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Each opening starts afresh (the dialog stays mounted between openings).
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const code = indicator?.code ?? null;
  if (code !== openedFor) {
    setOpenedFor(code);
    setYear(indicator ? defaultYear(indicator) : null);
    setValue(null);
    setNote('');
    setTried(false);
    setError(null);
  }

  const yearInvalid = year === null || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR;
  const valueMissing = value === null || !Number.isFinite(value);
  const existing = indicator && year !== null ? indicator.values.find((entry) => entry.year === year) : undefined;

  const submit = async () => {
    setTried(true);
    if (!indicator || yearInvalid || valueMissing) return;
    const parsed = IndicatorValueInputSchema.safeParse(note.trim() ? { year, value, note: note.trim() } : { year, value });
    if (!parsed.success) return;
    setBusy(true);
    setError(null);
    try {
      const dashboard = await recordIndicator(indicator.code, parsed.data);
      void message.success(t(DASHBOARD_TEXTS.saved));
      onSaved(dashboard);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={indicator !== null}
      title={t(DASHBOARD_TEXTS.recordTitle)}
      onCancel={busy ? undefined : onClose}
      mask={{ closable: false }}
      destroyOnHidden
      width={560}
      modalRender={(node) => <div data-testid="indicator-modal">{node}</div>}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose} disabled={busy}>
            {t(DASHBOARD_TEXTS.cancel)}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="indicator-submit">
            {t(DASHBOARD_TEXTS.save)}
          </Button>
        </Flex>
      }
    >
      {indicator && (
        <Flex vertical gap={12}>
          <Flex vertical gap={2}>
            <Typography.Text strong>{t(indicator.name)}</Typography.Text>
            <Typography.Text type="secondary">
              {t(DASHBOARD_TEXTS.targetValue)}：{indicator.targetText} · {t(DASHBOARD_TEXTS.unitOfMeasure)}：{t(indicator.unit)}
            </Typography.Text>
          </Flex>
          {indicator.needsBaseline && <Alert type="info" showIcon title={t(DASHBOARD_TEXTS.baselineHint)} />}
          {indicator.assumption && <Alert type="warning" showIcon title={t(indicator.assumption)} data-testid="indicator-assumption" />}
          <Flex gap={16} wrap>
            <Flex vertical gap={4}>
              <Typography.Text strong>{t(DASHBOARD_TEXTS.year)}</Typography.Text>
              <InputNumber<number>
                value={year}
                onChange={(next) => setYear(next)}
                min={FIRST_YEAR}
                max={LAST_YEAR}
                precision={0}
                status={tried && yearInvalid ? 'error' : undefined}
                aria-label={t(DASHBOARD_TEXTS.year)}
                style={{ width: 140 }}
                data-testid="indicator-year"
              />
              {tried && yearInvalid && <Typography.Text type="danger">{t(DASHBOARD_TEXTS.yearRequired)}</Typography.Text>}
            </Flex>
            <Flex vertical gap={4}>
              <Typography.Text strong>
                {t(DASHBOARD_TEXTS.value)} ({t(indicator.unit)})
              </Typography.Text>
              <InputNumber<number>
                value={value}
                onChange={(next) => setValue(next)}
                status={tried && valueMissing ? 'error' : undefined}
                aria-label={t(DASHBOARD_TEXTS.value)}
                style={{ width: 200 }}
                data-testid="indicator-value"
              />
              {tried && valueMissing && <Typography.Text type="danger">{t(DASHBOARD_TEXTS.valueRequired)}</Typography.Text>}
            </Flex>
          </Flex>
          {existing && <Typography.Text type="warning">{t(correctsText(existing.value, t(indicator.unit)))}</Typography.Text>}
          <Flex vertical gap={4}>
            <Typography.Text strong>{t(DASHBOARD_TEXTS.note)}</Typography.Text>
            <Input.TextArea
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder={t(DASHBOARD_TEXTS.notePlaceholder)}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={500}
              showCount
              aria-label={t(DASHBOARD_TEXTS.note)}
              data-testid="indicator-note"
            />
          </Flex>
          {error && <ApiErrorAlert error={error} />}
        </Flex>
      )}
    </Modal>
  );
}
