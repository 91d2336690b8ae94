/**
 * 报告居家死亡 at /portal/report-home-death: a relative died at home and nobody has certified the
 * death yet, so the family tells the village or community clinic of the county (直系亲属向村（社区）
 * 报告). The clinic sees it in its queue, calls, checks and issues the medical death certificate;
 * then the platform prepares the application. Each problem shows on its own field, in Chinese.
 */
import { Alert, Button, Card, Input, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { serviceDate } from '../../domain/clock.ts';
import { isValidMobileNumber, isValidResidentIdNumber } from '../../domain/identity-numbers.ts';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { problemText } from '../application/draft-field.tsx';
import { Loading } from '../components/loading.tsx';
import { isRegionCode } from '../guide/catalog-api.ts';
import { chosenRegion } from '../guide/region-memory.ts';
import { RegionSelect } from '../guide/region-select.tsx';
import { CitizenSignIn } from './citizen-sign-in.tsx';
import { homeDeathApi } from './death-registry-api.ts';

export function ReportHomeDeathPage() {
  const { t, me, sessionStatus } = useAppState();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('homeDeathTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <>
          <Typography.Paragraph>{t('homeDeathIntro')}</Typography.Paragraph>
          <CitizenSignIn returnTo="/portal/report-home-death" />
        </>
      ) : (
        <ReportForm />
      )}
    </div>
  );
}

/** The form's fields, by the names the server uses for their problems. */
const FIELDS = [
  'deceased.idNumber',
  'deceased.name',
  'regionCode',
  'address',
  'dateOfDeath',
  'phone',
  'note',
] as const;
type Field = (typeof FIELDS)[number];

const DOM_ID: Record<Field, string> = {
  'deceased.idNumber': 'home-death-id',
  'deceased.name': 'home-death-name',
  regionCode: 'home-death-region',
  address: 'home-death-address',
  dateOfDeath: 'home-death-date',
  phone: 'home-death-phone',
  note: 'home-death-note',
};

type Values = Record<Field, string>;
type Problems = Partial<Record<Field, string>>;

/** Refusals that are not a mistake in the form: said plainly, calmly. */
const SETTLED = ['HOME_DEATH_REPORTED', 'DEATH_ALREADY_CERTIFIED'];

function ReportForm() {
  const { t, language, describeError } = useAppState();
  const [values, setValues] = useState<Values>({
    'deceased.idNumber': '',
    'deceased.name': '',
    regionCode: chosenRegion() ?? '',
    address: '',
    dateOfDeath: '',
    phone: '',
    note: '',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const today = serviceDate(new Date());

  function set(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  }

  /** The same checks the server makes, so most mistakes are put right before sending. */
  function check(): Problems {
    const found: Problems = {};
    const id = values['deceased.idNumber'].trim().toUpperCase();
    if (!id) found['deceased.idNumber'] = t('required', { label: t('homeDeathIdNumber') });
    else if (!isValidResidentIdNumber(id)) found['deceased.idNumber'] = t('invalidIdNumber');
    if (!values['deceased.name'].trim())
      found['deceased.name'] = t('required', { label: t('homeDeathName') });
    if (!isRegionCode(values.regionCode)) found.regionCode = t('requiredChoice', { label: t('region') });
    if (!values.address.trim()) found.address = t('required', { label: t('homeDeathAddress') });
    if (!values.dateOfDeath) found.dateOfDeath = t('required', { label: t('homeDeathDate') });
    const phone = values.phone.trim();
    if (phone && !isValidMobileNumber(phone)) found.phone = t('homeDeathPhoneInvalid');
    return found;
  }

  function show(found: Problems) {
    setProblems(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) document.getElementById(DOM_ID[first])?.focus();
  }

  async function submit() {
    if (busy) return;
    setFailure(null);
    const found = check();
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      const phone = values.phone.trim();
      const note = values.note.trim();
      await homeDeathApi.report({
        deceasedIdNumber: values['deceased.idNumber'].trim().toUpperCase(),
        deceasedName: values['deceased.name'].trim(),
        regionCode: values.regionCode,
        address: values.address.trim(),
        dateOfDeath: values.dateOfDeath,
        ...(phone ? { phone } : {}),
        ...(note ? { note } : {}),
      });
      setSent(true);
    } catch (error) {
      const onFields: Problems = {};
      if (error instanceof ApiError) {
        for (const p of error.fields) {
          const field = FIELDS.find((f) => f === p.field);
          if (field && !onFields[field]) onFields[field] = problemText(language, p);
        }
      }
      if (Object.keys(onFields).length > 0) show(onFields);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (sent) return <Sent />;

  const anyProblem = FIELDS.some((f) => problems[f]);
  const settled = failure instanceof ApiError && SETTLED.includes(failure.code);

  return (
    <Card>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="lb-paragraph">{t('homeDeathIntro')}</p>
        <TextField
          field="deceased.idNumber"
          label={t('homeDeathIdNumber')}
          problem={problems['deceased.idNumber']}
        >
          {(common) => (
            <Input
              {...common}
              value={values['deceased.idNumber']}
              maxLength={18}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set('deceased.idNumber', e.target.value)}
            />
          )}
        </TextField>
        <TextField field="deceased.name" label={t('homeDeathName')} problem={problems['deceased.name']}>
          {(common) => (
            <Input
              {...common}
              value={values['deceased.name']}
              maxLength={50}
              autoComplete="off"
              onChange={(e) => set('deceased.name', e.target.value)}
            />
          )}
        </TextField>
        <RegionSelect
          id={DOM_ID.regionCode}
          value={values.regionCode}
          help={t('homeDeathRegionHelp')}
          invalid={Boolean(problems.regionCode)}
          errorId={`${DOM_ID.regionCode}-error`}
          onChange={(code) => set('regionCode', code)}
        />
        {problems.regionCode ? (
          <p id={`${DOM_ID.regionCode}-error`} className="lb-field-error">
            {problems.regionCode}
          </p>
        ) : null}
        <TextField
          field="address"
          label={t('homeDeathAddress')}
          help={t('homeDeathAddressHelp')}
          problem={problems.address}
        >
          {(common) => (
            <Input
              {...common}
              value={values.address}
              maxLength={200}
              autoComplete="street-address"
              onChange={(e) => set('address', e.target.value)}
            />
          )}
        </TextField>
        <TextField field="dateOfDeath" label={t('homeDeathDate')} problem={problems.dateOfDeath}>
          {(common) => (
            <Input
              {...common}
              type="date"
              min="1900-01-01"
              max={today}
              value={values.dateOfDeath}
              onChange={(e) => set('dateOfDeath', e.target.value)}
            />
          )}
        </TextField>
        <TextField
          field="phone"
          label={t('homeDeathPhone')}
          help={t('homeDeathPhoneHelp')}
          problem={problems.phone}
        >
          {(common) => (
            <Input
              {...common}
              type="tel"
              inputMode="numeric"
              autoComplete="tel"
              maxLength={11}
              value={values.phone}
              onChange={(e) => set('phone', e.target.value)}
            />
          )}
        </TextField>
        <TextField
          field="note"
          label={t('homeDeathNote')}
          help={t('homeDeathNoteHelp')}
          problem={problems.note}
        >
          {(common) => (
            <Input.TextArea
              {...common}
              rows={3}
              maxLength={500}
              value={values.note}
              onChange={(e) => set('note', e.target.value)}
            />
          )}
        </TextField>
        {anyProblem ? (
          <Alert className="lb-gap" type="error" showIcon role="alert" title={t('homeDeathFix')} />
        ) : null}
        {failure ? (
          <Alert
            className="lb-gap"
            type={settled ? 'info' : 'error'}
            showIcon
            role="alert"
            title={describeError(failure)}
            data-testid="home-death-refused"
          />
        ) : null}
        <Button type="primary" size="large" block htmlType="submit" loading={busy}>
          {t('homeDeathSubmit')}
        </Button>
      </form>
    </Card>
  );
}

interface Common {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  status: 'error' | undefined;
}

/** A label, the control, its help and its problem, tied together for screen readers. */
function TextField(props: {
  field: Field;
  label: string;
  help?: string;
  problem: string | undefined;
  children: (common: Common) => ReactNode;
}) {
  const { field, label, help, problem, children } = props;
  const id = DOM_ID[field];
  const describedBy = [help ? `${id}-help` : undefined, problem ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="lb-field">
      <label htmlFor={id} className="lb-label">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': problem ? true : undefined,
        status: problem ? 'error' : undefined,
      })}
      {help ? (
        <div id={`${id}-help`} className="lb-field-help">
          {help}
        </div>
      ) : null}
      {problem ? (
        <p id={`${id}-error`} className="lb-field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function Sent() {
  const { t } = useAppState();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  // The form is gone: the answer takes the focus, so it is read out.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Card data-testid="home-death-sent">
      <Typography.Title level={2} tabIndex={-1} ref={headingRef}>
        {t('homeDeathDoneTitle')}
      </Typography.Title>
      <Typography.Paragraph className="lb-lead">{t('homeDeathDoneBody')}</Typography.Paragraph>
      <Typography.Title level={3}>{t('homeDeathNextTitle')}</Typography.Title>
      <ol className="lb-bullets">
        <li>{t('homeDeathNext1')}</li>
        <li>{t('homeDeathNext2')}</li>
      </ol>
      <Link to="/portal" className="lb-link-strong">
        {t('offerToPortal')}
      </Link>
    </Card>
  );
}
