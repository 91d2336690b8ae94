/**
 * The public check of an e-certificate (扫码核验), where the QR code on a medical death certificate,
 * police death proof, cremation certificate or burial registration leads. No sign-in: whoever holds
 * the paper sees only what is safe — the kind of certificate, its number, the issuing body and
 * date, the deceased's name with its middle hidden and the date of death — and, plainly, whether
 * this is the certificate as it stands or a version a correction has replaced.
 */
import { Alert, Card, Typography } from 'antd';
import { useParams } from 'react-router';
import { client, ok, type Schemas } from '../api/client.ts';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { pick } from '../i18n.ts';
import { alertTone } from '../issuer/alert-tone.ts';

type Verification = Schemas['DeathReportVerification'];

const verifyDeathReport = (token: string, signal?: AbortSignal): Promise<Verification> =>
  ok(client.GET('/api/v1/verify/death-reports/{token}', { params: { path: { token } }, signal }));

export function VerifyDeathPage() {
  const { t } = useAppState();
  const { token = '' } = useParams();
  const check = useLoad(`verify:${token}`, (signal) => verifyDeathReport(token, signal));
  const notFound = check.error instanceof ApiError && check.error.status === 404;

  return (
    <Card className="lb-narrow lb-verify">
      <Typography.Title level={1}>{t('verifyDeathTitle')}</Typography.Title>
      {check.loading ? <Loading /> : null}
      {notFound ? (
        <Alert
          type="error"
          showIcon
          data-testid="verify-status"
          data-status="not-found"
          title={t('verifyDeathNotFound')}
          description={t('verifyDeathNotFoundHelp')}
        />
      ) : check.error ? (
        <LoadError error={check.error} onRetry={check.reload} />
      ) : null}
      {check.data && !check.loading ? <Verified result={check.data} /> : null}
    </Card>
  );
}

function Verified({ result }: { result: Verification }) {
  const { t, language } = useAppState();
  const current = result.status === 'current';
  return (
    <>
      <Alert
        className="lb-gap"
        type={current ? 'success' : 'warning'}
        style={alertTone(current ? 'success' : 'warning')}
        showIcon
        data-testid="verify-status"
        data-status={result.status}
        title={current ? t('verifyDeathCurrent') : t('verifyDeathSuperseded')}
        description={current ? t('verifyDeathCurrentHelp') : t('verifyDeathSupersededHelp')}
      />
      <dl className="lb-facts lb-facts-wide" data-testid="verify-facts">
        <div>
          <dt>{t('verifyDeathKind')}</dt>
          <dd>{pick(language, result.label.zh, result.label.en)}</dd>
        </div>
        <div>
          <dt>{t('issuerCertificateNumber')}</dt>
          <dd className="lb-code">{result.certificateNumber}</dd>
        </div>
        {result.version > 1 ? (
          <div>
            <dt>{t('issuerVersion')}</dt>
            <dd>{t('issuerVersionValue', { version: result.version })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('issuerInstitution')}</dt>
          <dd>{pick(language, result.institution.zh, result.institution.en)}</dd>
        </div>
        <div>
          <dt>{t('verifyDeathIssuedOn')}</dt>
          <dd>{result.issuedOn}</dd>
        </div>
        <div>
          <dt>{t('deceased')}</dt>
          <dd>{result.deceasedName}</dd>
        </div>
        <div>
          <dt>{t('issuerDateOfDeath')}</dt>
          <dd>{result.dateOfDeath}</dd>
        </div>
      </dl>
      <p className="lb-field-help">{t('verifyDeathPrivacy')}</p>
    </>
  );
}
