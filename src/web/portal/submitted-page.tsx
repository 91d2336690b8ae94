/**
 * The acknowledgement after submitting, at /portal/submitted/:code: the unified case code, large,
 * what happens next (the window checks the materials and accepts the case, an SMS follows, every
 * department's progress can be followed here), and the ways on: progress, messages, my cases.
 * The case's state is shown as the server names it, without promising more than it says.
 */
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import type { SubmittedCase } from '../application/draft-api.ts';
import { textIn } from '../application/draft-field.tsx';
import { Loading } from '../components/loading.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { TONES } from '../theme.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';

export function SubmittedPage() {
  const { t, me, sessionStatus } = useAppState();
  const { code = '' } = useParams();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('submitted')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <CitizenSignIn returnTo={`/portal/submitted/${encodeURIComponent(code)}`} />
      ) : (
        <Acknowledgement code={code} />
      )}
    </div>
  );
}

function Acknowledgement({ code }: { code: string }) {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const detail = useLoad(`case:${code}`, (signal) => api.getCase(code, signal) as Promise<SubmittedCase>);
  const item = detail.data;
  const neutral = TONES.neutral;

  return (
    <>
      <Card className="lb-gap">
        <p className="lb-paragraph lb-ack-label">{t('caseCode')}</p>
        <p className="lb-case-code" data-testid="case-code">
          {code}
        </p>
        <Typography.Paragraph>{t('submittedKeepCode')}</Typography.Paragraph>
        {item ? (
          <dl className="lb-facts">
            <div>
              <dt>{t('deceased')}</dt>
              <dd>{item.deceasedName}</dd>
            </div>
            <div>
              <dt>{t('region')}</dt>
              <dd>{pick(language, item.regionNameZh, item.regionNameEn)}</dd>
            </div>
            <div>
              <dt>{t('submittedAt')}</dt>
              <dd>{formatDateTime(language, item.submittedAt)}</dd>
            </div>
            <div>
              <dt>{t('caseState')}</dt>
              <dd>
                {item.stateLabel ? (
                  <span
                    className="lb-state-tag"
                    data-testid="case-state"
                    data-state={item.state}
                    style={{
                      color: neutral.color,
                      background: neutral.background,
                      borderColor: neutral.border,
                    }}
                  >
                    {textIn(language, item.stateLabel)}
                  </span>
                ) : (
                  <StateTag kind="case" state={item.state} t={t} testId="case-state" />
                )}
              </dd>
            </div>
            <div>
              <dt>{t('submittedMatters')}</dt>
              <dd>{t('submittedMatterCount', { count: item.subCases.length })}</dd>
            </div>
          </dl>
        ) : detail.loading ? (
          <Loading />
        ) : null}
      </Card>
      <Card className="lb-gap">
        <Typography.Title level={2}>{t('submittedNextTitle')}</Typography.Title>
        <ol className="lb-next-steps">
          <li>{t('submittedNext1')}</li>
          <li>{t('submittedNext2')}</li>
          <li>{t('submittedNext3')}</li>
        </ol>
      </Card>
      <Flex vertical gap="small">
        <Link to={`/portal/cases/${encodeURIComponent(code)}`} className="lb-link-strong">
          {t('viewProgress')}
        </Link>
        <Link to="/portal/messages" className="lb-link-strong">
          {t('messagesLink')}
        </Link>
        <Button size="large" onClick={() => navigate('/portal')}>
          {t('backToMyCases')}
        </Button>
      </Flex>
    </>
  );
}
