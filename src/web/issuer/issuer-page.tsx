/**
 * The issuer desk (出具证明): for the bodies that certify a death — a hospital or village clinic
 * (the medical death certificate), a police station (the death proof), a funeral home (the
 * cremation record), a village committee (the burial registration). The desk shows the
 * institution, the form for what it issues, and, once issued, the certificate number and the
 * e-certificate with its QR code; the institution's reports with the registry's state for each,
 * where one is opened and corrected; and, for a clinic, the families' reports of deaths at home.
 */
import { Alert, Button, Card, Flex, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useState } from 'react';
import {
  INSTITUTION_ISSUES,
  INSTITUTION_KIND_LABELS,
  type InstitutionKind,
  REPORT_KIND_LABELS,
} from '../../domain/death-registry.ts';
import { ApiError, type StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { RowOpenButton } from '../components/row-open-button.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import { alertTone } from './alert-tone.ts';
import { ECertificate } from './e-certificate.tsx';
import { HomeDeathQueue } from './home-death-queue.tsx';
import {
  type DeathReportContent,
  type DeathReportKind,
  type DeathReportRow,
  type HomeDeathItem,
  type IssuedDeathReport,
  issuerApi,
} from './issuer-api.ts';
import { RegistryStateTag } from './registry-state-tag.tsx';
import { ReportDrawer } from './report-drawer.tsx';
import { genderFromIdNumber, ReportForm, type ReportFormValues } from './report-form.tsx';
import './issuer.css';

export function IssuerPage() {
  return <RequireStaff action="death_report.issue">{(me) => <IssuerDesk me={me} />}</RequireStaff>;
}

function isInstitutionKind(value: string | null): value is InstitutionKind {
  return value !== null && value in INSTITUTION_ISSUES;
}

type DeskTab = 'issue' | 'home' | 'reports';

interface Prefill {
  /** A new key starts a fresh form. */
  key: number;
  values?: ReportFormValues;
  homeReport?: HomeDeathItem;
}

interface Issued {
  report: IssuedDeathReport;
  content: DeathReportContent;
}

function IssuerDesk({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const institutionKind = isInstitutionKind(me.institutionKind) ? me.institutionKind : null;
  const clinic = institutionKind === 'clinic';
  const [tab, setTab] = useState<DeskTab>('issue');
  const [prefill, setPrefill] = useState<Prefill>({ key: 0 });
  const [issued, setIssued] = useState<Issued | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const reports = useLoad(institutionKind ? 'death-reports' : null, (signal) => issuerApi.list(signal));
  const homeQueue = useLoad(clinic ? 'home-deaths' : null, (signal) => issuerApi.homeDeaths(signal));

  const institution = pick(language, me.institutionNameZh ?? '', me.institutionNameEn);
  const region = pick(language, me.regionNameZh, me.regionNameEn);

  if (!institutionKind) {
    return (
      <Card className="lb-narrow">
        <Typography.Title level={1}>{t('issuerTitle')}</Typography.Title>
        <Typography.Paragraph>{t('issuerNoInstitution')}</Typography.Paragraph>
      </Card>
    );
  }
  const kind: DeathReportKind = INSTITUTION_ISSUES[institutionKind];
  const kindLabel = pick(language, REPORT_KIND_LABELS[kind].zh, REPORT_KIND_LABELS[kind].en);
  const institutionKindLabel = pick(
    language,
    INSTITUTION_KIND_LABELS[institutionKind].zh,
    INSTITUTION_KIND_LABELS[institutionKind].en,
  );

  function startAfresh() {
    setIssued(null);
    setPrefill((p) => ({ key: p.key + 1 }));
  }

  function certifyHomeDeath(item: HomeDeathItem) {
    const gender = genderFromIdNumber(item.deceasedIdNumber);
    setIssued(null);
    setPrefill((p) => ({
      key: p.key + 1,
      homeReport: item,
      values: {
        deceased: { idNumber: item.deceasedIdNumber, name: item.deceasedName, ...(gender ? { gender } : {}) },
        dateOfDeath: item.dateOfDeath,
        placeOfDeath: item.address,
        placeKind: 'home',
        causes: [{}],
      },
    }));
    setTab('issue');
  }

  async function issue(content: DeathReportContent) {
    const report = await issuerApi.issue(content);
    setIssued({ report, content });
    reports.reload();
    if (prefill.homeReport) homeQueue.reload();
    window.scrollTo({ top: 0 });
  }

  /** A second report of the same death: offer to open the one that stands, to correct it. */
  function existingReport(error: unknown) {
    if (!(error instanceof ApiError) || error.code !== 'DEATH_REPORT_EXISTS') return null;
    const reportId = error.details?.reportId;
    if (typeof reportId !== 'string') return null;
    return (
      <Button size="small" onClick={() => setOpenId(reportId)}>
        {t('issuerOpenExisting')}
      </Button>
    );
  }

  const issuePanel = issued ? (
    <div data-testid="issued">
      <Alert
        className="lb-gap lb-no-print"
        type="success"
        style={alertTone('success')}
        showIcon
        title={t('issuerIssuedDone', { number: issued.report.certificateNumber })}
        description={
          <span>
            {t('issuerRegistryState')} <RegistryStateTag state={issued.report.registry.state} t={t} />
          </span>
        }
      />
      <Card className="lb-gap">
        <ECertificate
          kind={issued.content.kind}
          certificateNumber={issued.report.certificateNumber}
          version={issued.report.version}
          verifyToken={issued.report.verifyToken}
          institution={institution}
          deceasedName={issued.content.deceased.name}
          dateOfDeath={issued.content.dateOfDeath}
        />
      </Card>
      <Flex gap="small" wrap className="lb-no-print">
        <Button type="primary" onClick={startAfresh}>
          {t('issuerIssueAnother')}
        </Button>
        <Button onClick={() => setOpenId(issued.report.id)}>{t('issuerOpenIssued')}</Button>
      </Flex>
    </div>
  ) : (
    <Card>
      <Typography.Title level={2} className="lb-card-title">
        {t('issuerIssueHeading', { label: kindLabel })}
      </Typography.Title>
      {prefill.homeReport ? (
        <Alert
          className="lb-gap"
          type="info"
          showIcon
          title={t('issuerFromHomeReport', { name: prefill.homeReport.deceasedName })}
          action={
            <Button size="small" onClick={startAfresh}>
              {t('issuerFromHomeReportClear')}
            </Button>
          }
        />
      ) : null}
      <ReportForm
        key={prefill.key}
        kind={kind}
        initial={prefill.values}
        homeReportId={prefill.homeReport?.id}
        submitLabel={t('issuerIssueSubmit')}
        onSubmit={issue}
        refusalAction={existingReport}
      />
    </Card>
  );

  const columns: TableColumnsType<DeathReportRow> = [
    {
      title: t('issuerCertificateNumber'),
      dataIndex: 'certificateNumber',
      key: 'certificateNumber',
      render: (value: string, row) => <RowOpenButton label={value} onOpen={() => setOpenId(row.id)} />,
    },
    {
      title: t('issuerKind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (value: DeathReportKind) =>
        pick(language, REPORT_KIND_LABELS[value].zh, REPORT_KIND_LABELS[value].en),
    },
    { title: t('deceasedNameColumn'), dataIndex: 'deceasedName', key: 'deceasedName' },
    {
      title: t('idNumberColumn'),
      dataIndex: 'deceasedIdNumberMasked',
      key: 'deceasedIdNumberMasked',
      render: (value: string) => <span className="lb-code">{value}</span>,
    },
    { title: t('issuerDateOfDeath'), dataIndex: 'dateOfDeath', key: 'dateOfDeath' },
    {
      title: t('issuerIssuedAt'),
      dataIndex: 'issuedAt',
      key: 'issuedAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('issuerVersion'),
      dataIndex: 'version',
      key: 'version',
      render: (version: number) => t('issuerVersionValue', { version }),
    },
    {
      title: t('issuerRegistryState'),
      dataIndex: 'registryState',
      key: 'registryState',
      render: (state: DeathReportRow['registryState']) => <RegistryStateTag state={state} t={t} />,
    },
  ];

  const reportsPanel = (
    <div data-testid="issuer-reports">
      <Flex justify="space-between" align="center" gap="small" wrap className="lb-gap">
        <p className="lb-field-help">{t('issuerReportsIntro')}</p>
        <Button onClick={reports.reload} loading={reports.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {reports.error ? <LoadError error={reports.error} onRetry={reports.reload} /> : null}
      <Table<DeathReportRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={reports.data?.items ?? []}
        loading={reports.loading}
        locale={{ emptyText: <span className="lb-empty">{t('issuerReportsNone')}</span> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), className: 'lb-clickable-row' })}
      />
    </div>
  );

  const homeCount = homeQueue.data?.items.length ?? 0;
  const items = [
    { key: 'issue', label: t('issuerTabIssue'), children: issuePanel },
    ...(clinic
      ? [
          {
            key: 'home',
            label: homeCount > 0 ? t('issuerTabHomeCount', { count: homeCount }) : t('issuerTabHome'),
            children: <HomeDeathQueue queue={homeQueue} onCertify={certifyHomeDeath} />,
          },
        ]
      : []),
    {
      key: 'reports',
      label: t('issuerTabReports'),
      children: reportsPanel,
    },
  ];

  return (
    <div className="lb-wide lb-issuer">
      <div className="lb-no-print">
        <Typography.Title level={1}>{t('issuerTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary" data-testid="issuer-institution">
          {[institution, institutionKindLabel, region].filter(Boolean).join(' · ')}
        </Typography.Paragraph>
      </div>
      <Tabs
        className="lb-issuer-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as DeskTab)}
        items={items}
      />
      <ReportDrawer reportId={openId} onClose={() => setOpenId(null)} onCorrected={reports.reload} />
    </div>
  );
}
