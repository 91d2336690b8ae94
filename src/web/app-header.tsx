/**
 * The header on every page: the product name, who is signed in and as what, the language switch,
 * the large-text switch on citizen pages, and sign-out.
 */
import { Button, Flex, Layout } from 'antd';
import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { api } from './api.ts';
import { useAppState } from './app-state.tsx';
import { pick } from './i18n.ts';
import { staffAreas } from './staff/staff-areas.ts';

export function AppHeader({ citizenArea }: { citizenArea: boolean }) {
  const { t, language, setLanguage, largeText, setLargeText, me, setMe } = useAppState();
  const [signingOut, setSigningOut] = useState(false);

  async function signOut() {
    setSigningOut(true);
    try {
      await api.signOut();
    } catch {
      // Signing out of a session the server no longer knows is still signing out.
    } finally {
      setSigningOut(false);
      setMe({ kind: 'anonymous' });
      // A full load of the home page: nothing the previous user saw stays in this tab's memory.
      window.location.assign('/');
    }
  }

  const who =
    me.kind === 'staff'
      ? { name: me.displayName, role: pick(language, me.roleLabelZh, me.roleLabelEn) }
      : me.kind === 'citizen'
        ? { name: me.name, role: null }
        : null;

  // Staff who work in more than one area (a supervisor also reviews the death registry) switch here.
  const areas = me.kind === 'staff' ? staffAreas(me.role) : [];

  return (
    <Layout.Header className="lb-header">
      <Flex justify="space-between" align="center" gap="small" wrap className="lb-header-inner">
        <Link to="/" className="lb-brand">
          <span className="lb-brand-name">{t('productName')}</span>
          <span className="lb-brand-sub">{t('productTitle')}</span>
        </Link>
        {areas.length > 1 ? (
          <nav aria-label={t('staffAreasNav')}>
            <Flex gap="middle" wrap>
              {areas.map((area) => (
                <NavLink
                  key={area.path}
                  to={area.path}
                  // Exact match: the workbench (/department) is not also current on its death notices.
                  end
                  // Fixed colours: antd's lighter hover blue is too faint on white.
                  style={({ isActive }) => ({
                    color: isActive ? '#1f2d3a' : '#2f5d8a',
                    fontWeight: isActive ? 600 : 400,
                    textDecoration: isActive ? 'underline' : 'none',
                  })}
                >
                  {t(area.label)}
                </NavLink>
              ))}
            </Flex>
          </nav>
        ) : null}
        <Flex align="center" gap="small" wrap>
          {who ? (
            <span className="lb-user" data-testid="current-user">
              {who.name}
              {who.role ? <span className="lb-user-role">{who.role}</span> : null}
            </span>
          ) : null}
          {citizenArea ? (
            // data-pref: a prerendered page's own script (static-page.ts) finds the switches by it.
            <Button data-pref="large-text" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
              {t('largeText')}
            </Button>
          ) : null}
          <Button
            data-pref="language"
            lang={language === 'zh' ? 'en' : 'zh-CN'}
            title={t('switchLanguageLabel')}
            onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
          >
            {t('switchLanguage')}
          </Button>
          {who ? (
            // data-action: found by the script of a page the server draws for a signed-in family.
            <Button data-action="sign-out" onClick={() => void signOut()} loading={signingOut}>
              {t('signOut')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
