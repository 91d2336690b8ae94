/**
 * The whole app: antd configured for the chosen language and size, the page frame (header and
 * main landmarks), and the routes of every area.
 */
import { App as AntApp, ConfigProvider, type ConfigProviderProps, Layout } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import { lazy, Suspense, useEffect } from 'react';
import { Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from './api.ts';
import { AppHeader } from './app-header.tsx';
import { useAppState } from './app-state.tsx';
import { Loading } from './components/loading.tsx';
import { LandingPage, NotFoundPage } from './landing-page.tsx';
import { PortalHomePage } from './portal/portal-home-page.tsx';
import { StaffSignInPage } from './staff/staff-sign-in-page.tsx';
import { themeFor } from './theme.ts';

type AntLocale = NonNullable<ConfigProviderProps['locale']>;

// antd's locale files are CommonJS-typed but ESM at runtime; accept either shape.
function unwrapLocale(module: unknown): AntLocale {
  const candidate = module as { default?: AntLocale } & AntLocale;
  return candidate.default ?? candidate;
}

const ANT_LOCALES = { zh: unwrapLocale(zhCNModule), en: unwrapLocale(enUSModule) };

// Areas load on first visit: families on a phone should not download the PC workbench, and the
// landing and portal pages should appear before the form and timeline code arrives.
const WorkbenchPage = lazy(async () => ({
  default: (await import('./department/workbench-page.tsx')).WorkbenchPage,
}));
const DeathNoticesPage = lazy(async () => ({
  default: (await import('./department/death-notices-page.tsx')).DeathNoticesPage,
}));
const ApplyPage = lazy(async () => ({ default: (await import('./portal/apply-page.tsx')).ApplyPage }));
const DraftPage = lazy(async () => ({ default: (await import('./portal/draft-page.tsx')).DraftPage }));
const SubmittedPage = lazy(async () => ({
  default: (await import('./portal/submitted-page.tsx')).SubmittedPage,
}));
const MessagesPage = lazy(async () => ({
  default: (await import('./portal/messages-page.tsx')).MessagesPage,
}));
const CaseTrackingPage = lazy(async () => ({
  default: (await import('./portal/case-tracking-page.tsx')).CaseTrackingPage,
}));
const GuidePage = lazy(async () => ({ default: (await import('./guide/guide-page.tsx')).GuidePage }));
const MatterGuidePage = lazy(async () => ({
  default: (await import('./guide/guide-page.tsx')).MatterGuidePage,
}));
const QuestionnairePage = lazy(async () => ({
  default: (await import('./questionnaire/questionnaire-page.tsx')).QuestionnairePage,
}));
// Death registry: portal
const OfferPage = lazy(async () => ({ default: (await import('./portal/offer-page.tsx')).OfferPage }));
const ReportHomeDeathPage = lazy(async () => ({
  default: (await import('./portal/report-home-death-page.tsx')).ReportHomeDeathPage,
}));
// Death registry: issuer desk, verification, review
const IssuerPage = lazy(async () => ({ default: (await import('./issuer/issuer-page.tsx')).IssuerPage }));
const RegistryPage = lazy(async () => ({
  default: (await import('./registry/registry-page.tsx')).RegistryPage,
}));
const VerifyDeathPage = lazy(async () => ({
  default: (await import('./verify-death/verify-death-page.tsx')).VerifyDeathPage,
}));
const WindowPage = lazy(async () => ({ default: (await import('./window/window-page.tsx')).WindowPage }));
const AdminPage = lazy(async () => ({ default: (await import('./admin/admin-page.tsx')).AdminPage }));
const SupervisionPage = lazy(async () => ({
  default: (await import('./supervision/supervision-page.tsx')).SupervisionPage,
}));
const SupervisedSubCasesPage = lazy(async () => ({
  default: (await import('./supervision/sub-cases-page.tsx')).SupervisedSubCasesPage,
}));

export function App() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<LandingPage />} />
        <Route path="portal" element={<PortalHomePage />} />
        <Route path="portal/apply" element={<ApplyPage />} />
        <Route path="portal/drafts/:id" element={<DraftPage />} />
        <Route path="portal/submitted/:code" element={<SubmittedPage />} />
        <Route path="portal/messages" element={<MessagesPage />} />
        <Route path="portal/guide-me" element={<QuestionnairePage />} />
        {/* Death registry: portal */}
        <Route path="portal/offers/:id" element={<OfferPage />} />
        <Route path="portal/report-home-death" element={<ReportHomeDeathPage />} />
        <Route path="guide" element={<GuidePage />} />
        <Route path="guide/:region" element={<GuidePage />} />
        <Route path="guide/:region/matters/:code" element={<MatterGuidePage />} />
        <Route path="portal/cases/:code" element={<CaseTrackingPage />} />
        <Route path="staff/sign-in" element={<StaffSignInPage />} />
        <Route path="department" element={<WorkbenchPage />} />
        <Route path="department/death-notices" element={<DeathNoticesPage />} />
        <Route path="window" element={<WindowPage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path="supervision/sub-cases" element={<SupervisedSubCasesPage />} />
        <Route path="admin" element={<AdminPage />} />
        {/* Death registry: issuer desk, verification, review */}
        <Route path="issuer" element={<IssuerPage />} />
        <Route path="registry" element={<RegistryPage />} />
        <Route path="verify/death/:token" element={<VerifyDeathPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/**
 * Pages for families and the public (phone first, large-text switch): the front door, the portal,
 * the guide and the check of a certificate by its QR code.
 */
function isCitizenPath(pathname: string): boolean {
  return ['/', '/portal', '/guide', '/verify'].some(
    (root) => pathname === root || pathname.startsWith(`${root}/`),
  );
}

function Shell() {
  const { t, language, largeText, setMe } = useAppState();
  const location = useLocation();
  const navigate = useNavigate();
  const citizenArea = isCitizenPath(location.pathname);

  // A session that ran out sends citizens back to the portal and staff to their sign-in page.
  useEffect(() => {
    onSessionExpired(() => {
      const target = isCitizenPath(window.location.pathname) ? '/portal' : '/staff/sign-in';
      setMe({ kind: 'anonymous' });
      navigate(target, { replace: true, state: { sessionExpired: true } });
    });
    return () => onSessionExpired(undefined);
  }, [navigate, setMe]);

  return (
    <ConfigProvider
      locale={ANT_LOCALES[language]}
      theme={themeFor(citizenArea ? 'citizen' : 'staff', largeText)}
      // antd would render 登录 as "登 录", which changes the button's accessible name.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <a href="#main" className="lb-skip-link">
          {t('skipToContent')}
        </a>
        <Layout className="lb-layout">
          <AppHeader citizenArea={citizenArea} />
          <Layout.Content id="main" tabIndex={-1} className="lb-main">
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
