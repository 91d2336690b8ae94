/**
 * The e-certificate (电子证明) of one version of a report: what it is, its number, who issued it
 * for whom, and a QR code anyone can scan to check it at /verify/death/<token> without signing in.
 * 打印 prints this block alone.
 */
import { Button, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { REPORT_KIND_LABELS } from '../../domain/death-registry.ts';
import { useAppState } from '../app-state.tsx';
import { formatDateTime, pick } from '../i18n.ts';
import { type DeathReportKind, verifyUrl } from './issuer-api.ts';

export interface ECertificateProps {
  kind: DeathReportKind;
  certificateNumber: string;
  version: number;
  verifyToken: string;
  institution: string;
  deceasedName: string;
  dateOfDeath: string;
  issuedAt?: string | undefined;
  /** Heading level inside the page or drawer it sits in. */
  level?: 2 | 3;
  /** Buttons beside 打印 (for example 更正). */
  actions?: ReactNode;
}

const PRINTING = 'lb-printing-ecert';
const TARGET = 'lb-ecert-target';

/** Prints this e-certificate alone: the page marks it while the print dialog is open. */
function printCertificate(section: HTMLElement | null): void {
  if (!section) return;
  document.body.classList.add(PRINTING);
  section.classList.add(TARGET);
  const done = () => {
    document.body.classList.remove(PRINTING);
    section.classList.remove(TARGET);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function ECertificate({
  kind,
  certificateNumber,
  version,
  verifyToken,
  institution,
  deceasedName,
  dateOfDeath,
  issuedAt,
  level = 2,
  actions,
}: ECertificateProps) {
  const { t, language } = useAppState();
  const url = verifyUrl(verifyToken);
  const [qr, setQr] = useState<string | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    setQr(null);
    setQrFailed(false);
    QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }).then(
      (data) => live && setQr(data),
      () => live && setQrFailed(true),
    );
    return () => {
      live = false;
    };
  }, [url]);

  const label = REPORT_KIND_LABELS[kind];
  return (
    <section
      ref={section}
      className="lb-ecert"
      aria-label={t('issuerECertificate')}
      data-testid="e-certificate"
    >
      <Typography.Title level={level} className="lb-ecert-title">
        {pick(language, label.zh, label.en)}
      </Typography.Title>
      <div className="lb-ecert-body">
        <dl className="lb-facts lb-ecert-facts">
          <div>
            <dt>{t('issuerCertificateNumber')}</dt>
            <dd className="lb-code" data-testid="certificate-number">
              {certificateNumber}
            </dd>
          </div>
          {version > 1 ? (
            <div>
              <dt>{t('issuerVersion')}</dt>
              <dd>{t('issuerVersionValue', { version })}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('deceased')}</dt>
            <dd>{deceasedName}</dd>
          </div>
          <div>
            <dt>{t('issuerDateOfDeath')}</dt>
            <dd>{dateOfDeath}</dd>
          </div>
          <div>
            <dt>{t('issuerInstitution')}</dt>
            <dd>{institution}</dd>
          </div>
          {issuedAt ? (
            <div>
              <dt>{t('issuerIssuedAt')}</dt>
              <dd>{formatDateTime(language, issuedAt)}</dd>
            </div>
          ) : null}
        </dl>
        <figure className="lb-ecert-qr">
          {qr ? (
            <img src={qr} width={160} height={160} alt={t('issuerQrAlt', { number: certificateNumber })} />
          ) : (
            <div className="lb-ecert-qr-placeholder">{qrFailed ? t('issuerQrFailed') : t('loading')}</div>
          )}
          <figcaption>{t('issuerQrCaption')}</figcaption>
        </figure>
      </div>
      <p className="lb-ecert-url">
        <a href={url} target="_blank" rel="noreferrer" data-testid="verify-link">
          {url}
          <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
        </a>
      </p>
      <Flex gap="small" wrap className="lb-no-print">
        {actions}
        <Button onClick={() => printCertificate(section.current)}>{t('print')}</Button>
      </Flex>
    </section>
  );
}
