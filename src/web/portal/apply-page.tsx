/**
 * The start of an application at /portal/apply, reached from the questionnaire's 开始申请: the
 * county and the answers come with it, and the deceased's ID number too if it was given there;
 * otherwise it is asked here. One tap creates the draft — shared data fills in what it knows —
 * and the form opens. Without a questionnaire behind it, the page sends the family there first,
 * because the answers decide which matters (and so which questions) the one form has.
 */
import { Alert, Button, Card, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isValidResidentIdNumber } from '../../domain/identity-numbers.ts';
import { ApiError, existingCaseOf } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import {
  type ApplicationStart,
  forgetApplicationStart,
  readApplicationStart,
  rememberApplicationStart,
} from '../application/application-start.ts';
import { draftApi } from '../application/draft-api.ts';
import { problemText } from '../application/draft-field.tsx';
import { ExistingCaseNotice } from '../application/existing-case.tsx';
import { Loading } from '../components/loading.tsx';
import { useRegions } from '../guide/region-select.tsx';
import { pick } from '../i18n.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';

export function ApplyPage() {
  const { t, me, sessionStatus } = useAppState();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('applyStartTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <CitizenSignIn returnTo="/portal/apply" />
      ) : (
        <StartApplication />
      )}
    </div>
  );
}

function StartApplication() {
  const { t } = useAppState();
  const location = useLocation();
  const [start] = useState(() => readApplicationStart(location.state));

  useEffect(() => {
    if (start) rememberApplicationStart(start);
  }, [start]);

  if (!start) {
    return (
      <Card>
        <Typography.Paragraph className="lb-lead">{t('applyNeedsQuestionnaire')}</Typography.Paragraph>
        <Link to="/portal/guide-me" className="lb-link-strong">
          {t('landingGuideMe')}
        </Link>
      </Card>
    );
  }
  return <StartForm start={start} />;
}

function StartForm({ start }: { start: ApplicationStart }) {
  const { t, language, describeError } = useAppState();
  const navigate = useNavigate();
  const regions = useRegions();
  const region = regions.data?.items.find((r) => r.code === start.regionCode);
  const [askId, setAskId] = useState(!start.deceasedIdNumber);
  const [idNumber, setIdNumber] = useState(start.deceasedIdNumber ?? '');
  const [idProblem, setIdProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function begin() {
    if (busy) return;
    const id = idNumber.trim().toUpperCase();
    if (!isValidResidentIdNumber(id)) {
      setAskId(true);
      setIdProblem(t('invalidIdNumber'));
      document.getElementById('apply-deceased-id')?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    setIdProblem(null);
    try {
      const draft = await draftApi.start({
        regionCode: start.regionCode,
        answers: start.answers,
        deceasedIdNumber: id,
      });
      forgetApplicationStart();
      navigate(`/portal/drafts/${encodeURIComponent(draft.id)}`, { replace: true });
    } catch (error) {
      const onId =
        error instanceof ApiError ? error.fields.find((f) => f.field === 'deceased.idNumber') : undefined;
      if (onId) {
        setAskId(true);
        setIdProblem(problemText(language, onId));
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const goBack =
    failure instanceof ApiError && ['NOT_COVERED', 'QUESTIONS_UNANSWERED'].includes(failure.code);
  const existing = existingCaseOf(failure);

  if (existing) {
    return (
      <Card>
        <ExistingCaseNotice
          existing={existing}
          deceasedIdNumber={idNumber.trim().toUpperCase()}
          audience="family"
        />
      </Card>
    );
  }

  return (
    <Card>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void begin();
        }}
      >
        <h2 className="lb-step-heading">{t('applyStartHeading')}</h2>
        <dl className="lb-facts">
          <div>
            <dt>{t('region')}</dt>
            <dd>{region ? pick(language, region.nameZh, region.nameEn) : start.regionCode}</dd>
          </div>
          {askId ? null : (
            <div>
              <dt>{t('deceasedIdNumber')}</dt>
              <dd className="lb-code lb-code-whole">{idNumber}</dd>
            </div>
          )}
        </dl>
        {askId ? (
          <div className="lb-field">
            <label htmlFor="apply-deceased-id" className="lb-label">
              {t('deceasedIdNumber')}
            </label>
            <Input
              id="apply-deceased-id"
              value={idNumber}
              maxLength={18}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={
                idProblem ? 'apply-deceased-id-help apply-deceased-id-error' : 'apply-deceased-id-help'
              }
              aria-invalid={idProblem ? true : undefined}
              status={idProblem ? 'error' : undefined}
              onChange={(event) => {
                setIdNumber(event.target.value);
                setIdProblem(null);
              }}
            />
            <div id="apply-deceased-id-help" className="lb-field-help">
              {t('applyIdHelp')}
            </div>
            {idProblem ? (
              <p id="apply-deceased-id-error" className="lb-field-error">
                {idProblem}
              </p>
            ) : null}
          </div>
        ) : null}
        <ul className="lb-bullets lb-gap">
          <li>{t('applyWhatNext1')}</li>
          <li>{t('applyWhatNext2')}</li>
          <li>{t('applyWhatNext3')}</li>
        </ul>
        {failure ? (
          <Alert
            className="lb-gap"
            type="error"
            showIcon
            role="alert"
            title={describeError(failure)}
            description={
              goBack ? (
                <Link to="/portal/guide-me" className="lb-link-strong">
                  {t('applyBackToQuestionnaire')}
                </Link>
              ) : undefined
            }
          />
        ) : null}
        <Button type="primary" size="large" block htmlType="submit" loading={busy}>
          {t('applyStartButton')}
        </Button>
      </form>
    </Card>
  );
}
