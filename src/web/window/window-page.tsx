/**
 * The comprehensive window (综合窗口) for now: the same guide and questionnaire the family sees,
 * in a dense PC layout, for the clerk's own county. The clerk is signed in, so the deceased's ID
 * number can be looked up in shared data. Accepting cases at the window comes in a later release;
 * the page says so rather than pretend.
 */
import { Alert, Tabs, Typography } from 'antd';
import type { StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { catalogApi } from '../guide/catalog-api.ts';
import { GuideView } from '../guide/guide-view.tsx';
import { PrintButton } from '../guide/print-button.tsx';
import { pick } from '../i18n.ts';
import { GuideMe } from '../questionnaire/guide-me.tsx';
import { RequireStaff } from '../staff/require-staff.tsx';

export function WindowPage() {
  return <RequireStaff roles={['window_clerk']}>{(me) => <WindowDesk me={me} />}</RequireStaff>;
}

function WindowDesk({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const region = pick(language, me.regionNameZh, me.regionNameEn);
  return (
    <div className="lb-wide lb-dense">
      <Typography.Title level={1}>{t('windowTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{region}</Typography.Paragraph>
      <Alert className="lb-gap lb-no-print" type="info" showIcon title={t('windowAcceptanceLater')} />
      <Tabs
        className="lb-window-tabs"
        items={[
          {
            key: 'guide',
            label: t('windowTabGuide'),
            children: <WindowGuide regionCode={me.regionCode} />,
          },
          {
            key: 'guide-me',
            label: t('windowTabGuideMe'),
            children: <GuideMe fixedRegion={me.regionCode} allowLookup />,
          },
        ]}
      />
    </div>
  );
}

function WindowGuide({ regionCode }: { regionCode: string }) {
  const guide = useLoad(`guide:${regionCode}`, (signal) => catalogApi.guide(regionCode, signal));
  return (
    <>
      <div className="lb-toolbar lb-no-print">
        <PrintButton />
      </div>
      {guide.error ? <LoadError error={guide.error} onRetry={guide.reload} /> : null}
      {!guide.data && guide.loading ? <Loading /> : null}
      {guide.data ? <GuideView guide={guide.data} /> : null}
    </>
  );
}
