/**
 * The family's view of one case, calm and complete: where the case stands and what happens next,
 * what the family must do now (put right a correction notice, answer a department, confirm the
 * results were received), one timeline entry per department with its due date and result, the
 * notices as PDFs, who to call, and 好差评 once it is done. Benefits the paying bodies stopped from
 * the death record (信息应用) are listed too — what was stopped and from when, or that there was
 * nothing to stop — never anything about money paid after the death. Refresh is manual; nothing
 * moves on the page by itself.
 */
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Schemas } from '../api/client.ts';
import { useAppState } from '../app-state.tsx';
import { useProvisional } from '../components/due-date.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { ResultSummary } from '../components/result-summary.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { catalogApi, textIn } from '../guide/catalog-api.ts';
import { formatDateTime, type MessageKey, pick } from '../i18n.ts';
import {
  correctionItemName,
  documentUrl,
  familyApi,
  NOTICE_LABEL_KEYS,
  type TrackedCase,
} from '../workflow-api.ts';
import { CaseCorrection } from './case-correction.tsx';
import { CaseRating } from './case-rating.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { CertificateSummary } from './certificate-summary.tsx';
import { CitizenSignIn } from './citizen-sign-in.tsx';

export function CaseTrackingPage() {
  const { t, me, sessionStatus } = useAppState();
  const { code = '' } = useParams();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('trackingTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <CitizenSignIn returnTo={`/portal/cases/${encodeURIComponent(code)}`} />
      ) : (
        <CaseProgress code={code} />
      )}
    </div>
  );
}

/** For each case state: the headline of where it stands, what it means, and what comes next. */
const NOW: Record<string, { title: MessageKey; body: MessageKey; next: MessageKey }> = {
  submitted: { title: 'nowSubmitted', body: 'nowSubmittedBody', next: 'nextSubmitted' },
  correction_requested: { title: 'nowCorrection', body: 'nowCorrectionBody', next: 'nextCorrection' },
  rejected: { title: 'nowRejected', body: 'nowRejectedBody', next: 'nextRejected' },
  in_progress: { title: 'nowInProgress', body: 'nowInProgressBody', next: 'nextInProgress' },
  ready_for_delivery: { title: 'nowReady', body: 'nowReadyBody', next: 'nextReady' },
  delivered: { title: 'nowDelivered', body: 'nowDeliveredBody', next: 'nextDelivered' },
  completed: { title: 'nowDelivered', body: 'nowDeliveredBody', next: 'nextDelivered' },
};

function CaseProgress({ code }: { code: string }) {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const detail = useLoad(code, (signal) => familyApi.get(code, signal));
  const [item, setItem] = useState<TrackedCase | undefined>(undefined);
  useEffect(() => setItem(detail.data), [detail.data]);
  useLandOnHash(item !== undefined);
  const provisional = useProvisional();
  const provisionalYears = [
    ...new Set(
      (item?.subCases ?? []).flatMap((s) => (s.dueOn && provisional(s.dueOn) ? [s.dueOn.slice(0, 4)] : [])),
    ),
  ];
  const regionCode = item?.regionCode ?? null;
  const guide = useLoad(regionCode && `guide:${regionCode}`, (signal) =>
    catalogApi.guide(regionCode ?? '', signal),
  );

  return (
    <>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <Button onClick={() => navigate('/portal')}>{t('backToMyCases')}</Button>
        <Button type="primary" onClick={detail.reload} loading={detail.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {detail.error ? <LoadError error={detail.error} onRetry={detail.reload} /> : null}
      {!item && detail.loading ? <Loading /> : null}
      {item ? (
        <>
          <Card className="lb-gap">
            <dl className="lb-facts">
              <div>
                <dt>{t('caseCode')}</dt>
                <dd className="lb-code lb-code-whole">{item.code}</dd>
              </div>
              <div>
                <dt>{t('deceased')}</dt>
                <dd>{item.deceasedName}</dd>
              </div>
              <div>
                <dt>{t('region')}</dt>
                <dd>{pick(language, item.regionNameZh, item.regionNameEn)}</dd>
              </div>
              <div>
                <dt>{t('caseState')}</dt>
                <dd>
                  <StateTag kind="case" state={item.state} t={t} testId="case-state" />
                </dd>
              </div>
              <div>
                <dt>{t('submittedAt')}</dt>
                <dd>{formatDateTime(language, item.submittedAt)}</dd>
              </div>
            </dl>
          </Card>

          {item.yourRole === 'heir' ? (
            <Alert
              className="lb-gap"
              type="info"
              showIcon
              title={t('caseYouJoined')}
              data-testid="heir-note"
            />
          ) : (
            <NowCard item={item} onChanged={(updated) => (updated ? setItem(updated) : detail.reload())} />
          )}

          {item.state === 'correction_requested' && item.yourRole !== 'heir' ? (
            <CaseCorrection
              item={item}
              onChanged={(updated) => (updated ? setItem(updated) : detail.reload())}
            />
          ) : null}

          <Card className="lb-gap">
            <Typography.Title level={2} id="progress" tabIndex={-1}>
              {t('progressByDepartment')}
            </Typography.Title>
            <CaseTimeline
              subCases={item.subCases}
              onChanged={detail.reload}
              canAnswer={item.yourRole !== 'heir'}
            />
            {provisionalYears.map((year) => (
              <p key={year} className="lb-note" data-testid="provisional-note">
                {t('dueProvisionalSuffix')}
                {t('dueProvisionalWhy', { year })}
              </p>
            ))}
            {detail.loadedAt ? (
              <Typography.Paragraph type="secondary" className="lb-no-margin">
                {t('lastUpdated', { time: formatDateTime(language, detail.loadedAt.toISOString()) })}
              </Typography.Paragraph>
            ) : null}
          </Card>

          <DeathCertificates
            code={item.code}
            certificates={item.deathCertificates}
            steps={item.issuerSteps}
          />

          <BenefitStops stops={item.benefitStops} />

          {item.documents.length > 0 ? (
            <Card className="lb-gap">
              <Typography.Title level={2}>{t('documentsHeading')}</Typography.Title>
              <ul className="lb-plain-list lb-documents" data-testid="documents">
                {item.documents.map((doc) => (
                  <li key={doc.token} className="lb-document-row">
                    <a href={documentUrl(item.code, doc.token)} target="_blank" rel="noopener">
                      {t(NOTICE_LABEL_KEYS[doc.kind] ?? 'noticeOther')}
                      <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
                    </a>
                    <span className="lb-aside">{formatDateTime(language, doc.issuedAt)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}

          <Card className="lb-gap">
            {item.yourRole === 'heir' ? null : <CaseRating item={item} onRated={setItem} />}
            <Typography.Title level={2}>{t('contactHeading')}</Typography.Title>
            <Typography.Paragraph className="lb-no-margin" data-testid="contact">
              {guide.data
                ? t('contactLine', { contact: textIn(language, guide.data.profile.contact) })
                : t('contactFallback')}
            </Typography.Paragraph>
          </Card>
        </>
      ) : null}
    </>
  );
}

/**
 * A link to a part of the page (#correction from the case card or a message, #supplement-… from a
 * message) lands there once the case has loaded: scrolled into view and focused, so a screen
 * reader starts reading at the thing to do.
 */
function useLandOnHash(ready: boolean) {
  const { hash } = useLocation();
  const landed = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || landed.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    landed.current = hash;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}

/** Where the case stands, in one sentence, with what the family can do about it right now. */
function NowCard({ item, onChanged }: { item: TrackedCase; onChanged(updated?: TrackedCase): void }) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const now = NOW[item.state];
  const active = item.subCases.filter((s) => s.state !== 'cancelled');
  const ended = active.filter((s) => ['completed', 'rejected', 'approved'].includes(s.state)).length;
  const rejection = item.documents.find((d) => d.kind === 'rejection');
  const returned = active.filter((s) => s.state === 'returned');

  async function receive() {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await familyApi.receive(item.code, item.version));
      void message.success(t('receivedDone'));
    } catch (error) {
      setFailure(error);
      onChanged();
    } finally {
      setBusy(false);
    }
  }

  if (!now) return null;
  return (
    <Card className={`lb-gap lb-now lb-now-${item.state}`} data-testid="now">
      <Typography.Title level={2} id="now" tabIndex={-1}>
        {t(now.title)}
      </Typography.Title>
      <Typography.Paragraph>{t(now.body, { done: ended, total: active.length })}</Typography.Paragraph>
      {returned.length > 0 ? (
        <Alert
          className="lb-gap"
          type="warning"
          showIcon
          title={t('nowAsked', { count: returned.length })}
          description={
            <ul className="lb-plain-list">
              {returned.map((sub) => (
                <li key={sub.id}>
                  <a href={`#supplement-${sub.id}`} className="lb-alert-link">
                    {t('trackReturned', {
                      department: pick(language, sub.departmentNameZh, sub.departmentNameEn),
                    })}
                  </a>
                  {t('correctionReasonSeparator')}
                  {sub.decisionNote ?? t('notSet')}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {item.state === 'rejected' && item.decisionReason ? (
        <p className="lb-track-reason" data-testid="rejection-reason">
          {t('reasonIs', { reason: item.decisionReason })}
        </p>
      ) : null}
      {item.state === 'rejected' && rejection ? (
        <p>
          <a
            href={documentUrl(item.code, rejection.token)}
            target="_blank"
            rel="noopener"
            className="lb-link-strong"
          >
            {t('viewRejectionNotice')}
            <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
          </a>
        </p>
      ) : null}
      {item.state === 'correction_requested' && item.correction ? (
        <ul className="lb-bullets" data-testid="correction-items">
          {item.correction.map((entry) => (
            <li key={`${entry.kind}:${entry.key}`}>
              <span className="lb-strong">{correctionItemName(language, entry)}</span>
              {t('correctionReasonSeparator')}
              {entry.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {item.state === 'ready_for_delivery' ? (
        <>
          <ul className="lb-plain-list lb-results" data-testid="results">
            {active.map((sub) => (
              <li key={sub.id} className="lb-result-row">
                <p className="lb-matter-name">
                  {pick(language, sub.matterNameZh, sub.matterNameEn)}
                  <span className="lb-aside">
                    {pick(language, sub.departmentNameZh, sub.departmentNameEn)}
                  </span>
                </p>
                {sub.result ? (
                  <ResultSummary result={sub.result} labels={sub.resultLabels} withInquirySummary={false} />
                ) : null}
                {sub.state === 'rejected' ? (
                  <>
                    <p className="lb-no-margin">
                      {t('trackRejected', {
                        department: pick(language, sub.departmentNameZh, sub.departmentNameEn),
                      })}
                    </p>
                    <p className="lb-no-margin">
                      {t('reasonIs', { reason: sub.decisionNote ?? t('notSet') })}
                    </p>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {failure ? (
            <p className="lb-field-error" role="alert">
              {describeError(failure)}
            </p>
          ) : null}
          <Button type="primary" size="large" block loading={busy} onClick={() => void receive()}>
            {t('confirmReceived')}
          </Button>
          <p className="lb-field-help">{t('receiveHelp')}</p>
        </>
      ) : null}
      <Typography.Title level={3} className="lb-next-heading">
        {t('nextHeading')}
      </Typography.Title>
      <Typography.Paragraph className="lb-no-margin">{t(now.next)}</Typography.Paragraph>
    </Card>
  );
}

/**
 * The death certificate and the cremation or burial record, as the certifying bodies issued them
 * into the death registry: each done, with its number and a link to check it — or, for a step of
 * the bundle still to happen, who does it (nothing for the family to apply for).
 */
function DeathCertificates({
  code,
  certificates,
  steps,
}: {
  code: string;
  certificates: Schemas['RegistryCertificate'][];
  steps: Schemas['IssuerStep'][];
}) {
  const { t, language } = useAppState();
  const toCome = steps.filter((step) => !step.certificate);
  if (certificates.length === 0 && toCome.length === 0) return null;
  return (
    <Card className="lb-gap">
      <section aria-labelledby="death-certificates" data-testid="death-certificates">
        <Typography.Title level={2} id="death-certificates">
          {t('trackingCertificatesTitle')}
        </Typography.Title>
        {certificates.length > 0 ? (
          <Typography.Paragraph>{t('trackingCertificatesIntro')}</Typography.Paragraph>
        ) : null}
        <ul className="lb-plain-list">
          {toCome.map((step) => (
            <li key={step.matterCode} className="lb-result-row" data-step={step.matterCode}>
              <p className="lb-matter-name">
                <span>{textIn(language, step.name)}</span>{' '}
                <span className="lb-state-tag">{t('trackingStepToCome')}</span>
              </p>
              <p className="lb-aside">{t('trackingStepBy', { who: textIn(language, step.implementer) })}</p>
            </li>
          ))}
          {certificates.map((certificate) => {
            const label = textIn(language, certificate.label);
            return (
              <li key={certificate.certificateNumber} className="lb-result-row" data-kind={certificate.kind}>
                <CertificateSummary certificate={certificate} />
                <Flex gap="large" wrap className="lb-document-row">
                  <a
                    href={`/api/v1/cases/${encodeURIComponent(code)}/death-certificates/${encodeURIComponent(certificate.verifyToken)}`}
                    target="_blank"
                    rel="noopener"
                    className="lb-small-link"
                  >
                    {t('trackingCertificatePdf')}
                    <span className="lb-visually-hidden">
                      {t('trackingCertificateVerifyFor', { label })}
                      {t('opensInNewWindow')}
                    </span>
                  </a>
                  <Link
                    to={`/verify/death/${encodeURIComponent(certificate.verifyToken)}`}
                    className="lb-small-link"
                  >
                    {t('trackingCertificateVerify')}
                    <span className="lb-visually-hidden">{t('trackingCertificateVerifyFor', { label })}</span>
                  </Link>
                </Flex>
              </li>
            );
          })}
        </ul>
      </section>
    </Card>
  );
}

/**
 * 已为您办理的待遇停发: the benefits the paying bodies stopped from the death record with no
 * application — for each, the body, what it stopped, and from when (or that there was none, or
 * that it was told and has not answered yet).
 */
function BenefitStops({ stops }: { stops: Schemas['BenefitStop'][] }) {
  const { t, language } = useAppState();
  if (stops.length === 0) return null;
  const status = (stop: Schemas['BenefitStop']) => {
    if (stop.state === 'acknowledged' && stop.outcome === 'terminated' && stop.effectiveOn)
      return t('benefitStoppedFrom', { date: stop.effectiveOn });
    if (stop.state === 'acknowledged' && stop.outcome === 'not-a-beneficiary') return t('benefitNone');
    return t('benefitAwaiting');
  };
  return (
    <Card className="lb-gap">
      <section aria-labelledby="benefit-stops" data-testid="benefit-stops">
        <Typography.Title level={2} id="benefit-stops">
          {t('benefitStopsTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('benefitStopsIntro')}</Typography.Paragraph>
        <ul className="lb-plain-list">
          {stops.map((stop) => (
            <li key={stop.matterCode} className="lb-result-row" data-matter={stop.matterCode}>
              <p className="lb-matter-name">{textIn(language, stop.department)}</p>
              <p className="lb-no-margin">{textIn(language, stop.matterName)}</p>
              <p className="lb-no-margin lb-strong" data-testid="benefit-stop-state">
                {status(stop)}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </Card>
  );
}
