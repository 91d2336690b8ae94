/**
 * The public service guide (办事指南), for phones, PCs and paper: /guide shows the county chosen
 * last time (五华区 the first time), /guide/:region a given county, and
 * /guide/:region/matters/:code one matter. Printing uses the browser's print with print styles.
 */
import { Flex, Typography } from 'antd';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { pick } from '../i18n.ts';
import { catalogApi, isRegionCode, textIn } from './catalog-api.ts';
import { GuideView } from './guide-view.tsx';
import { MatterGuideCard } from './matter-guide-card.tsx';
import { PrintButton } from './print-button.tsx';
import { rememberedRegion, rememberRegion } from './region-memory.ts';
import { RegionSelect, useRegions } from './region-select.tsx';

export function GuidePage() {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const params = useParams();
  const region = isRegionCode(params.region) ? params.region : rememberedRegion();
  const guide = useLoad(`guide:${region}`, (signal) => catalogApi.guide(region, signal));

  if (params.region !== undefined && !isRegionCode(params.region)) return <Navigate to="/guide" replace />;

  const data = guide.data?.region.code === region ? guide.data : undefined;
  const regionName = data ? textIn(language, data.region.name) : '';

  return (
    <div className="lb-guide">
      <Typography.Title level={1}>
        {regionName ? t('guideHeadingFor', { region: regionName }) : t('guideHeading')}
      </Typography.Title>
      {data ? (
        <p className="lb-guide-meta">
          {[
            data.region.parentName ? textIn(language, data.region.parentName) : '',
            regionName,
            data.region.funeralMode === 'cremation'
              ? t('funeralModeCremation')
              : data.region.funeralMode === 'burial'
                ? t('funeralModeBurial')
                : '',
            data.region.pilot ? t('regionPilot') : '',
          ]
            .filter(Boolean)
            .join(' · ')}
          <br />
          {t('guideVersion', { version: data.catalogVersion, effective: data.effective })}
          <br />
          {t('guideSource', { source: data.profile.source })}
        </p>
      ) : null}
      <Flex gap="middle" align="end" wrap className="lb-toolbar lb-no-print">
        <div className="lb-toolbar-region">
          <RegionSelect
            id="guide-region"
            value={region}
            help={t('guideRegionHelp')}
            onChange={(code) => {
              rememberRegion(code);
              navigate(`/guide/${code}`);
            }}
          />
        </div>
        <PrintButton />
      </Flex>
      <p className="lb-guide-cta lb-no-print">
        <Link to={`/portal/guide-me?region=${region}`} className="lb-link-strong">
          {t('guideToQuestionnaire')}
        </Link>
      </p>
      {guide.error ? <LoadError error={guide.error} onRetry={guide.reload} /> : null}
      {!data && guide.loading ? <Loading /> : null}
      {data ? <GuideView guide={data} /> : null}
      {data ? (
        <p className="lb-guide-meta">
          {t('guideContactFooter', { contact: textIn(language, data.profile.contact) })}
        </p>
      ) : null}
    </div>
  );
}

export function MatterGuidePage() {
  const { t, language } = useAppState();
  const params = useParams();
  const region = isRegionCode(params.region) ? params.region : rememberedRegion();
  const code = params.code ?? '';
  const matter = useLoad(`matter:${region}:${code}`, (signal) =>
    catalogApi.matterGuide(region, code, signal),
  );
  const regions = useRegions();
  const regionRow = regions.data?.items.find((r) => r.code === region);
  const data = matter.data?.code === code ? matter.data : undefined;

  return (
    <div className="lb-guide lb-guide-narrow">
      <p className="lb-no-print">
        <Link to={`/guide/${region}`}>{t('guideBackToWhole')}</Link>
      </p>
      <Typography.Title level={1}>
        {data ? t('guideMatterHeading', { matter: textIn(language, data.name) }) : t('guideHeading')}
      </Typography.Title>
      {regionRow ? (
        <p className="lb-guide-meta">
          {t('guideMatterRegion', { region: pick(language, regionRow.nameZh, regionRow.nameEn) })}
        </p>
      ) : null}
      <Flex gap="middle" wrap className="lb-toolbar lb-no-print">
        <PrintButton />
      </Flex>
      {matter.error ? <LoadError error={matter.error} onRetry={matter.reload} /> : null}
      {!data && matter.loading ? <Loading /> : null}
      {data ? <MatterGuideCard matter={data} level={2} hideName /> : null}
    </div>
  );
}
