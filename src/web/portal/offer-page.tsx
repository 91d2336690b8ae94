/**
 * The proactive offer (主动服务) at /portal/offers/:id, where the SMS to the registered next of kin
 * leads once the death registry has verified a death: a short word of condolence, what is already
 * known (the deceased, the date of death, the certificates the certifying bodies issued), then only
 * the questions nobody could answer for the family, and 开始申请 onto the mostly filled form — or
 * 暂不办理, after which nobody contacts them about it again. Calm, plain, phone first.
 */
import { Alert, Button, Card, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { existingCaseOf } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { draftApi } from '../application/draft-api.ts';
import { ExistingCaseNotice } from '../application/existing-case.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { GuideMe, type GuideMeAnswers } from '../questionnaire/guide-me.tsx';
import { CertificateSummary } from './certificate-summary.tsx';
import { CitizenSignIn } from './citizen-sign-in.tsx';
import { isOpenOffer, type OfferDetail, offerApi, type RegistryCertificate } from './death-registry-api.ts';

export function OfferPage() {
  const { t, me, sessionStatus } = useAppState();
  const { id = '' } = useParams();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('offerTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <>
          <Typography.Paragraph>{t('offerSignInLead')}</Typography.Paragraph>
          <CitizenSignIn returnTo={`/portal/offers/${encodeURIComponent(id)}`} />
        </>
      ) : (
        <OfferView key={`${me.id}:${id}`} id={id} />
      )}
    </div>
  );
}

function storageKeyOf(id: string): string {
  return `lianban.offer.${id}`;
}

function OfferView({ id }: { id: string }) {
  const { t } = useAppState();
  const offer = useLoad(id, (signal) => offerApi.get(id, signal));
  const [declined, setDeclined] = useState(false);

  if (offer.error) return <LoadError error={offer.error} onRetry={offer.reload} />;
  if (!offer.data) return <Loading />;
  const data = offer.data;
  const name = data.deceasedName ?? t('offerSomeone');

  if (declined || data.state === 'declined') return <Declined justNow={declined} />;
  if (!isOpenOffer(data.state)) {
    return (
      <Card>
        <Typography.Title level={2}>{t('offerStartedTitle')}</Typography.Title>
        <Typography.Paragraph>{t('offerStartedBody')}</Typography.Paragraph>
        <Link to="/portal" className="lb-link-strong">
          {t('offerToPortal')}
        </Link>
      </Card>
    );
  }

  return (
    <>
      <Typography.Paragraph className="lb-lead" data-testid="offer-condolence">
        {data.deceasedName ? t('offerCondolence', { name: data.deceasedName }) : t('offerCondolenceNoName')}
      </Typography.Paragraph>
      <Known offer={data} name={name} />
      <Questions offer={data} />
      <NotNow id={id} onDeclined={() => setDeclined(true)} />
    </>
  );
}

/** What the registry and shared data already told us: nothing here is asked again. */
function Known({ offer, name }: { offer: OfferDetail; name: string }) {
  const { t } = useAppState();
  const place = offer.certificates.find(
    (c) => (c.kind === 'medical-certificate' || c.kind === 'police-proof') && c.placeOfDeath,
  )?.placeOfDeath;
  return (
    <Card className="lb-gap">
      <section aria-labelledby="offer-known" data-testid="offer-known">
        <Typography.Title level={2} id="offer-known">
          {t('offerKnownTitle')}
        </Typography.Title>
        <dl className="lb-facts">
          <div>
            <dt>{t('deceased')}</dt>
            <dd>{name}</dd>
          </div>
          <div>
            <dt>{t('deceasedIdNumber')}</dt>
            <dd className="lb-code lb-code-whole">{offer.deceasedIdNumberMasked}</dd>
          </div>
          {offer.dateOfDeath ? (
            <div>
              <dt>{t('offerDateOfDeath')}</dt>
              <dd>{offer.dateOfDeath}</dd>
            </div>
          ) : null}
          {place ? (
            <div>
              <dt>{t('offerPlaceOfDeath')}</dt>
              <dd>{place}</dd>
            </div>
          ) : null}
        </dl>
        {offer.certificates.length > 0 ? (
          <>
            <Typography.Title level={3} className="lb-group-heading">
              {t('offerCertificatesTitle')}
            </Typography.Title>
            <ul className="lb-plain-list" data-testid="offer-certificates">
              {offer.certificates.map((certificate) => (
                <li key={certificate.certificateNumber}>
                  <Certificate certificate={certificate} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </Card>
  );
}

function Certificate({ certificate }: { certificate: RegistryCertificate }) {
  return (
    <Card size="small" className="lb-matter-card" data-kind={certificate.kind}>
      <CertificateSummary certificate={certificate} />
    </Card>
  );
}

/**
 * Only what is still unknown, in the offer's county, with the deceased's ID number for the
 * lookup; 开始申请 starts the draft as the portal's application start does and opens the form.
 */
function Questions({ offer }: { offer: OfferDetail }) {
  const { t, describeError } = useAppState();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const idNumber = offer.deceasedIdNumber ?? undefined;
  const existing = existingCaseOf(failure);

  async function start(answered: GuideMeAnswers) {
    const deceasedIdNumber = answered.deceasedIdNumber ?? idNumber;
    if (busy || !deceasedIdNumber) return;
    setBusy(true);
    setFailure(null);
    try {
      const draft = await draftApi.start({
        regionCode: answered.regionCode,
        answers: answered.answers,
        deceasedIdNumber,
      });
      try {
        window.sessionStorage.removeItem(storageKeyOf(offer.id));
      } catch {
        // Storage refused: nothing was kept.
      }
      navigate(`/portal/drafts/${encodeURIComponent(draft.id)}`);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  if (existing && idNumber) {
    return (
      <Card className="lb-gap">
        <ExistingCaseNotice existing={existing} deceasedIdNumber={idNumber} audience="family" />
      </Card>
    );
  }

  return (
    <section className="lb-gap" data-testid="offer-questions">
      <GuideMe
        fixedRegion={offer.regionCode}
        initialIdNumber={idNumber}
        allowLookup={!idNumber}
        autoStart
        storageKey={storageKeyOf(offer.id)}
        lookupHint={<p className="lb-note lb-hint">{t('offerQuestionsHint')}</p>}
        resultActions={(bundle, answered) =>
          bundle.covered === false ? null : (
            <>
              {failure ? (
                <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
              ) : null}
              <Button type="primary" size="large" block loading={busy} onClick={() => void start(answered)}>
                {t('resultStartApplication')}
              </Button>
            </>
          )
        }
        resultNote={<p className="lb-note lb-apply-note">{t('offerApplyNote')}</p>}
      />
    </section>
  );
}

/** 暂不办理: the offer ends; nobody contacts the family about it again. */
function NotNow({ id, onDeclined }: { id: string; onDeclined(): void }) {
  const { t, describeError } = useAppState();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function decline() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await offerApi.decline(id);
      try {
        window.sessionStorage.removeItem(storageKeyOf(id));
      } catch {
        // Storage refused: nothing was kept.
      }
      onDeclined();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <Card className="lb-gap lb-no-print">
      <p className="lb-paragraph">{t('offerNotNowIntro')}</p>
      {failure ? (
        <p className="lb-field-error" role="alert">
          {describeError(failure)}
        </p>
      ) : null}
      <Button size="large" block loading={busy} onClick={() => void decline()} data-testid="offer-not-now">
        {t('offerNotNow')}
      </Button>
    </Card>
  );
}

function Declined({ justNow }: { justNow: boolean }) {
  const { t } = useAppState();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  // After the tap, the button is gone: the answer takes the focus, so it is read out.
  useEffect(() => {
    if (justNow) headingRef.current?.focus();
  }, [justNow]);
  return (
    <Card data-testid="offer-declined">
      <Typography.Title level={2} id="offer-declined" tabIndex={-1} ref={headingRef}>
        {t('offerDeclinedTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('offerDeclinedBody')}</Typography.Paragraph>
      <Link to="/portal" className="lb-link-strong">
        {t('offerToPortal')}
      </Link>
    </Card>
  );
}
