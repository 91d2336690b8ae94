/**
 * The death registry's certificates for a deceased — the medical death certificate or police
 * proof, the cremation or burial record — as the issuers filed them: verified, never retyped,
 * each with a link to its public check (the page its QR code opens).
 */
import { Typography } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../api/client.ts';
import { useAppState } from '../app-state.tsx';
import { pick } from '../i18n.ts';
import { TONES } from '../theme.ts';

export type RegistryCertificate = Schemas['RegistryCertificate'];

export function DeathCertificates({
  certificates,
  headingId,
  headingClassName,
  caseCode,
}: {
  certificates: readonly RegistryCertificate[];
  headingId: string;
  headingClassName?: string;
  /** For those who follow the case: each certificate is offered as a PDF. */
  caseCode?: string;
}) {
  const { language } = useAppState();
  if (certificates.length === 0) return null;
  const verified = TONES.success;
  return (
    <section aria-labelledby={headingId} className="lb-death-certificates" data-testid="death-certificates">
      <Typography.Title level={2} id={headingId} className={headingClassName ?? 'lb-drawer-heading'}>
        {pick(
          language,
          '死亡登记（出具机构上报，已核验）',
          'Death registry (filed by the issuers, verified)',
        )}
      </Typography.Title>
      <ul className="lb-plain-list">
        {certificates.map((c) => (
          <li key={`${c.kind}-${c.certificateNumber}`} data-certificate={c.kind}>
            {/* Readable green on its background (antd's green tag is too faint), in words too. */}
            <span
              className="lb-state-tag"
              style={{ color: verified.color, background: verified.background, borderColor: verified.border }}
            >
              {pick(language, '已核验', 'Verified')}
            </span>{' '}
            <strong>{pick(language, c.label.zh, c.label.en)}</strong>{' '}
            <span className="lb-nowrap">{c.certificateNumber}</span>
            {/* A note whose links are underlined, so they are told from the text without colour. */}
            <p className="lb-note">
              {pick(language, c.institution.zh, c.institution.en)} ·{' '}
              {pick(language, '死亡日期', 'Date of death')} {c.dateOfDeath}
              {c.placeOfDeath ? ` · ${c.placeOfDeath}` : ''}
              {c.eventDate
                ? ` · ${pick(language, c.kind === 'burial' ? '安葬日期' : '火化日期', c.kind === 'burial' ? 'Buried on' : 'Cremated on')} ${c.eventDate}`
                : ''}{' '}
              · <Link to={`/verify/death/${c.verifyToken}`}>{pick(language, '核验', 'Check')}</Link>
              {caseCode ? (
                <>
                  {' · '}
                  <a
                    href={`/api/v1/cases/${encodeURIComponent(caseCode)}/death-certificates/${c.verifyToken}`}
                  >
                    {pick(language, '电子证明（PDF）', 'E-certificate (PDF)')}
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
