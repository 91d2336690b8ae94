/**
 * The family's view of one case: a calm timeline with one entry per department's sub-case, its
 * state and when it was decided. Refresh is manual; nothing moves on the page by itself.
 */
import { Button, Card, Flex, Timeline, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, type SubCaseSummary } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { TONES } from '../theme.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';

const DOT_COLOR: Record<SubCaseSummary['state'], string> = {
  pending: TONES.info.color,
  approved: TONES.success.color,
  rejected: TONES.error.color,
};

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

function CaseProgress({ code }: { code: string }) {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const detail = useLoad(code, (signal) => api.getCase(code, signal));
  const item = detail.data;

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
                <dd className="lb-code">{item.code}</dd>
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
          <Card>
            <Typography.Title level={2}>{t('progressByDepartment')}</Typography.Title>
            <Timeline
              items={item.subCases.map((sub) => ({
                key: sub.id,
                color: DOT_COLOR[sub.state] ?? TONES.neutral.color,
                content: <SubCaseEntry sub={sub} />,
              }))}
            />
            {detail.loadedAt ? (
              <Typography.Paragraph type="secondary">
                {t('lastUpdated', { time: formatDateTime(language, detail.loadedAt.toISOString()) })}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </>
      ) : null}
    </>
  );
}

function SubCaseEntry({ sub }: { sub: SubCaseSummary }) {
  const { t, language } = useAppState();
  return (
    <>
      <p className="lb-matter-name">{pick(language, sub.matterNameZh, sub.matterNameEn)}</p>
      <dl className="lb-facts lb-facts-compact">
        <div>
          <dt>{t('department')}</dt>
          <dd>{pick(language, sub.departmentNameZh, sub.departmentNameEn)}</dd>
        </div>
        <div>
          <dt>{t('state')}</dt>
          <dd>
            <StateTag kind="sub-case" state={sub.state} t={t} testId="sub-case-state" />
          </dd>
        </div>
        <div>
          <dt>{t('decidedAt')}</dt>
          <dd>{formatDateTime(language, sub.decidedAt)}</dd>
        </div>
        {sub.decisionNote ? (
          <div>
            <dt>{t('decisionNote')}</dt>
            <dd>{sub.decisionNote}</dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
