/**
 * The family's application for one matter, household registration cancellation (户口注销), one
 * group of questions per screen so it reads well on a phone. Client checks only help the family;
 * the server decides, and its field problems are put back on the named fields.
 *
 * Every step stays mounted (hidden, not removed) so a server problem on an earlier step can be
 * shown on its field when the family is sent back there.
 */
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Steps, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { RELATIONSHIPS } from '../../domain/fields.ts';
import { isValidMobileNumber, isValidResidentIdNumber } from '../../domain/identity-numbers.ts';
import { ApiError, type ApplicationBody, api, type CaseDetail, type Region } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { useLoad } from '../components/use-load.ts';
import { type Language, type MessageKey, pick } from '../i18n.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';

const MATTER_CODE = 'household-registration-cancellation';

interface ApplicationValues {
  regionCode?: string;
  deceased?: { name?: string; idNumber?: string; dateOfDeath?: string };
  applicant?: { name?: string; phone?: string; relationship?: string };
  declarationAccepted?: boolean;
}

type FieldPath = readonly string[];

const STEPS: { titleKey: MessageKey; fields: FieldPath[] }[] = [
  { titleKey: 'stepRegion', fields: [['regionCode']] },
  {
    titleKey: 'stepDeceased',
    fields: [
      ['deceased', 'name'],
      ['deceased', 'idNumber'],
      ['deceased', 'dateOfDeath'],
    ],
  },
  {
    titleKey: 'stepApplicant',
    fields: [
      ['applicant', 'name'],
      ['applicant', 'phone'],
      ['applicant', 'relationship'],
    ],
  },
  { titleKey: 'stepReview', fields: [['declarationAccepted']] },
];

/** crypto.randomUUID exists only in secure contexts; an intranet deployment over plain HTTP lacks it. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Today in China, where the date of death is judged. */
function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function stepOfField(field: string): number {
  const index = STEPS.findIndex((step) => step.fields.some((path) => path.join('.') === field));
  return index === -1 ? STEPS.length - 1 : index;
}

function regionLabel(language: Language, region: Region): string {
  return pick(language, region.nameZh, region.nameEn);
}

export function ApplyPage() {
  const { t, me, sessionStatus } = useAppState();
  const [created, setCreated] = useState<CaseDetail | null>(null);
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{created ? t('submitted') : t('applyTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <CitizenSignIn returnTo="/portal/apply" />
      ) : created ? (
        <Submitted detail={created} />
      ) : (
        <ApplicationForm onCreated={setCreated} />
      )}
    </div>
  );
}

function Submitted({ detail }: { detail: CaseDetail }) {
  const { t } = useAppState();
  const navigate = useNavigate();
  return (
    <Card>
      <Typography.Paragraph>{t('caseCode')}</Typography.Paragraph>
      <p className="lb-case-code" data-testid="case-code">
        {detail.code}
      </p>
      <Typography.Paragraph>{t('submittedHint')}</Typography.Paragraph>
      <Flex vertical gap="middle">
        <Link to={`/portal/cases/${encodeURIComponent(detail.code)}`} className="lb-link-strong">
          {t('viewProgress')}
        </Link>
        <Button onClick={() => navigate('/portal')}>{t('backToMyCases')}</Button>
      </Flex>
    </Card>
  );
}

function ApplicationForm({ onCreated }: { onCreated: (detail: CaseDetail) => void }) {
  const { t, language, describeError } = useAppState();
  const [form] = Form.useForm<ApplicationValues>();
  const [current, setCurrent] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ error: unknown; unplaced: string[] } | null>(null);
  // One key per form: a double tap or a retry after a lost response yields the same case.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  const movedRef = useRef(false);
  const today = useMemo(chinaToday, []);
  // The questionnaire's 开始申请 passes the county it was answered for.
  const [searchParams] = useSearchParams();
  const linkedRegion = searchParams.get('region');

  const regions = useLoad('regions', (signal) => api.regions(signal));
  const matters = useLoad('matters', (signal) => api.matters(signal));
  const matter = matters.data?.items.find((m) => m.code === MATTER_CODE);
  const values = Form.useWatch([], { form, preserve: true }) as ApplicationValues | undefined;
  const chosenRegion = regions.data?.items.find((r) => r.code === values?.regionCode);

  const regionGroups = useMemo(() => {
    const groups = new Map<string, { label: string; items: Region[] }>();
    for (const region of regions.data?.items ?? []) {
      const key = region.parentCode ?? '';
      const label = pick(language, region.parentNameZh ?? '', region.parentNameEn);
      const group = groups.get(key) ?? { label, items: [] };
      group.items.push(region);
      groups.set(key, group);
    }
    return [...groups.values()];
  }, [regions.data, language]);

  // After a step change, move focus to the new step's heading so screen readers announce it.
  useEffect(() => {
    if (!movedRef.current) return;
    headingRefs.current[current]?.focus();
  }, [current]);

  function goTo(step: number) {
    movedRef.current = true;
    setCurrent(step);
  }

  /** Validates the named fields (all when omitted); on failure puts focus on the first problem. */
  async function validate(fields?: FieldPath[]): Promise<ApplicationValues | null> {
    try {
      return fields
        ? await form.validateFields(fields.map((path) => [...path]))
        : await form.validateFields();
    } catch (caught) {
      const first = (caught as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) {
        const step = stepOfField(first.name.join('.'));
        if (step !== current) goTo(step);
        form.scrollToField(first.name);
        form.focusField(first.name);
      }
      return null;
    }
  }

  async function next() {
    if (await validate(STEPS[current]?.fields)) goTo(current + 1);
  }

  async function submit() {
    if (submitting) return;
    const all = await validate();
    if (!all) return;
    const body: ApplicationBody = {
      regionCode: all.regionCode ?? '',
      matterCodes: [MATTER_CODE],
      deceased: {
        name: all.deceased?.name?.trim() ?? '',
        idNumber: all.deceased?.idNumber?.trim().toUpperCase() ?? '',
        dateOfDeath: all.deceased?.dateOfDeath ?? '',
      },
      applicant: {
        name: all.applicant?.name?.trim() ?? '',
        phone: all.applicant?.phone?.trim() ?? '',
        relationship: all.applicant?.relationship ?? '',
      },
      declarationAccepted: all.declarationAccepted === true,
    };
    setSubmitting(true);
    setSubmitError(null);
    try {
      onCreated(await api.createCase(body, idempotencyKey));
    } catch (error) {
      const problems = error instanceof ApiError ? error.fields : [];
      const known = new Set(STEPS.flatMap((step) => step.fields.map((path) => path.join('.'))));
      const placed = problems.filter((p) => known.has(p.field));
      const unplaced = problems
        .filter((p) => !known.has(p.field))
        .map((p) => (language === 'en' ? `${p.labelEn}: ${p.en}` : `${p.labelZh}：${p.zh}`));
      // The server names fields by dot path; every path in `placed` is one of STEPS' fields.
      type Fields = Parameters<typeof form.setFields>[0];
      form.setFields(
        placed.map((p) => ({
          name: p.field.split('.'),
          errors: [language === 'en' ? p.en : p.zh],
        })) as Fields,
      );
      setSubmitError({ error, unplaced });
      if (placed.length > 0) goTo(Math.min(...placed.map((p) => stepOfField(p.field))));
    } finally {
      setSubmitting(false);
    }
  }

  const required = (label: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('required', { label: t(label) }),
  });
  const relationshipLabel = RELATIONSHIPS.find((r) => r.code === values?.applicant?.relationship);

  return (
    <>
      {matter ? (
        <Typography.Paragraph>
          {t('applyMatterNote', {
            department: pick(language, matter.departmentNameZh, matter.departmentNameEn),
            days: matter.committedWorkingDays,
          })}
        </Typography.Paragraph>
      ) : null}
      <Steps
        className="lb-steps"
        current={current}
        size="small"
        responsive={false}
        titlePlacement="vertical"
        items={STEPS.map((step) => ({ title: t(step.titleKey) }))}
      />
      <Typography.Paragraph type="secondary">
        {t('stepOf', { current: current + 1, total: STEPS.length })}
      </Typography.Paragraph>
      {submitError ? (
        <Alert
          className="lb-gap"
          type="error"
          showIcon
          role="alert"
          title={describeError(submitError.error)}
          description={
            submitError.unplaced.length > 0 ? (
              <ul className="lb-error-list">
                {submitError.unplaced.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Card>
        {/* Our own <form>: Enter on an early step means "next", not "submit everything". */}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (current < STEPS.length - 1 ? next() : submit());
          }}
        >
          <Form<ApplicationValues>
            component={false}
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={{
              declarationAccepted: false,
              ...(linkedRegion && /^\d{6}$/.test(linkedRegion) ? { regionCode: linkedRegion } : {}),
            }}
          >
            <section hidden={current !== 0}>
              <StepHeading
                id="step-0"
                ref={(el) => {
                  headingRefs.current[0] = el;
                }}
                text={t('stepRegion')}
              />
              {regions.error ? <LoadError error={regions.error} onRetry={regions.reload} /> : null}
              <Form.Item
                label={t('region')}
                name="regionCode"
                extra={t('regionHelp')}
                rules={[{ required: true, message: t('requiredChoice', { label: t('region') }) }]}
              >
                <NativeSelect placeholder={t('regionPlaceholder')}>
                  {regionGroups.map((group) => (
                    <optgroup key={group.label} label={group.label}>
                      {group.items.map((region) => (
                        <option key={region.code} value={region.code}>
                          {regionLabel(language, region)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </NativeSelect>
              </Form.Item>
              {chosenRegion ? (
                <Typography.Paragraph type="secondary">
                  {[
                    pick(language, chosenRegion.parentNameZh ?? '', chosenRegion.parentNameEn),
                    regionLabel(language, chosenRegion),
                    chosenRegion.funeralMode === 'cremation'
                      ? t('funeralModeCremation')
                      : chosenRegion.funeralMode === 'burial'
                        ? t('funeralModeBurial')
                        : '',
                    chosenRegion.pilot ? t('regionPilot') : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Paragraph>
              ) : null}
            </section>

            <section hidden={current !== 1}>
              <StepHeading
                id="step-1"
                ref={(el) => {
                  headingRefs.current[1] = el;
                }}
                text={t('stepDeceased')}
              />
              <Form.Item
                label={t('deceasedName')}
                name={['deceased', 'name']}
                rules={[required('deceasedName')]}
              >
                <Input autoComplete="off" maxLength={40} />
              </Form.Item>
              <Form.Item
                label={t('idNumber')}
                name={['deceased', 'idNumber']}
                extra={t('idNumberHelp')}
                rules={[
                  required('idNumber'),
                  {
                    validator: (_rule, value: string | undefined) =>
                      !value || isValidResidentIdNumber(value.trim())
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('invalidIdNumber'))),
                  },
                ]}
              >
                <Input autoComplete="off" maxLength={18} spellCheck={false} />
              </Form.Item>
              <Form.Item
                label={t('dateOfDeath')}
                name={['deceased', 'dateOfDeath']}
                rules={[
                  required('dateOfDeath'),
                  {
                    validator: (_rule, value: string | undefined) => {
                      if (!value) return Promise.resolve();
                      if (!isIsoDate(value)) return Promise.reject(new Error(t('invalidDate')));
                      if (value > today) return Promise.reject(new Error(t('futureDate')));
                      return Promise.resolve();
                    },
                  },
                ]}
              >
                <Input type="date" max={today} min="1900-01-01" placeholder="YYYY-MM-DD" />
              </Form.Item>
            </section>

            <section hidden={current !== 2}>
              <StepHeading
                id="step-2"
                ref={(el) => {
                  headingRefs.current[2] = el;
                }}
                text={t('stepApplicant')}
              />
              <Form.Item
                label={t('applicantName')}
                name={['applicant', 'name']}
                rules={[required('applicantName')]}
              >
                <Input autoComplete="name" maxLength={40} />
              </Form.Item>
              <Form.Item
                label={t('phone')}
                name={['applicant', 'phone']}
                rules={[
                  required('phone'),
                  {
                    validator: (_rule, value: string | undefined) =>
                      !value || isValidMobileNumber(value.trim())
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('invalidPhone'))),
                  },
                ]}
              >
                <Input type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} />
              </Form.Item>
              <Form.Item
                label={t('relationship')}
                name={['applicant', 'relationship']}
                rules={[{ required: true, message: t('requiredChoice', { label: t('relationship') }) }]}
              >
                <NativeSelect placeholder={t('relationshipPlaceholder')}>
                  {RELATIONSHIPS.map((r) => (
                    <option key={r.code} value={r.code}>
                      {language === 'en' ? r.en : r.zh}
                    </option>
                  ))}
                </NativeSelect>
              </Form.Item>
            </section>

            <section hidden={current !== 3}>
              <StepHeading
                id="step-3"
                ref={(el) => {
                  headingRefs.current[3] = el;
                }}
                text={t('stepReview')}
              />
              <Typography.Paragraph>{t('reviewHint')}</Typography.Paragraph>
              <Descriptions
                column={1}
                size="small"
                bordered
                className="lb-gap"
                items={[
                  {
                    key: 'region',
                    label: t('region'),
                    children: chosenRegion ? regionLabel(language, chosenRegion) : '',
                  },
                  { key: 'deceasedName', label: t('deceasedName'), children: values?.deceased?.name },
                  {
                    key: 'idNumber',
                    label: t('idNumber'),
                    children: values?.deceased?.idNumber?.toUpperCase(),
                  },
                  { key: 'dateOfDeath', label: t('dateOfDeath'), children: values?.deceased?.dateOfDeath },
                  { key: 'applicantName', label: t('applicantName'), children: values?.applicant?.name },
                  { key: 'phone', label: t('phone'), children: values?.applicant?.phone },
                  {
                    key: 'relationship',
                    label: t('relationship'),
                    children: relationshipLabel
                      ? language === 'en'
                        ? relationshipLabel.en
                        : relationshipLabel.zh
                      : '',
                  },
                ]}
              />
              <Form.Item
                name="declarationAccepted"
                valuePropName="checked"
                rules={[
                  {
                    validator: (_rule, value: boolean | undefined) =>
                      value ? Promise.resolve() : Promise.reject(new Error(t('declarationRequired'))),
                  },
                ]}
              >
                <Checkbox>{t('declaration')}</Checkbox>
              </Form.Item>
            </section>

            <Flex gap="middle" className="lb-step-buttons">
              {current > 0 ? (
                <Button className="lb-grow" onClick={() => goTo(current - 1)} disabled={submitting}>
                  {t('previous')}
                </Button>
              ) : null}
              {current < STEPS.length - 1 ? (
                <Button key="next" className="lb-grow" type="primary" htmlType="submit">
                  {t('next')}
                </Button>
              ) : (
                <Button
                  key="submit"
                  className="lb-grow"
                  type="primary"
                  htmlType="submit"
                  loading={submitting}
                >
                  {t('submit')}
                </Button>
              )}
            </Flex>
          </Form>
        </form>
      </Card>
    </>
  );
}

interface StepHeadingProps {
  id: string;
  text: string;
  ref: (element: HTMLHeadingElement | null) => void;
}

function StepHeading({ id, text, ref }: StepHeadingProps) {
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="lb-step-heading">
      {text}
    </h2>
  );
}
