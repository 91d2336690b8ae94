/**
 * "An application for this person already exists." Shown when a family member (or a clerk) starts
 * an application for someone whose case is still open: the case's code, its state, when and by
 * whom (masked) it was made — and what a real office offers. Their own case: follow it. Another
 * heir's: join it and follow it from their own account. At the window: the earlier case, to open
 * from the queue instead of starting a second one.
 */
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { RELATIONSHIPS } from '../../domain/fields.ts';
import { api, type ExistingCase } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { pick } from '../i18n.ts';

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

export function ExistingCaseNotice({
  existing,
  deceasedIdNumber,
  audience,
}: {
  existing: ExistingCase;
  deceasedIdNumber: string;
  audience: 'family' | 'window';
}) {
  const { t, language, describeError } = useAppState();
  const navigate = useNavigate();
  const [relationship, setRelationship] = useState('');
  const [relationshipProblem, setRelationshipProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const follow = `/portal/cases/${encodeURIComponent(existing.code)}`;

  async function join() {
    if (!relationship) {
      setRelationshipProblem(true);
      document.getElementById('existing-relationship')?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.joinCase(existing.code, { deceasedIdNumber, relationship });
      navigate(follow);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="lb-existing-case" aria-labelledby="existing-case-title">
      <h2 id="existing-case-title" className="lb-step-heading">
        {existing.state === 'delivered' ? t('existingCaseDeliveredTitle') : t('existingCaseTitle')}
      </h2>
      <p className="lb-lead">
        {existing.yours
          ? t('existingCaseYours')
          : audience === 'window'
            ? t('existingCaseWindow')
            : t('existingCaseOthers')}
      </p>
      <dl className="lb-facts">
        <div>
          <dt>{t('caseCode')}</dt>
          <dd className="lb-code lb-code-whole">{existing.code}</dd>
        </div>
        <div>
          <dt>{t('existingCaseState')}</dt>
          <dd>{pick(language, existing.stateLabel.zh, existing.stateLabel.en)}</dd>
        </div>
        <div>
          <dt>{t('existingCaseSubmittedOn')}</dt>
          <dd>{formatDay(existing.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('existingCaseApplicant')}</dt>
          <dd>
            {existing.applicantNameMasked}（{existing.applicantPhoneMasked}）
          </dd>
        </div>
        {existing.reapplyFrom ? (
          <div>
            <dt>{t('existingCaseReapplyFrom')}</dt>
            <dd>{existing.reapplyFrom}</dd>
          </div>
        ) : null}
      </dl>
      {audience === 'window' ? null : existing.yours || existing.joined ? (
        <Link to={follow} className="lb-link-strong lb-gap">
          {t('existingCaseFollow')}
        </Link>
      ) : (
        <form
          className="lb-gap"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void join();
          }}
        >
          <p>{t('existingCaseJoinExplain')}</p>
          <div className="lb-field">
            <label htmlFor="existing-relationship" className="lb-label">
              {t('existingCaseRelationship')}
            </label>
            <NativeSelect
              id="existing-relationship"
              placeholder={t('existingCaseRelationshipPlaceholder')}
              value={relationship}
              aria-invalid={relationshipProblem ? true : undefined}
              aria-describedby={relationshipProblem ? 'existing-relationship-error' : undefined}
              onChange={(event) => {
                setRelationship(event.target.value);
                setRelationshipProblem(false);
              }}
              style={{ width: '100%' }}
            >
              {RELATIONSHIPS.map((r) => (
                <option key={r.code} value={r.code}>
                  {pick(language, r.zh, r.en)}
                </option>
              ))}
            </NativeSelect>
            {relationshipProblem ? (
              <p id="existing-relationship-error" className="lb-field-error">
                {t('existingCaseRelationshipMissing')}
              </p>
            ) : null}
          </div>
          {failure ? (
            <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
          ) : null}
          <Button type="primary" size="large" block htmlType="submit" loading={busy}>
            {t('existingCaseJoin')}
          </Button>
        </form>
      )}
    </section>
  );
}
