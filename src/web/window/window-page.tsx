/**
 * The comprehensive window (综合窗口), for the clerk's own county, in a dense PC layout: the front
 * desk first (综合受理 — the queue, accepting, correcting, refusing and delivering cases), then the
 * same guide and questionnaire the family sees and the assisted application. The clerk is signed
 * in, so the deceased's ID number can be looked up in shared data.
 */
import { Tabs, Typography } from 'antd';
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
import { AssistedApplication } from './assisted-application.tsx';
import { FrontDesk } from './front-desk-queue.tsx';

export function WindowPage() {
  return <RequireStaff action="window.desk">{(me) => <WindowDesk me={me} />}</RequireStaff>;
}

function WindowDesk({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const region = pick(language, me.regionNameZh, me.regionNameEn);
  return (
    <div className="lb-wide lb-dense">
      <Typography.Title level={1}>{t('windowTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{region}</Typography.Paragraph>
      <Tabs
        className="lb-window-tabs"
        items={[
          { key: 'front-desk', label: t('windowTabFrontDesk'), children: <FrontDesk /> },
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
          {
            key: 'assisted',
            label: t('windowTabAssisted'),
            children: <AssistedApplication regionCode={me.regionCode} />,
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
