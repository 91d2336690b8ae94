/**
 * One of the institution's reports in full (opening it is recorded on the server): what it says,
 * its e-certificate, and its versions with the reason for each correction. 更正 opens the same form
 * filled in with the report as it stands; the corrected version gets a new e-certificate and the
 * old one checks as superseded.
 */
import { Alert, App, Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import {
  MANNER_LABELS,
  PLACE_KIND_LABELS,
  REPORT_FIELD_LABELS,
  REPORT_KIND_LABELS,
} from '../../domain/death-registry.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { ScrollDrawer } from '../components/scroll-drawer.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { alertTone } from './alert-tone.ts';
import { ECertificate } from './e-certificate.tsx';
import {
  type DeathReportContent,
  type DeathReportDetail,
  type IssuedDeathReport,
  issuerApi,
} from './issuer-api.ts';
import { ReportForm, valuesOf } from './report-form.tsx';

interface ReportDrawerProps {
  reportId: string | null;
  onClose(): void;
  /** Called after a correction, so the list can refresh. */
  onCorrected(): void;
}

export function ReportDrawer({ reportId, onClose, onCorrected }: ReportDrawerProps) {
  const { t } = useAppState();
  return (
    <ScrollDrawer
      open={reportId !== null}
      onClose={onClose}
      title={t('issuerReportTitle')}
      regionLabel={t('issuerReportTitle')}
      size={680}
      destroyOnHidden
    >
      {reportId ? <ReportDetail id={reportId} onCorrected={onCorrected} /> : null}
    </ScrollDrawer>
  );
}

function ReportDetail({ id, onCorrected }: { id: string; onCorrected(): void }) {
  const { t, language } = useAppState();
  const { message } = App.useApp();
  const [currentId, setCurrentId] = useState(id);
  const loaded = useLoad(currentId, (signal) => issuerApi.get(currentId, signal));
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState<IssuedDeathReport | null>(null);

  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setCurrentId(id);
  }, [id]);
  // Switching to the form, or back to the corrected report, starts at the top of the drawer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the switch itself is the trigger
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, [correcting, corrected, loaded.data?.id]);

  if (loaded.error && !loaded.data) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || loaded.data.id !== currentId) return <Loading />;
  const report = loaded.data;
  const institution = pick(language, report.institution.zh, report.institution.en);

  async function correct(content: DeathReportContent, reason: string | undefined) {
    const issued = await issuerApi.correct(report.id, content, reason ?? '');
    setCorrecting(false);
    setCorrected(issued);
    setCurrentId(issued.id);
    void message.success(t('issuerCorrectedDone'));
    onCorrected();
  }

  if (correcting) {
    return (
      <>
        <div ref={top} />
        <Typography.Title level={2} className="lb-drawer-heading">
          {t('issuerCorrectTitle', { number: report.certificateNumber })}
        </Typography.Title>
        <ReportForm
          kind={report.kind}
          initial={valuesOf(report.content)}
          correction
          submitLabel={t('issuerCorrectSubmit')}
          onSubmit={correct}
          onCancel={() => setCorrecting(false)}
        />
      </>
    );
  }

  return (
    <>
      <div ref={top} />
      {corrected ? (
        <Alert
          className="lb-gap"
          type="success"
          style={alertTone('success')}
          showIcon
          title={t('issuerCorrectedNotice', { version: corrected.version })}
        />
      ) : null}
      {report.status !== 'current' ? (
        <Alert
          className="lb-gap"
          type="warning"
          style={alertTone('warning')}
          showIcon
          title={t('issuerSupersededNotice')}
        />
      ) : null}
      <ECertificate
        kind={report.kind}
        certificateNumber={report.certificateNumber}
        version={report.version}
        verifyToken={report.verifyToken}
        institution={institution}
        deceasedName={report.content.deceased.name}
        dateOfDeath={report.content.dateOfDeath}
        issuedAt={report.issuedAt}
        actions={
          report.status === 'current' ? (
            <Button type="primary" onClick={() => setCorrecting(true)}>
              {t('issuerCorrect')}
            </Button>
          ) : null
        }
      />
      <Typography.Title level={2} className="lb-drawer-heading lb-no-print">
        {t('issuerContentHeading')}
      </Typography.Title>
      <ReportFacts content={report.content} />
      <Typography.Title level={2} className="lb-drawer-heading lb-no-print">
        {t('issuerVersionsHeading')}
      </Typography.Title>
      <ol className="lb-plain-list lb-no-print" data-testid="report-versions">
        {report.history.map((version) => (
          <li key={version.id} data-version={version.version}>
            <span className="lb-strong">{t('issuerVersionValue', { version: version.version })}</span>
            {' · '}
            {formatDateTime(language, version.issuedAt)}
            {' · '}
            {version.status === 'current' ? t('issuerVersionCurrent') : t('issuerVersionSuperseded')}
            {version.correctionReason ? (
              <div className="lb-field-help">
                {t('issuerCorrectionReason', { reason: version.correctionReason })}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="lb-field-help lb-no-print">{t('issuerViewRecorded')}</p>
    </>
  );
}

function ReportFacts({ content }: { content: DeathReportDetail['content'] }) {
  const { t, language } = useAppState();
  const label = (field: string) => {
    const entry = REPORT_FIELD_LABELS[field];
    return entry ? pick(language, entry.zh, entry.en) : field;
  };
  const rows: [string, string][] = [
    [
      t('issuerKind'),
      pick(language, REPORT_KIND_LABELS[content.kind].zh, REPORT_KIND_LABELS[content.kind].en),
    ],
    [label('deceased.idNumber'), content.deceased.idNumber],
    [label('deceased.name'), content.deceased.name],
    [label('deceased.gender'), content.deceased.gender === 'male' ? t('genderMale') : t('genderFemale')],
    [label('dateOfDeath'), content.dateOfDeath],
  ];
  switch (content.kind) {
    case 'medical-certificate':
      rows.push(
        [label('timeOfDeath'), content.timeOfDeath],
        [label('placeOfDeath'), content.placeOfDeath],
        [
          label('placeKind'),
          pick(language, PLACE_KIND_LABELS[content.placeKind].zh, PLACE_KIND_LABELS[content.placeKind].en),
        ],
        ...content.causes.map((line, index): [string, string] => [
          t('issuerCauseLine', { letter: 'abcd'[index] ?? '?' }),
          [line.cause, line.icd10, line.interval].filter(Boolean).join(' · '),
        ]),
        [label('doctor'), content.doctor],
      );
      break;
    case 'police-proof':
      rows.push(
        [label('timeOfDeath'), content.timeOfDeath],
        [label('placeOfDeath'), content.placeOfDeath],
        [label('manner'), pick(language, MANNER_LABELS[content.manner].zh, MANNER_LABELS[content.manner].en)],
        [label('incidentNumber'), content.incidentNumber],
        [label('officer'), content.officer],
      );
      break;
    case 'cremation':
      rows.push([label('cremationDate'), content.cremationDate], [label('officer'), content.officer]);
      break;
    case 'burial':
      rows.push(
        [label('burialDate'), content.burialDate],
        [label('burialPlace'), content.burialPlace],
        [label('officer'), content.officer],
      );
      break;
  }
  return (
    <dl className="lb-facts lb-facts-wide lb-no-print" data-testid="report-facts">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value || t('notSet')}</dd>
        </div>
      ))}
    </dl>
  );
}
