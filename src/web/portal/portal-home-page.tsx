/**
 * The family's home (mobile first): sign in through unified identity authentication, then see
 * the messages waiting, the applications still being filled in (继续填写, on any device), and
 * "我的办件" with every department's state at a glance; a new application starts with the
 * questionnaire, which decides what the one form asks.
 */
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, type CaseDetail } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { chinaDate, type DraftSummary, draftApi, messageApi } from '../application/draft-api.ts';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';
import { offerApi } from './death-registry-api.ts';

export function PortalHomePage() {
  const { t, me, sessionStatus } = useAppState();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('portalTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind === 'citizen' ? (
        <CitizenHome name={me.name} />
      ) : (
        <CitizenSignIn returnTo="/portal" />
      )}
      <BeforeYouStart />
    </div>
  );
}

/** The questionnaire and the guide, open to everyone, signed in or not. */
function BeforeYouStart() {
  const { t } = useAppState();
  return (
    <section aria-labelledby="before-you-start" className="lb-before-start">
      <Typography.Title level={2} id="before-you-start">
        {t('portalBeforeYouStart')}
      </Typography.Title>
      <ul className="lb-plain-list">
        <li>
          <Link to="/portal/guide-me" className="lb-link-strong">
            {t('landingGuideMe')}
          </Link>
        </li>
        <li>
          <Link to="/guide" className="lb-link-strong">
            {t('landingGuide')}
          </Link>
        </li>
        <li>
          <Link to="/portal/report-home-death" className="lb-small-link">
            {t('portalReportHomeDeath')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function CitizenHome({ name }: { name: string }) {
  const { t } = useAppState();
  const navigate = useNavigate();
  const cases = useLoad('my-cases', (signal) => api.myCases(signal));
  return (
    <>
      <Typography.Paragraph className="lb-lead">{t('greeting', { name })}</Typography.Paragraph>
      <PreparedOffers />
      <Button type="primary" size="large" block onClick={() => navigate('/portal/guide-me')}>
        {t('apply')}
      </Button>
      <p className="lb-note lb-gap-small">{t('applyStartsWithQuestions')}</p>
      <MessagesLink />
      <UnfinishedDrafts />
      <Flex justify="space-between" align="center" className="lb-section-heading">
        <Typography.Title level={2}>{t('myCases')}</Typography.Title>
        <Button onClick={cases.reload} loading={cases.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {cases.error ? <LoadError error={cases.error} onRetry={cases.reload} /> : null}
      {!cases.data && cases.loading ? <Loading /> : null}
      {cases.data && cases.data.items.length === 0 ? (
        <Typography.Paragraph>{t('noCases')}</Typography.Paragraph>
      ) : null}
      <ul className="lb-plain-list">
        {cases.data?.items.map((item) => (
          <li key={item.id}>
            <CaseCard item={item} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A death the registry has verified, for which this family is the registered next of kin: the
 * application is prepared, one tap away. Nothing shows when there is none (or it cannot load).
 */
function PreparedOffers() {
  const { t } = useAppState();
  const navigate = useNavigate();
  const offers = useLoad('my-offers', (signal) => offerApi.list(signal));
  const items = offers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <ul className="lb-plain-list lb-gap">
      {items.map((offer) => {
        const name = offer.deceasedName ?? t('offerSomeone');
        return (
          <li key={offer.id}>
            <Card className="lb-case-card" data-testid="offer-card">
              <Typography.Title level={2} className="lb-section-title">
                {t('offerCardTitle', { name })}
              </Typography.Title>
              <Typography.Paragraph>{t('offerCardBody')}</Typography.Paragraph>
              <Button
                type="primary"
                size="large"
                block
                onClick={() => navigate(`/portal/offers/${encodeURIComponent(offer.id)}`)}
              >
                {t('offerCardOpen')}
                <span className="lb-visually-hidden"> {name}</span>
              </Button>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

/** 我的消息, with how many are unread. */
function MessagesLink() {
  const { t } = useAppState();
  const messages = useLoad('message-count', (signal) => messageApi.list(signal));
  const unread = messages.data?.unread ?? 0;
  return (
    <p className="lb-paragraph lb-messages-link">
      <Link to="/portal/messages" className="lb-link-strong" data-testid="messages-link">
        {t('messagesTitle')}
        {unread > 0 ? (
          <span className="lb-unread-badge">{t('messagesUnreadShort', { count: unread })}</span>
        ) : null}
      </Link>
    </p>
  );
}

/** Applications started and not yet submitted, here or on another device. */
function UnfinishedDrafts() {
  const { t } = useAppState();
  const drafts = useLoad('my-drafts', (signal) => draftApi.list(signal));
  const items = drafts.data?.items ?? [];
  if (drafts.error) return <LoadError error={drafts.error} onRetry={drafts.reload} />;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="unfinished-drafts" className="lb-drafts">
      <Typography.Title level={2} id="unfinished-drafts" className="lb-section-title">
        {t('draftsTitle')}
      </Typography.Title>
      <ul className="lb-plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <DraftCard item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DraftCard({ item }: { item: DraftSummary }) {
  const { t, language } = useAppState();
  return (
    <Card size="small" className="lb-case-card" data-testid="draft-card">
      <dl className="lb-facts">
        <div>
          <dt>{t('deceased')}</dt>
          <dd>{item.deceasedName ?? t('notSet')}</dd>
        </div>
        <div>
          <dt>{t('draftMattersLabel')}</dt>
          <dd>{t('submittedMatterCount', { count: item.matterCount })}</dd>
        </div>
        <div>
          <dt>{t('draftSavedAt')}</dt>
          <dd>{formatDateTime(language, item.updatedAt)}</dd>
        </div>
        <div>
          <dt>{t('draftKeptLabel')}</dt>
          <dd>{chinaDate(item.expiresAt)}</dd>
        </div>
      </dl>
      <Link to={`/portal/drafts/${encodeURIComponent(item.id)}`} className="lb-link-strong">
        {t('draftContinue')}
        {item.deceasedName ? <span className="lb-visually-hidden"> {item.deceasedName}</span> : null}
      </Link>
    </Card>
  );
}

function CaseCard({ item }: { item: CaseDetail }) {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const path = `/portal/cases/${encodeURIComponent(item.code)}`;
  return (
    <Card size="small" className="lb-case-card">
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
          <dt>{t('caseState')}</dt>
          <dd>
            <StateTag kind="case" state={item.state} t={t} />
          </dd>
        </div>
        <div>
          <dt>{t('submittedAt')}</dt>
          <dd>{formatDateTime(language, item.submittedAt)}</dd>
        </div>
      </dl>
      <ul className="lb-matter-states">
        {item.subCases.map((sub) => (
          <li key={sub.id}>
            <span>{pick(language, sub.matterNameZh, sub.matterNameEn)}</span>
            <StateTag kind="sub-case" state={sub.state} t={t} />
          </li>
        ))}
      </ul>
      {item.state === 'correction_requested' ? (
        // Waiting on the family: the way to the items to put right, first and plain.
        <Button
          type="primary"
          size="large"
          block
          className="lb-case-card-action"
          data-testid="correction-go"
          onClick={() => navigate(`${path}#correction`)}
        >
          {t('correctionGo')}
          <span className="lb-visually-hidden"> {item.code}</span>
        </Button>
      ) : null}
      <Link to={path} className="lb-link-strong">
        {t('viewProgress')}
        <span className="lb-visually-hidden"> {item.code}</span>
      </Link>
    </Card>
  );
}
