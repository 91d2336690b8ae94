/**
 * The whole app: antd configured for the chosen language and size, the page frame (header and
 * main landmarks), and the routes of every area.
 */
import { ConfigProvider, type ConfigProviderProps, Layout, theme } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from './api.ts';
import { AppHeader } from './app-header.tsx';
import { useAppState } from './app-state.tsx';
import { Loading } from './components/loading.tsx';
import { loadStaffMessages } from './i18n.ts';
import { LandingPage, NotFoundPage } from './landing-page.tsx';
import { PortalHomePage } from './portal/portal-home-page.tsx';
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
function familyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/**
 * A staff page: its words (staff pages' dictionary) and antd's App (message and modal hooks)
 * arrive with it, so none of them is in what a family downloads.
 */
function staffPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [Page, { WithAntApp }] = await Promise.all([
      load(),
      import('./components/with-ant-app.tsx'),
      loadStaffMessages(),
    ]);
    return {
      default: (props: P) => (
        <WithAntApp>
          <Page {...props} />
        </WithAntApp>
      ),
    };
  });
}

const StaffSignInPage = staffPage(
  async () => (await import('./staff/staff-sign-in-page.tsx')).StaffSignInPage,
);
const WorkbenchPage = staffPage(async () => (await import('./department/workbench-page.tsx')).WorkbenchPage);
const DeathNoticesPage = staffPage(
  async () => (await import('./department/death-notices-page.tsx')).DeathNoticesPage,
);
const ApplyPage = familyPage(async () => (await import('./portal/apply-page.tsx')).ApplyPage);
const DraftPage = familyPage(async () => (await import('./portal/draft-page.tsx')).DraftPage);
const SubmittedPage = familyPage(async () => (await import('./portal/submitted-page.tsx')).SubmittedPage);
const MessagesPage = familyPage(async () => (await import('./portal/messages-page.tsx')).MessagesPage);
// The case page reports a saved rating or answer with antd's message: it brings antd's App along.
const CaseTrackingPage = lazy(async () => {
  const [{ CaseTrackingPage: Page }, { WithAntApp }] = await Promise.all([
    import('./portal/case-tracking-page.tsx'),
    import('./components/with-ant-app.tsx'),
  ]);
  return {
    default: () => (
      <WithAntApp>
        <Page />
      </WithAntApp>
    ),
  };
});
const GuidePage = familyPage(async () => (await import('./guide/guide-page.tsx')).GuidePage);
const MatterGuidePage = familyPage(async () => (await import('./guide/guide-page.tsx')).MatterGuidePage);
const QuestionnairePage = familyPage(
  async () => (await import('./questionnaire/questionnaire-page.tsx')).QuestionnairePage,
);
// Death registry: portal
const OfferPage = familyPage(async () => (await import('./portal/offer-page.tsx')).OfferPage);
const ReportHomeDeathPage = familyPage(
  async () => (await import('./portal/report-home-death-page.tsx')).ReportHomeDeathPage,
);
// Death registry: issuer desk, verification, review
const IssuerPage = staffPage(async () => (await import('./issuer/issuer-page.tsx')).IssuerPage);
const RegistryPage = staffPage(async () => (await import('./registry/registry-page.tsx')).RegistryPage);
const VerifyDeathPage = familyPage(
  async () => (await import('./verify-death/verify-death-page.tsx')).VerifyDeathPage,
);
const WindowPage = staffPage(async () => (await import('./window/window-page.tsx')).WindowPage);
const AdminPage = staffPage(async () => (await import('./admin/admin-page.tsx')).AdminPage);
const SupervisionPage = staffPage(
  async () => (await import('./supervision/supervision-page.tsx')).SupervisionPage,
);
const SupervisedSubCasesPage = staffPage(
  async () => (await import('./supervision/sub-cases-page.tsx')).SupervisedSubCasesPage,
);

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
      <AppFrame>
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
      </AppFrame>
    </ConfigProvider>
  );
}

/** Text outside antd's components in the theme's colour, size, line height and font. */
function AppFrame({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        color: token.colorText,
        fontSize: token.fontSize,
        lineHeight: token.lineHeight,
        fontFamily: token.fontFamily,
      }}
    >
      {children}
    </div>
  );
}
