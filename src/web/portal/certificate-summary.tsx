/**
 * One certificate of the death registry as the family sees it: its name marked 已办理, then its
 * number, who issued it and when — on the offer page and on the case's page alike.
 */
import type { Schemas } from '../api/client.ts';
import { useAppState } from '../app-state.tsx';
import { chinaDate } from '../application/draft-api.ts';
import { textIn } from '../guide/catalog-api.ts';
import { TONES } from '../theme.ts';

export function CertificateSummary({ certificate }: { certificate: Schemas['RegistryCertificate'] }) {
  const { t, language } = useAppState();
  const done = TONES.success;
  return (
    <>
      <p className="lb-matter-name">
        <span className="lb-strong">{textIn(language, certificate.label)}</span>{' '}
        <span
          className="lb-state-tag"
          style={{ color: done.color, background: done.background, borderColor: done.border }}
        >
          {t('offerDone')}
        </span>
      </p>
      <dl className="lb-facts lb-facts-wide">
        <div>
          <dt>{t('offerCertificateNumber')}</dt>
          <dd className="lb-code lb-code-whole">{certificate.certificateNumber}</dd>
        </div>
        <div>
          <dt>{t('offerCertificateBy')}</dt>
          <dd>{textIn(language, certificate.institution)}</dd>
        </div>
        <div>
          <dt>{t('offerCertificateOn')}</dt>
          <dd>{chinaDate(certificate.issuedAt)}</dd>
        </div>
      </dl>
    </>
  );
}
