import {
  ENTERPRISE_PROFILE_FORM,
  ENTERPRISE_SIZE_LABELS,
  EnterpriseProfileDraftSchema,
  EnterpriseProfileObjectSchema,
  EnterpriseProfileSchema,
  type FieldMeta,
  isMaskedProfileField,
  type ProfileView,
  ProfileViewSchema,
} from '@shifan/domain';
import { apiFetch, type ApiError, ApiErrorAlert, applyErrorDetails, type ConflictRow, formatDateTime, toApiError, useLocale, useSchemaForm, VersionConflictModal } from '@shifan/ui';
import { App, Alert, Button, Card, Col, Descriptions, Flex, Form, Row, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { type FieldValues, type UseFormReturn, useWatch } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { conflictRows, type FormDescription } from '../forms/conflict-rows';
import { cleanDraft, type DraftData } from '../forms/draft-values';
import { describeFields, fieldSpan, isOptionalField } from '../forms/field-kinds';
import { focusField } from '../forms/focus-field';
import { FORM_TEXTS } from '../forms/form-texts';
import { type FormValues, MetaField } from '../forms/meta-field';
import { PROFILE_PATH, saveProfile } from './profile-api';
import { incompleteText, PROFILE_TEXTS, profileVersionText } from './profile-texts';
import { ResidentIdField } from './resident-id-field';
import { useSuggestedUnit } from './use-suggested-unit';

const FIELDS = ENTERPRISE_PROFILE_FORM.fields as Readonly<Record<string, FieldMeta>>;
const KINDS = describeFields(EnterpriseProfileObjectSchema);
const DESCRIPTION: FormDescription = { sections: ENTERPRISE_PROFILE_FORM.sections, fields: FIELDS, kinds: KINDS };
const SHAPE = EnterpriseProfileObjectSchema.shape as Record<string, z.ZodType>;
const DRAFT_SCHEMA = EnterpriseProfileDraftSchema as unknown as z.ZodType<FormValues, FormValues>;

interface Conflict {
  mine: DraftData;
  theirs: ProfileView | null;
  message: string;
}

export interface ProfileFormProps {
  initial: ProfileView;
}

/**
 * The profile in the sections of ENTERPRISE_PROFILE_FORM, saved with the version it was loaded at. A save from a
 * stale version (a colleague saved meanwhile) opens both versions side by side: keep mine or take theirs.
 */
export function ProfileForm({ initial }: ProfileFormProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [view, setView] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [resolving, setResolving] = useState<'mine' | 'theirs' | null>(null);
  const form = useSchemaForm(DRAFT_SCHEMA, { defaultValues: initial.data, mode: 'onTouched' }) as UseFormReturn<FormValues, unknown, FieldValues>;
  const values = useWatch({ control: form.control }) as FormValues;
  useSuggestedUnit(form, values, initial.data);
  const [searchParams] = useSearchParams();
  const focus = searchParams.get('field');

  useEffect(() => {
    if (focus) focusField(focus);
  }, [focus]);

  const missing = useMemo(() => {
    const parsed = EnterpriseProfileSchema.safeParse(cleanDraft(values));
    return parsed.success ? 0 : new Set(parsed.error.issues.map((issue) => String(issue.path[0]))).size;
  }, [values]);

  const adopt = (saved: ProfileView) => {
    setView(saved);
    form.reset(saved.data);
  };

  const save = async (version: number, data: DraftData) => {
    setError(null);
    try {
      const saved = await saveProfile(version, data);
      adopt(saved);
      setConflict(null);
      void message.success(t(PROFILE_TEXTS.saved));
    } catch (caught) {
      const failure = toApiError(caught);
      if (failure.status === 409 && failure.code === 'CONFLICT') {
        setConflict({ mine: data, theirs: null, message: failure.message });
        const theirs = await apiFetch(PROFILE_PATH, {}, ProfileViewSchema).catch((reason: unknown) => {
          setError(toApiError(reason));
          return null;
        });
        setConflict((previous) => (previous ? { ...previous, theirs } : previous));
        return;
      }
      applyErrorDetails(failure, Object.keys(FIELDS), form.setError);
      setError(failure);
    }
  };

  const onSubmit = form.handleSubmit(async (submitted) => {
    setSaving(true);
    await save(view.version, cleanDraft(submitted));
    setSaving(false);
  });

  const rows: ConflictRow[] | null = conflict?.theirs ? conflictRows(DESCRIPTION, conflict.mine, conflict.theirs.data, t) : null;
  const dirty = form.formState.isDirty;

  return (
    <Form layout="vertical" onFinish={() => void onSubmit()} data-testid="profile-form">
      <Row gutter={[24, 16]} align="stretch">
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            {error && <ApiErrorAlert error={error} />}
            {ENTERPRISE_PROFILE_FORM.sections.map((section) => (
              <Card key={section.id} title={t(section.title)} size="small" data-testid={`section-${section.id}`}>
                <Row gutter={24}>
                  {Object.entries(FIELDS)
                    .filter(([, meta]) => meta.section === section.id)
                    .map(([name, meta]) =>
                      name === 'uscc' ? (
                        <Col key={name} xs={24} md={12}>
                          <Form.Item label={t(meta.label)} extra={t(PROFILE_TEXTS.usccFixed)}>
                            <Typography.Text code data-testid="profile-uscc">
                              {String(view.data.uscc ?? '')}
                            </Typography.Text>
                          </Form.Item>
                        </Col>
                      ) : isMaskedProfileField(name) ? (
                        <Col key={name} {...fieldSpan(KINDS[name])}>
                          <ResidentIdField control={form.control} name={name} meta={meta} kind={KINDS[name]} required={!isOptionalField(SHAPE[name])} saved={view.data[name]} />
                        </Col>
                      ) : (
                        <Col key={name} {...fieldSpan(KINDS[name])}>
                          <MetaField control={form.control} name={name} meta={meta} kind={KINDS[name]} required={!isOptionalField(SHAPE[name])} />
                        </Col>
                      ),
                    )}
                </Row>
              </Card>
            ))}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16} style={{ position: 'sticky', top: 16 }}>
            <Card title={t(PROFILE_TEXTS.sizeClass)} size="small" data-testid="profile-size">
              <Flex vertical gap={12}>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'size',
                      label: t(PROFILE_TEXTS.sizeClass),
                      children: view.sizeClass ? (
                        <Tag color="blue" data-testid="profile-size-class" data-size={view.sizeClass}>
                          {t(ENTERPRISE_SIZE_LABELS[view.sizeClass])}
                        </Tag>
                      ) : (
                        <Typography.Text type="secondary">{t(PROFILE_TEXTS.notComputed)}</Typography.Text>
                      ),
                    },
                    {
                      key: 'above',
                      label: t(PROFILE_TEXTS.aboveDesignatedSize),
                      children:
                        view.aboveDesignatedSize === null ? (
                          '—'
                        ) : (
                          <Tag color={view.aboveDesignatedSize ? 'success' : 'default'} data-testid="profile-above-designated-size">
                            {t(view.aboveDesignatedSize ? FORM_TEXTS.yes : FORM_TEXTS.no)}
                          </Tag>
                        ),
                    },
                    { key: 'version', label: t(PROFILE_TEXTS.version), children: `v${view.version}` },
                    { key: 'saved', label: t(PROFILE_TEXTS.lastSaved), children: view.updatedAt ? formatDateTime(view.updatedAt, true) : t(PROFILE_TEXTS.neverSaved) },
                  ]}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(PROFILE_TEXTS.computedHint)}
                </Typography.Text>
              </Flex>
            </Card>
            {missing > 0 ? <Alert type="warning" showIcon title={t(incompleteText(missing))} data-testid="profile-incomplete" /> : <Alert type="success" showIcon title={t(PROFILE_TEXTS.complete)} />}
            <Flex gap={12} align="center" wrap>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="profile-save">
                {t(PROFILE_TEXTS.save)}
              </Button>
              {dirty && <Typography.Text type="warning">{t(PROFILE_TEXTS.unsaved)}</Typography.Text>}
            </Flex>
          </Flex>
        </Col>
      </Row>
      <VersionConflictModal
        open={conflict !== null}
        message={conflict?.message}
        serverNote={conflict?.theirs ? t(profileVersionText(conflict.theirs.version, formatDateTime(conflict.theirs.updatedAt, true))) : undefined}
        rows={rows}
        busy={resolving}
        onLater={() => setConflict(null)}
        onKeepMine={() => {
          if (!conflict?.theirs) return;
          setResolving('mine');
          void save(conflict.theirs.version, cleanDraft(form.getValues())).finally(() => setResolving(null));
        }}
        onTakeTheirs={() => {
          if (!conflict?.theirs) return;
          adopt(conflict.theirs);
          setConflict(null);
        }}
      />
    </Form>
  );
}
