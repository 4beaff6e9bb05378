import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  bilingual,
  DECLARED_RELATION_KINDS,
  DECLARED_RELATION_LABELS,
  type DeclaredRelationKind,
  type ErrorDetail,
  type ExpertInput,
  ExpertInputSchema,
  ExpertRelationSchema,
  type ExpertView,
  type LocalizedText,
} from '@shifan/domain';
import { ApiError, applyErrorDetails, type ConflictRow, LIST_TEXTS, SchemaForm, toApiError, useLocale, useSchemaForm, VersionConflictModal } from '@shifan/ui';
import { App, Button, Card, Col, DatePicker, Divider, Flex, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { leafPaths } from '../calls/form/call-form-values';
import { createExpert, findExpert, isStaleVersion, updateExpert, withFormPaths } from './experts-api';
import { coApplicationRowText, createdText, EXPERTS_TEXTS, relationRowText, savedText } from './experts-texts';
import { fullFieldName, subFieldOptions } from './field-options';
import { LabelledField } from './labelled-field';

const DATE_FORMAT = 'YYYY-MM-DD';
const DETAIL_SEPARATOR: LocalizedText = { zh: '；', en: '; ' };
/** Errors the form shows beside a whole list rather than one input. */
const LIST_PATHS = ['fields', 'relations', 'coApplications'];

/**
 * ExpertInputSchema, with a plain "choose the kind" for a relation row left without one (zod's own wording lists
 * the enum's codes).
 */
const ExpertFormSchema = ExpertInputSchema.extend({
  relations: z.array(ExpertRelationSchema.extend({ kind: z.enum(DECLARED_RELATION_KINDS, { error: bilingual('请选择关联类型', 'Choose the kind of relation') }) })).max(50),
});

export const EMPTY_EXPERT: ExpertInput = {
  name: '',
  employer: '',
  employerUscc: null,
  title: '',
  fields: [],
  mobile: '',
  email: null,
  relations: [],
  coApplications: [],
  available: true,
  accountUserName: null,
};

/** A loaded expert as form values (exactly the API's ExpertInput). */
export function expertValues(expert: ExpertView): ExpertInput {
  return structuredClone({
    name: expert.name,
    employer: expert.employer,
    employerUscc: expert.employerUscc,
    title: expert.title,
    fields: expert.fields,
    mobile: expert.mobile,
    email: expert.email,
    relations: expert.relations,
    coApplications: expert.coApplications,
    available: expert.available,
    accountUserName: expert.accountUserName,
  });
}

type Translate = (text: LocalizedText) => string;

const CONFLICT_FIELDS: readonly { key: keyof ExpertInput; label: LocalizedText; format: (values: ExpertInput, t: Translate) => string }[] = [
  { key: 'name', label: EXPERTS_TEXTS.name, format: (values) => values.name },
  { key: 'employer', label: EXPERTS_TEXTS.employer, format: (values) => values.employer },
  { key: 'employerUscc', label: EXPERTS_TEXTS.employerUscc, format: (values) => values.employerUscc ?? '' },
  { key: 'title', label: EXPERTS_TEXTS.professionalTitle, format: (values) => values.title },
  { key: 'fields', label: EXPERTS_TEXTS.fields, format: (values, t) => values.fields.map((code) => t(fullFieldName(code))).join('\n') },
  { key: 'mobile', label: EXPERTS_TEXTS.mobile, format: (values) => values.mobile },
  { key: 'email', label: EXPERTS_TEXTS.email, format: (values) => values.email ?? '' },
  { key: 'available', label: EXPERTS_TEXTS.available, format: (values, t) => t(values.available ? EXPERTS_TEXTS.availableYes : EXPERTS_TEXTS.availableNo) },
  { key: 'accountUserName', label: EXPERTS_TEXTS.accountUserName, format: (values) => values.accountUserName ?? '' },
  {
    key: 'relations',
    label: EXPERTS_TEXTS.relations,
    format: (values, t) => values.relations.map((relation) => `${relation.name}（${relation.uscc}）${t(DECLARED_RELATION_LABELS[relation.kind])}${relation.note ? `：${relation.note}` : ''}`).join('\n'),
  },
  { key: 'coApplications', label: EXPERTS_TEXTS.coApplications, format: (values) => values.coApplications.map((co) => `${co.partnerName}（${co.partnerUscc}）${co.date}`).join('\n') },
];

function conflictRows(mine: ExpertInput, theirs: ExpertInput, t: Translate): ConflictRow[] {
  const empty = (text: string) => (text === '' ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>);
  return CONFLICT_FIELDS.flatMap((field) => {
    const a = field.format(mine, t);
    const b = field.format(theirs, t);
    return a === b ? [] : [{ key: field.key, label: field.label, mine: empty(a), theirs: empty(b) }];
  });
}

interface Conflict {
  message: string;
  mine: ExpertInput;
  /** The server's version; null while it is being read. */
  theirs: ExpertView | null;
}

export interface ExpertModalProps {
  /** The expert as last loaded (its `version` guards against overwriting someone else's change); null to add one. */
  expert: ExpertView | null;
  onClose: () => void;
  onSaved: (expert: ExpertView) => void;
}

/**
 * Adds an expert to the pool or edits one: identity, employer, fields, contact, availability, the scoring account,
 * and the relations and joint applications the draw's 回避 checks use. Validated with ExpertInputSchema; a stale
 * edit shows both versions side by side.
 */
export function ExpertModal({ expert, onClose, onSaved }: ExpertModalProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const form = useSchemaForm(ExpertFormSchema, { defaultValues: expert ? expertValues(expert) : structuredClone(EMPTY_EXPERT) });
  const relations = useFieldArray({ control: form.control, name: 'relations' });
  const coApplications = useFieldArray({ control: form.control, name: 'coApplications' });
  const [baseVersion, setBaseVersion] = useState(expert?.version ?? 0);
  const [failure, setFailure] = useState<{ error: ApiError; unmatched: readonly ErrorDetail[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState<'mine' | 'theirs' | null>(null);

  const persist = async (values: ExpertInput, version: number) => {
    const saved = expert ? await updateExpert(expert.id, version, values) : await createExpert(values);
    void message.success(t(expert ? savedText(saved.name) : createdText(saved.name)));
    onSaved(saved);
  };

  const showFailure = (caught: unknown, values: ExpertInput) => {
    const error = withFormPaths(toApiError(caught));
    const fields = [...leafPaths(values), ...LIST_PATHS];
    setFailure({ error, unmatched: applyErrorDetails(error, fields, form.setError, t(DETAIL_SEPARATOR)) });
  };

  const openConflict = (mine: ExpertInput, reason: string) => {
    if (!expert) return;
    setConflict({ message: reason, mine, theirs: null });
    findExpert(expert.id, expert.name).then(
      (theirs) => {
        if (theirs) {
          setConflict((current) => (current ? { ...current, theirs } : current));
          return;
        }
        setConflict(null);
        setFailure({ error: new ApiError({ code: 'CONFLICT', message: t(EXPERTS_TEXTS.conflictMissing) }, 409), unmatched: [] });
      },
      (error: unknown) => {
        setConflict(null);
        setFailure({ error: toApiError(error), unmatched: [] });
      },
    );
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await persist(values, baseVersion);
    } catch (caught) {
      if (expert && isStaleVersion(caught)) openConflict(values, t(EXPERTS_TEXTS.conflict));
      else showFailure(caught, values);
    }
  });

  const keepMine = async () => {
    if (!conflict?.theirs) return;
    setBusy('mine');
    const { mine, theirs } = conflict;
    try {
      setBaseVersion(theirs.version);
      await persist(mine, theirs.version);
      setConflict(null);
    } catch (caught) {
      if (isStaleVersion(caught)) {
        openConflict(mine, t(EXPERTS_TEXTS.conflict));
      } else {
        setConflict(null);
        showFailure(caught, mine);
      }
    } finally {
      setBusy(null);
    }
  };

  const takeTheirs = () => {
    if (!conflict?.theirs) return;
    form.reset(expertValues(conflict.theirs));
    setBaseVersion(conflict.theirs.version);
    setConflict(null);
    setFailure(null);
  };

  const control = form.control;
  return (
    <>
      <Modal
        open
        title={t(expert ? EXPERTS_TEXTS.editTitle : EXPERTS_TEXTS.createTitle)}
        onCancel={onClose}
        footer={null}
        width={920}
        mask={{ closable: false }}
        destroyOnHidden
        data-testid="expert-modal"
      >
        <SchemaForm onSubmit={() => submit()} error={failure?.error} unmatched={failure?.unmatched} testId="expert-form">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <LabelledField control={control} name="name" label={EXPERTS_TEXTS.name} required>
                {(field) => <Input {...field} autoComplete="off" maxLength={50} data-testid="expert-name" />}
              </LabelledField>
            </Col>
            <Col xs={24} md={16}>
              <LabelledField control={control} name="title" label={EXPERTS_TEXTS.professionalTitle} required>
                {(field) => <Input {...field} autoComplete="off" maxLength={50} placeholder={t(EXPERTS_TEXTS.titlePlaceholder)} data-testid="expert-title" />}
              </LabelledField>
            </Col>
            <Col xs={24} md={12}>
              <LabelledField control={control} name="employer" label={EXPERTS_TEXTS.employer} required>
                {(field) => <Input {...field} autoComplete="off" maxLength={100} data-testid="expert-employer" />}
              </LabelledField>
            </Col>
            <Col xs={24} md={12}>
              <LabelledField control={control} name="employerUscc" label={EXPERTS_TEXTS.employerUscc} extra={t(EXPERTS_TEXTS.employerUsccHint)}>
                {(field) => (
                  <Input
                    {...field}
                    value={field.value ?? ''}
                    onChange={(event) => field.onChange(event.target.value === '' ? null : event.target.value)}
                    autoComplete="off"
                    maxLength={24}
                    data-testid="expert-employer-uscc"
                  />
                )}
              </LabelledField>
            </Col>
            <Col span={24}>
              <LabelledField control={control} name="fields" label={EXPERTS_TEXTS.fields} required>
                {(field) => (
                  <Select<string[]>
                    id={field.id}
                    ref={field.ref}
                    mode="multiple"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    value={field.value}
                    onChange={(value) => field.onChange(value)}
                    onBlur={field.onBlur}
                    disabled={field.disabled}
                    options={subFieldOptions(locale)}
                    placeholder={t(EXPERTS_TEXTS.fieldsPlaceholder)}
                    data-testid="expert-fields"
                  />
                )}
              </LabelledField>
            </Col>
            <Col xs={24} md={8}>
              <LabelledField control={control} name="mobile" label={EXPERTS_TEXTS.mobile} required>
                {(field) => <Input {...field} autoComplete="off" inputMode="numeric" maxLength={11} data-testid="expert-mobile" />}
              </LabelledField>
            </Col>
            <Col xs={24} md={16}>
              <LabelledField control={control} name="email" label={EXPERTS_TEXTS.email} extra={t(EXPERTS_TEXTS.emailHint)}>
                {(field) => (
                  <Input
                    {...field}
                    type="email"
                    value={field.value ?? ''}
                    onChange={(event) => field.onChange(event.target.value === '' ? null : event.target.value)}
                    autoComplete="off"
                    data-testid="expert-email"
                  />
                )}
              </LabelledField>
            </Col>
            <Col xs={24} md={16}>
              <LabelledField control={control} name="accountUserName" label={EXPERTS_TEXTS.accountUserName} extra={t(EXPERTS_TEXTS.accountHint)}>
                {(field) => (
                  <Input
                    {...field}
                    value={field.value ?? ''}
                    onChange={(event) => field.onChange(event.target.value === '' ? null : event.target.value)}
                    autoComplete="off"
                    maxLength={64}
                    data-testid="expert-account"
                  />
                )}
              </LabelledField>
            </Col>
            <Col xs={24} md={8}>
              <LabelledField control={control} name="available" label={EXPERTS_TEXTS.available} extra={t(EXPERTS_TEXTS.availableHint)}>
                {(field) => (
                  <Switch
                    id={field.id}
                    ref={field.ref}
                    checked={field.value}
                    onChange={(checked) => field.onChange(checked)}
                    disabled={field.disabled}
                    checkedChildren={t(EXPERTS_TEXTS.availableYes)}
                    unCheckedChildren={t(EXPERTS_TEXTS.availableNo)}
                    data-testid="expert-available"
                  />
                )}
              </LabelledField>
            </Col>
          </Row>

          <Divider titlePlacement="start" style={{ marginTop: 8 }}>
            {t(EXPERTS_TEXTS.relations)}
          </Divider>
          <Typography.Paragraph type="secondary">{t(EXPERTS_TEXTS.relationsHint)}</Typography.Paragraph>
          <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="expert-relations">
            {relations.fields.map((row, index) => (
              <RowCard key={row.id} title={t(relationRowText(index))} onRemove={() => relations.remove(index)} testId={`relation-${index}`} removeTestId={`relation-remove-${index}`}>
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <LabelledField control={control} name={`relations.${index}.name`} label={EXPERTS_TEXTS.relationName} required>
                      {(field) => <Input {...field} autoComplete="off" maxLength={100} data-testid={`relation-name-${index}`} />}
                    </LabelledField>
                  </Col>
                  <Col xs={24} md={12}>
                    <LabelledField control={control} name={`relations.${index}.uscc`} label={EXPERTS_TEXTS.relationUscc} required>
                      {(field) => <Input {...field} autoComplete="off" maxLength={24} data-testid={`relation-uscc-${index}`} />}
                    </LabelledField>
                  </Col>
                  <Col span={24}>
                    <LabelledField control={control} name={`relations.${index}.kind`} label={EXPERTS_TEXTS.relationKind} required>
                      {(field) => (
                        <Select<DeclaredRelationKind>
                          id={field.id}
                          ref={field.ref}
                          value={field.value}
                          onChange={(value) => field.onChange(value)}
                          onBlur={field.onBlur}
                          disabled={field.disabled}
                          placeholder={t(EXPERTS_TEXTS.relationKindPlaceholder)}
                          options={DECLARED_RELATION_KINDS.map((kind) => ({ value: kind, label: t(DECLARED_RELATION_LABELS[kind]) }))}
                          popupMatchSelectWidth={false}
                          data-testid={`relation-kind-${index}`}
                        />
                      )}
                    </LabelledField>
                  </Col>
                  <Col span={24}>
                    <LabelledField control={control} name={`relations.${index}.note`} label={EXPERTS_TEXTS.relationNote}>
                      {(field) => (
                        <Input
                          {...field}
                          value={field.value ?? ''}
                          onChange={(event) => field.onChange(event.target.value === '' ? undefined : event.target.value)}
                          maxLength={500}
                          data-testid={`relation-note-${index}`}
                        />
                      )}
                    </LabelledField>
                  </Col>
                </Row>
              </RowCard>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={relations.fields.length >= 50}
              // The kind has no sensible default: left empty, the schema asks the officer to choose one.
              onClick={() => relations.append({ uscc: '', name: '', kind: undefined as unknown as DeclaredRelationKind, note: undefined })}
              data-testid="expert-relation-add"
            >
              {t(EXPERTS_TEXTS.addRelation)}
            </Button>
          </Flex>

          <Divider titlePlacement="start">{t(EXPERTS_TEXTS.coApplications)}</Divider>
          <Typography.Paragraph type="secondary">{t(EXPERTS_TEXTS.coApplicationsHint)}</Typography.Paragraph>
          <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="expert-co-applications">
            {coApplications.fields.map((row, index) => (
              <RowCard key={row.id} title={t(coApplicationRowText(index))} onRemove={() => coApplications.remove(index)} testId={`coapp-${index}`} removeTestId={`coapp-remove-${index}`}>
                <Row gutter={12}>
                  <Col xs={24} md={9}>
                    <LabelledField control={control} name={`coApplications.${index}.partnerName`} label={EXPERTS_TEXTS.partnerName} required>
                      {(field) => <Input {...field} autoComplete="off" maxLength={100} data-testid={`coapp-name-${index}`} />}
                    </LabelledField>
                  </Col>
                  <Col xs={24} md={9}>
                    <LabelledField control={control} name={`coApplications.${index}.partnerUscc`} label={EXPERTS_TEXTS.partnerUscc} required>
                      {(field) => <Input {...field} autoComplete="off" maxLength={24} data-testid={`coapp-uscc-${index}`} />}
                    </LabelledField>
                  </Col>
                  <Col xs={24} md={6}>
                    <LabelledField control={control} name={`coApplications.${index}.date`} label={EXPERTS_TEXTS.coApplicationDate} required>
                      {(field) => (
                        <DatePicker
                          id={field.id}
                          value={field.value ? dayjs(field.value, DATE_FORMAT) : null}
                          onChange={(date) => field.onChange(date ? date.format(DATE_FORMAT) : '')}
                          onBlur={field.onBlur}
                          disabled={field.disabled}
                          format={DATE_FORMAT}
                          style={{ width: '100%' }}
                          data-testid={`coapp-date-${index}`}
                        />
                      )}
                    </LabelledField>
                  </Col>
                </Row>
              </RowCard>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={coApplications.fields.length >= 50}
              onClick={() => coApplications.append({ partnerUscc: '', partnerName: '', date: '' })}
              data-testid="expert-coapp-add"
            >
              {t(EXPERTS_TEXTS.addCoApplication)}
            </Button>
          </Flex>

          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t(LIST_TEXTS.cancel)}</Button>
            <Button type="primary" htmlType="submit" loading={form.formState.isSubmitting} data-testid="expert-submit">
              {t(expert ? EXPERTS_TEXTS.save : EXPERTS_TEXTS.createSubmit)}
            </Button>
          </Flex>
        </SchemaForm>
      </Modal>
      {conflict && (
        <VersionConflictModal
          open
          message={conflict.message}
          rows={conflict.theirs ? conflictRows(conflict.mine, expertValues(conflict.theirs), t) : null}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={takeTheirs}
          onLater={() => setConflict(null)}
          busy={busy}
        />
      )}
    </>
  );
}

/** One row of a repeatable group (a declared relation, a joint application): a small card with its remove button. */
function RowCard({ title, onRemove, testId, removeTestId, children }: { title: string; onRemove: () => void; testId: string; removeTestId: string; children: ReactNode }) {
  const { t } = useLocale();
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} data-testid={removeTestId}>
          {t(EXPERTS_TEXTS.remove)}
        </Button>
      }
      data-testid={testId}
    >
      {children}
    </Card>
  );
}
