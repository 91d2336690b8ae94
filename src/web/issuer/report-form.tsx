/**
 * The one form an issuer fills in, for the kind of report their institution issues: the medical
 * death certificate (identity, date and time, place and its kind, the cause-of-death chain a–d
 * with ICD-10 codes, the doctor), the police death proof (manner of death, incident number,
 * officer), the cremation record or the burial registration. The same form, filled in with the
 * report as it stands, is the correction, which also asks why.
 *
 * The form checks only that what is required is there; the server checks the rest (a real ID
 * number, dates in order, ICD-10 codes), and each problem it finds is shown on its own field in
 * the words the server gives. A problem on no field here is said above the form.
 */
import { Alert, Button, Flex, Form, Input, Radio } from 'antd';
import { type ReactNode, useState } from 'react';
import {
  MANNER_LABELS,
  MANNERS,
  type Manner,
  PLACE_KIND_LABELS,
  PLACE_KINDS,
  type PlaceKind,
  REPORT_FIELD_LABELS,
} from '../../domain/death-registry.ts';
import { ApiError, type FieldProblem } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { pick } from '../i18n.ts';
import type { DeathReportContent, DeathReportKind } from './issuer-api.ts';

interface CauseValues {
  cause?: string;
  icd10?: string;
  interval?: string;
}

export interface ReportFormValues {
  deceased?: { idNumber?: string; name?: string; gender?: 'male' | 'female' };
  dateOfDeath?: string;
  timeOfDeath?: string;
  placeOfDeath?: string;
  placeKind?: PlaceKind;
  causes?: CauseValues[];
  doctor?: string;
  manner?: Manner;
  incidentNumber?: string;
  officer?: string;
  cremationDate?: string;
  burialDate?: string;
  burialPlace?: string;
  reason?: string;
}

const LETTERS = 'abcd';
const CAUSE_PART_KEYS = {
  cause: 'issuerCauseCondition',
  icd10: 'issuerCauseIcd10',
  interval: 'issuerCauseInterval',
} as const;
const MAX_CAUSES = 4;

/** The fields each kind of report has, named as the server names them in its problems. */
const FIELDS: Record<DeathReportKind, string[]> = {
  'medical-certificate': ['timeOfDeath', 'placeOfDeath', 'placeKind', 'doctor'],
  'police-proof': ['timeOfDeath', 'placeOfDeath', 'manner', 'incidentNumber', 'officer'],
  cremation: ['cremationDate', 'officer'],
  burial: ['burialDate', 'burialPlace', 'officer'],
};
const COMMON_FIELDS = ['deceased.idNumber', 'deceased.name', 'deceased.gender', 'dateOfDeath'];

/** A server field name ("causes.0.icd10") as the form's name path (['causes', 0, 'icd10']). */
function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function isFormField(kind: DeathReportKind, correction: boolean, field: string, causes: number): boolean {
  if (COMMON_FIELDS.includes(field) || FIELDS[kind].includes(field)) return true;
  if (correction && field === 'reason') return true;
  const line = /^causes\.(\d+)\.(cause|icd10|interval)$/.exec(field);
  return kind === 'medical-certificate' && line !== null && Number(line[1]) < causes;
}

/** The gender an ID number records (its 17th digit: odd for men, even for women). */
export function genderFromIdNumber(idNumber: string): 'male' | 'female' | undefined {
  const digit = idNumber.trim().charAt(16);
  if (!/^\d$/.test(digit)) return undefined;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/** A report as the form's values, for a correction. */
export function valuesOf(content: DeathReportContent): ReportFormValues {
  const base = { deceased: { ...content.deceased }, dateOfDeath: content.dateOfDeath };
  switch (content.kind) {
    case 'medical-certificate':
      return {
        ...base,
        timeOfDeath: content.timeOfDeath,
        placeOfDeath: content.placeOfDeath,
        placeKind: content.placeKind,
        causes: content.causes.map((line) => ({ ...line })),
        doctor: content.doctor,
      };
    case 'police-proof':
      return {
        ...base,
        timeOfDeath: content.timeOfDeath,
        placeOfDeath: content.placeOfDeath,
        manner: content.manner,
        incidentNumber: content.incidentNumber,
        officer: content.officer,
      };
    case 'cremation':
      return { ...base, cremationDate: content.cremationDate, officer: content.officer };
    case 'burial':
      return {
        ...base,
        burialDate: content.burialDate,
        burialPlace: content.burialPlace,
        officer: content.officer,
      };
  }
}

/** The form's values as the report the server takes. */
export function contentOf(
  kind: DeathReportKind,
  v: ReportFormValues,
  homeReportId?: string,
): DeathReportContent {
  const text = (value: string | undefined) => (value ?? '').trim();
  const deceased = {
    idNumber: text(v.deceased?.idNumber).toUpperCase(),
    name: text(v.deceased?.name),
    gender: v.deceased?.gender ?? 'male',
  };
  const dateOfDeath = text(v.dateOfDeath);
  switch (kind) {
    case 'medical-certificate':
      return {
        kind,
        deceased,
        dateOfDeath,
        timeOfDeath: text(v.timeOfDeath),
        placeOfDeath: text(v.placeOfDeath),
        placeKind: v.placeKind ?? 'other',
        causes: (v.causes ?? []).map((line) => ({
          cause: text(line?.cause),
          icd10: text(line?.icd10).toUpperCase(),
          interval: text(line?.interval),
        })),
        doctor: text(v.doctor),
        ...(homeReportId ? { homeReportId } : {}),
      };
    case 'police-proof':
      return {
        kind,
        deceased,
        dateOfDeath,
        timeOfDeath: text(v.timeOfDeath),
        placeOfDeath: text(v.placeOfDeath),
        manner: v.manner ?? 'undetermined',
        incidentNumber: text(v.incidentNumber),
        officer: text(v.officer),
      };
    case 'cremation':
      return { kind, deceased, dateOfDeath, cremationDate: text(v.cremationDate), officer: text(v.officer) };
    case 'burial':
      return {
        kind,
        deceased,
        dateOfDeath,
        burialDate: text(v.burialDate),
        burialPlace: text(v.burialPlace),
        officer: text(v.officer),
      };
  }
}

interface ReportFormProps {
  kind: DeathReportKind;
  initial?: ReportFormValues | undefined;
  /** A correction: the deceased's ID number stays as issued and a reason is required. */
  correction?: boolean;
  /** The family's report of a death at home this certificate answers. */
  homeReportId?: string | undefined;
  submitLabel: string;
  onSubmit(content: DeathReportContent, reason: string | undefined): Promise<void>;
  onCancel?: (() => void) | undefined;
  /** Something to offer beside a refusal (for example, opening the report that already stands). */
  refusalAction?: ((error: unknown) => ReactNode) | undefined;
}

export function ReportForm({
  kind,
  initial,
  correction = false,
  homeReportId,
  submitLabel,
  onSubmit,
  onCancel,
  refusalAction,
}: ReportFormProps) {
  const { t, language, describeError } = useAppState();
  const [form] = Form.useForm<ReportFormValues>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ error: unknown; problems: FieldProblem[] } | null>(null);
  const label = (field: string) => {
    const entry = REPORT_FIELD_LABELS[field];
    return entry ? pick(language, entry.zh, entry.en) : field;
  };
  const required = (field: string, choice = false) => [
    {
      required: true,
      whitespace: !choice,
      message: t(choice ? 'requiredChoice' : 'required', { label: label(field) }),
    },
  ];
  const startValues: ReportFormValues = {
    ...(kind === 'medical-certificate' ? { causes: [{}] } : {}),
    ...initial,
  };

  async function finish(values: ReportFormValues) {
    setBusy(true);
    setRefusal(null);
    try {
      await onSubmit(contentOf(kind, values, homeReportId), correction ? values.reason?.trim() : undefined);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        const causes = form.getFieldValue('causes')?.length ?? 0;
        const onForm = error.fields.filter((p) => isFormField(kind, correction, p.field, causes));
        form.setFields(
          onForm.map((p) => ({
            name: namePath(p.field) as never,
            errors: [language === 'en' ? p.en : p.zh],
          })),
        );
        const elsewhere = error.fields.filter((p) => !onForm.includes(p));
        setRefusal(elsewhere.length > 0 ? { error, problems: elsewhere } : null);
        if (onForm[0]) form.scrollToField(namePath(onForm[0].field) as never, { block: 'center' });
      } else {
        setRefusal({ error, problems: [] });
      }
    } finally {
      setBusy(false);
    }
  }

  const date = (field: string) => (
    <Form.Item label={label(field)} name={field} rules={required(field)}>
      <Input type="date" />
    </Form.Item>
  );
  const time = (
    <Form.Item
      label={label('timeOfDeath')}
      name="timeOfDeath"
      extra={t('issuerTimeHelp')}
      rules={required('timeOfDeath')}
    >
      <Input type="time" />
    </Form.Item>
  );
  const textField = (field: string, maxLength = 50) => (
    <Form.Item label={label(field)} name={field} rules={required(field)}>
      <Input maxLength={maxLength} />
    </Form.Item>
  );

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={startValues}
      onFinish={(values) => void finish(values)}
      className="lb-report-form"
    >
      {refusal ? (
        <Alert
          className="lb-gap"
          type="error"
          showIcon
          role="alert"
          title={
            refusal.problems.length > 0
              ? refusal.problems.map((p) => (language === 'en' ? p.en : p.zh)).join('；')
              : describeError(refusal.error)
          }
          action={refusalAction?.(refusal.error)}
        />
      ) : null}

      <fieldset className="lb-report-fieldset">
        <legend>{t('issuerDeceasedHeading')}</legend>
        <div className="lb-report-grid">
          <Form.Item
            label={label('deceased.idNumber')}
            name={['deceased', 'idNumber']}
            rules={required('deceased.idNumber')}
            extra={correction ? t('issuerIdFixed') : undefined}
          >
            <Input
              maxLength={18}
              autoComplete="off"
              className="lb-code"
              disabled={correction}
              onChange={(event) => {
                const gender = genderFromIdNumber(event.target.value);
                if (gender && event.target.value.trim().length === 18)
                  form.setFieldValue(['deceased', 'gender'], gender);
              }}
            />
          </Form.Item>
          <Form.Item
            label={label('deceased.name')}
            name={['deceased', 'name']}
            rules={required('deceased.name')}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={label('deceased.gender')}
            name={['deceased', 'gender']}
            rules={required('deceased.gender', true)}
          >
            <Radio.Group
              options={[
                { value: 'male', label: t('genderMale') },
                { value: 'female', label: t('genderFemale') },
              ]}
            />
          </Form.Item>
        </div>
      </fieldset>

      <fieldset className="lb-report-fieldset">
        <legend>{t('issuerEventHeading')}</legend>
        <div className="lb-report-grid">
          {date('dateOfDeath')}
          {kind === 'medical-certificate' || kind === 'police-proof' ? time : null}
          {kind === 'cremation' ? date('cremationDate') : null}
          {kind === 'burial' ? date('burialDate') : null}
        </div>
        {kind === 'medical-certificate' || kind === 'police-proof' ? (
          <div className="lb-report-grid">
            <Form.Item label={label('placeOfDeath')} name="placeOfDeath" rules={required('placeOfDeath')}>
              <Input maxLength={200} />
            </Form.Item>
            {kind === 'medical-certificate' ? (
              <Form.Item label={label('placeKind')} name="placeKind" rules={required('placeKind', true)}>
                <NativeSelect placeholder={t('regionPlaceholder')}>
                  {PLACE_KINDS.map((value) => (
                    <option key={value} value={value}>
                      {pick(language, PLACE_KIND_LABELS[value].zh, PLACE_KIND_LABELS[value].en)}
                    </option>
                  ))}
                </NativeSelect>
              </Form.Item>
            ) : (
              <Form.Item label={label('manner')} name="manner" rules={required('manner', true)}>
                <NativeSelect placeholder={t('regionPlaceholder')}>
                  {MANNERS.map((value) => (
                    <option key={value} value={value}>
                      {pick(language, MANNER_LABELS[value].zh, MANNER_LABELS[value].en)}
                    </option>
                  ))}
                </NativeSelect>
              </Form.Item>
            )}
          </div>
        ) : null}
        {kind === 'burial' ? (
          <Form.Item label={label('burialPlace')} name="burialPlace" rules={required('burialPlace')}>
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
      </fieldset>

      {kind === 'medical-certificate' ? <CauseLines /> : null}

      <fieldset className="lb-report-fieldset">
        <legend>{t('issuerSignHeading')}</legend>
        <div className="lb-report-grid">
          {kind === 'medical-certificate' ? textField('doctor') : null}
          {kind === 'police-proof' ? textField('incidentNumber') : null}
          {kind !== 'medical-certificate' ? textField('officer') : null}
        </div>
      </fieldset>

      {correction ? (
        <Form.Item
          label={label('reason')}
          name="reason"
          extra={t('issuerReasonHelp')}
          rules={required('reason')}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      ) : null}

      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}

/** The cause-of-death chain: a (the immediate cause) is always there; b to d can be added. */
function CauseLines() {
  const { t } = useAppState();
  return (
    <fieldset className="lb-report-fieldset">
      <legend>{t('issuerCausesHeading')}</legend>
      <p className="lb-field-help">{t('issuerCausesHelp')}</p>
      <Form.List name="causes">
        {(lines, { add, remove }) => (
          <>
            <ol className="lb-cause-lines">
              {lines.map((line, index) => {
                const letter = LETTERS[index] ?? '?';
                const name = (part: 'cause' | 'icd10' | 'interval') => t(CAUSE_PART_KEYS[part], { letter });
                return (
                  <li key={line.key} className="lb-cause-line" data-cause-line={letter}>
                    <div className="lb-cause-letter" aria-hidden="true">
                      {letter}
                    </div>
                    <div className="lb-cause-fields">
                      <Form.Item
                        label={name('cause')}
                        name={[line.name, 'cause']}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t('required', { label: name('cause') }),
                          },
                        ]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                      <Form.Item
                        label={name('icd10')}
                        name={[line.name, 'icd10']}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t('required', { label: name('icd10') }),
                          },
                        ]}
                      >
                        <Input maxLength={8} className="lb-code" autoComplete="off" />
                      </Form.Item>
                      <Form.Item label={name('interval')} name={[line.name, 'interval']}>
                        <Input maxLength={30} />
                      </Form.Item>
                    </div>
                    {index > 0 ? (
                      <Button
                        className="lb-cause-remove"
                        onClick={() => remove(line.name)}
                        aria-label={t('issuerCauseRemove', { letter })}
                      >
                        {t('issuerCauseRemoveShort')}
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {lines.length < MAX_CAUSES ? (
              <Button className="lb-cause-add" onClick={() => add({})}>
                {t('issuerCauseAdd', { letter: LETTERS[lines.length] ?? '' })}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
