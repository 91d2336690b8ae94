/**
 * One case at the front desk, in a drawer: the whole application grouped as the family filled it
 * in, the materials with links to the uploads, each department's sub-case with its due date, and
 * the notices issued (PDF). The buttons follow the state table — 受理, 不予受理 (with a reason),
 * 补正告知 (every item at once), 出件 — plus 移交 for the clerk responsible (首问负责) and 代为补充
 * for a sub-case a department returned. A case another clerk is responsible for says who that is.
 */

import { Alert, App, Button, Descriptions, Flex, Form, Input, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { RELATIONSHIPS } from '../../domain/fields.ts';
import { useAppState } from '../app-state.tsx';
import { DeathCertificates } from '../components/death-certificates.tsx';
import { DueDate } from '../components/due-date.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { NewMark, ReplacedList } from '../components/material-trace.tsx';
import { ReasonModal, type ReasonValues } from '../components/reason-modal.tsx';
import { ScrollDrawer } from '../components/scroll-drawer.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { SupplementAnswers } from '../components/supplement-answers.tsx';
import { OwnSupplementFiles } from '../components/supplement-files.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey, pick, type Translate } from '../i18n.ts';
import {
  correctionItemName,
  documentUrl,
  NOTICE_LABEL_KEYS,
  type WindowCase,
  windowApi,
} from '../workflow-api.ts';
import { CorrectionNoticeModal } from './front-desk-correction.tsx';

interface FrontDeskCaseProps {
  caseId: string | null;
  onClose(): void;
  /** Called after an action was recorded, so the queue can refresh. */
  onChanged(): void;
}

export function FrontDeskCase({ caseId, onClose, onChanged }: FrontDeskCaseProps) {
  const { t } = useAppState();
  return (
    <ScrollDrawer
      open={caseId !== null}
      onClose={onClose}
      title={t('caseDetailTitle')}
      regionLabel={t('caseDetailTitle')}
      size={980}
      destroyOnHidden
    >
      {caseId ? <CaseAtWindow id={caseId} onChanged={onChanged} /> : null}
    </ScrollDrawer>
  );
}

/** 网上申请 or 窗口代办. */
export function channelText(t: Translate, channel: string): string {
  return channel === 'window' ? t('channelWindow') : t('channelOnline');
}

type Asking = 'reject' | 'correction' | 'hand-over' | { supplement: string };

function CaseAtWindow({ id, onChanged }: { id: string; onChanged(): void }) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const loaded = useLoad(id, (signal) => windowApi.getCase(id, signal));
  const [current, setCurrent] = useState<WindowCase | undefined>(undefined);
  const [acting, setActing] = useState<'accept' | 'deliver' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [asking, setAsking] = useState<Asking | null>(null);

  useEffect(() => setCurrent(loaded.data), [loaded.data]);

  if (loaded.error && !current) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return <Loading />;
  const item = current;
  const ownedByOther = item.owner !== null && !item.owner.isMe;
  const allowed = (action: WindowCase['allowedActions'][number]) =>
    item.allowedActions.includes(action) && !ownedByOther;
  const open = !['rejected', 'delivered'].includes(item.state);

  function done(updated: WindowCase, key: MessageKey) {
    setCurrent(updated);
    setActionError(null);
    setAsking(null);
    void message.success(t(key));
    onChanged();
  }

  async function act(action: 'accept' | 'deliver') {
    setActing(action);
    setActionError(null);
    try {
      const updated =
        action === 'accept'
          ? await windowApi.accept(item.id, item.version)
          : await windowApi.deliver(item.id, item.version);
      done(updated, action === 'accept' ? 'acceptedDone' : 'deliveredDone');
    } catch (error) {
      setActionError(error);
      // Another clerk may have acted or own the case; show it as it is now, with its owner.
      loaded.reload();
    } finally {
      setActing(null);
    }
  }

  async function rejectCase(values: ReasonValues) {
    done(await windowApi.reject(item.id, item.version, values.reason ?? ''), 'caseRejectedDone');
  }

  async function handOver(values: ReasonValues) {
    done(await windowApi.handOver(item.id, values.toUsername ?? '', values.reason ?? ''), 'handedOverDone');
  }

  async function supplement(subCaseId: string, values: ReasonValues) {
    const sub = item.subCases.find((s) => s.id === subCaseId);
    await windowApi.supplement(subCaseId, sub?.version, values.note ?? '');
    setAsking(null);
    void message.success(t('supplementedDone'));
    loaded.reload();
    onChanged();
  }

  const matterName = (code: string) => {
    const sub = item.subCases.find((s) => s.matter.code === code);
    return sub ? pick(language, sub.matter.zh, sub.matter.en) : code;
  };

  // Coded answers (a relationship, a circumstance of death) are shown in words.
  function relationshipText(code: string): string {
    const found = RELATIONSHIPS.find((r) => r.code === code);
    return found ? pick(language, found.zh, found.en) : code;
  }

  // The server gives each value in words (配偶, 火化), as the family saw it.
  const fieldText = (text: { zh: string; en: string } | null) =>
    text ? pick(language, text.zh, text.en) : t('notSet');

  return (
    <div className="lb-front-desk-case">
      {ownedByOther && item.owner ? (
        <Alert
          className="lb-gap"
          type="warning"
          showIcon
          title={t('ownedByOther', { name: item.owner.name })}
          data-testid="owned-by-other"
        />
      ) : null}
      {actionError ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(actionError)} />
      ) : null}
      <Descriptions
        column={2}
        size="small"
        bordered
        className="lb-gap"
        items={[
          { key: 'code', label: t('caseCode'), children: <span className="lb-code">{item.code}</span> },
          {
            key: 'state',
            label: t('caseState'),
            children: <StateTag kind="case" state={item.state} t={t} testId="window-case-state" />,
          },
          { key: 'channel', label: t('channelColumn'), children: channelText(t, item.channel) },
          {
            key: 'submittedAt',
            label: t('submittedAt'),
            children: formatDateTime(language, item.submittedAt),
          },
          {
            key: 'owner',
            label: t('ownerColumn'),
            children: item.owner
              ? item.owner.isMe
                ? t('ownerMe', { name: item.owner.name })
                : item.owner.name
              : t('ownerNone'),
          },
          ...(item.decisionReason
            ? [{ key: 'reason', label: t('caseRejectReason'), children: item.decisionReason }]
            : []),
          ...(item.heirs.length > 0
            ? [
                {
                  key: 'heirs',
                  label: t('windowHeirs'),
                  children: item.heirs
                    .map((h) => `${h.nameMasked}（${relationshipText(h.relationship)}）`)
                    .join('、'),
                },
              ]
            : []),
        ]}
      />
      {item.sameDeceased.length > 0 ? (
        <Alert
          className="lb-gap"
          type="warning"
          showIcon
          data-testid="same-deceased"
          title={t('windowSameDeceased')}
          description={
            <ul className="lb-plain-list">
              {item.sameDeceased.map((other) => (
                <li key={other.id}>
                  <span className="lb-code">{other.code}</span> ·{' '}
                  {pick(language, other.stateLabel.zh, other.stateLabel.en)} · {channelText(t, other.channel)}{' '}
                  · {formatDateTime(language, other.submittedAt)}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Flex gap="middle" wrap className="lb-gap lb-front-desk-actions">
        {allowed('accept') ? (
          <Button
            type="primary"
            loading={acting === 'accept'}
            disabled={acting !== null}
            onClick={() => void act('accept')}
          >
            {t('acceptCase')}
          </Button>
        ) : null}
        {allowed('request_correction') ? (
          <Button disabled={acting !== null} onClick={() => setAsking('correction')}>
            {t('requestCorrection')}
          </Button>
        ) : null}
        {allowed('reject') ? (
          <Button danger disabled={acting !== null} onClick={() => setAsking('reject')}>
            {t('rejectCase')}
          </Button>
        ) : null}
        {allowed('deliver') ? (
          <Button
            type="primary"
            loading={acting === 'deliver'}
            disabled={acting !== null}
            onClick={() => void act('deliver')}
          >
            {t('deliverCase')}
          </Button>
        ) : null}
        {item.owner?.isMe && open ? (
          <Button disabled={acting !== null} onClick={() => setAsking('hand-over')}>
            {t('handOver')}
          </Button>
        ) : null}
      </Flex>

      {item.correction && item.correction.length > 0 ? (
        <section aria-labelledby="correction-heading" className="lb-gap">
          <Typography.Title level={2} id="correction-heading" className="lb-drawer-heading">
            {t('correctionListed')}
          </Typography.Title>
          <ul className="lb-bullets">
            {item.correction.map((entry) => (
              <li key={`${entry.kind}:${entry.key}`}>
                <span className="lb-strong">{correctionItemName(language, entry)}</span>
                {t('correctionReasonSeparator')}
                {entry.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="form-heading">
        <Typography.Title level={2} id="form-heading" className="lb-drawer-heading">
          {t('applicationFormHeading')}
        </Typography.Title>
        {item.form.map((group) => (
          <Descriptions
            key={group.id}
            title={<h3 className="lb-group-title">{pick(language, group.title.zh, group.title.en)}</h3>}
            column={2}
            size="small"
            bordered
            className="lb-gap"
            items={group.fields.map((field) => ({
              key: field.key,
              label: pick(language, field.label.zh, field.label.en),
              children: fieldText(field.text),
            }))}
          />
        ))}
      </section>

      <DeathCertificates
        certificates={item.deathCertificates}
        headingId="window-death-registry"
        caseCode={item.code}
      />

      <section aria-labelledby="materials-heading">
        <Typography.Title level={2} id="materials-heading" className="lb-drawer-heading">
          {t('materialsHeading')}
        </Typography.Title>
        <ul className="lb-material-rows lb-gap">
          {item.materials.map((material) => {
            const name = pick(language, material.name.zh, material.name.en);
            return (
              <li key={material.code} className="lb-material-row" data-material={material.code}>
                <div>
                  <span className="lb-strong">{name}</span>
                  <span className="lb-aside">
                    {t('materialUsedFor', {
                      matters: material.neededBy.map(matterName).join(t('listSeparator')),
                    })}
                  </span>
                </div>
                <div className="lb-material-items">
                  {material.items.length === 0 ? (
                    <span className="lb-warning-text">{t('materialMissing')}</span>
                  ) : (
                    material.items.map((entry, index) =>
                      entry.kind === 'upload' ? (
                        <span key={entry.id} className="lb-material-file">
                          <a href={windowApi.materialUrl(item.id, entry.id)} target="_blank" rel="noopener">
                            {t('viewFileNumber', { number: index + 1 })}
                            <span className="lb-visually-hidden">{t('viewFileFor', { name })}</span>
                          </a>
                          <NewMark item={entry} />
                        </span>
                      ) : (
                        <span key={entry.id}>
                          {t(entry.kind === 'e-licence' ? 'materialELicence' : 'materialSharedData')}
                          {entry.reference ? ` ${entry.reference}` : ''}
                        </span>
                      ),
                    )
                  )}
                  <ReplacedList
                    items={(material.replaced ?? []).map((r) => ({ ...r, label: name }))}
                    fileUrl={(itemId) => windowApi.materialUrl(item.id, itemId)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="sub-cases-heading">
        <Typography.Title level={2} id="sub-cases-heading" className="lb-drawer-heading">
          {t('progressByDepartment')}
        </Typography.Title>
        <Table
          rowKey="id"
          size="small"
          className="lb-gap"
          pagination={false}
          dataSource={item.subCases}
          columns={[
            {
              title: t('matter'),
              key: 'matter',
              render: (_v, sub) => pick(language, sub.matter.zh, sub.matter.en),
            },
            {
              title: t('department'),
              key: 'department',
              render: (_v, sub) => pick(language, sub.department.zh, sub.department.en),
            },
            {
              title: t('state'),
              key: 'state',
              render: (_v, sub) => <StateTag kind="sub-case" state={sub.state} t={t} />,
            },
            {
              title: t('dueOnColumn'),
              key: 'due',
              render: (_v, sub) => <DueDate date={sub.dueOn} provisional={sub.dueProvisional} />,
            },
            {
              title: t('actionsColumn'),
              key: 'actions',
              render: (_v, sub) =>
                sub.state === 'returned' ? (
                  <Button size="small" onClick={() => setAsking({ supplement: sub.id })}>
                    {t('supplementAtWindow')}
                    <span className="lb-visually-hidden">
                      {t('forMatter', { matter: pick(language, sub.matter.zh, sub.matter.en) })}
                    </span>
                  </Button>
                ) : null,
            },
          ]}
        />
        {item.subCases
          .filter((sub) => (sub.requests ?? []).length > 0)
          .map((sub) => (
            <div
              key={sub.id}
              className="lb-gap"
              data-testid="window-supplements"
              data-matter={sub.matter.code}
            >
              <h3 className="lb-group-title">
                {pick(language, sub.matter.zh, sub.matter.en)} ·{' '}
                {pick(language, sub.department.zh, sub.department.en)}
              </h3>
              <SupplementAnswers
                requests={sub.requests}
                level={4}
                fileUrl={(itemId) => windowApi.materialUrl(item.id, itemId)}
              />
            </div>
          ))}
      </section>

      <section aria-labelledby="documents-heading">
        <Typography.Title level={2} id="documents-heading" className="lb-drawer-heading">
          {t('documentsHeading')}
        </Typography.Title>
        {item.documents.length === 0 ? (
          <p className="lb-empty">{t('noDocuments')}</p>
        ) : (
          <ul className="lb-plain-list">
            {item.documents.map((doc) => (
              <li key={doc.token} className="lb-document-row">
                <a href={documentUrl(item.code, doc.token)} target="_blank" rel="noopener">
                  {t(NOTICE_LABEL_KEYS[doc.kind] ?? 'noticeOther')}
                  <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
                </a>
                <span className="lb-aside">{formatDateTime(language, doc.issuedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {asking === 'reject' ? (
        <ReasonModal
          open
          title={t('rejectCaseTitle')}
          okText={t('rejectCase')}
          label={t('caseRejectReason')}
          help={t('caseRejectHelp')}
          minLength={4}
          onCancel={() => setAsking(null)}
          onSubmit={rejectCase}
        />
      ) : null}
      {asking === 'hand-over' ? (
        <ReasonModal
          open
          title={t('handOverTitle')}
          okText={t('handOver')}
          label={t('handOverReason')}
          minLength={2}
          extra={
            <Form.Item
              label={t('handOverTo')}
              name="toUsername"
              extra={t('handOverToHelp')}
              rules={[
                { required: true, whitespace: true, message: t('required', { label: t('handOverTo') }) },
              ]}
            >
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
          }
          onCancel={() => setAsking(null)}
          onSubmit={handOver}
        />
      ) : null}
      {asking !== null && typeof asking === 'object' ? (
        <ReasonModal
          open
          title={t('supplementTitle')}
          okText={t('supplementSend')}
          label={t('supplementNote')}
          name="note"
          help={t('supplementWindowHelp')}
          minLength={2}
          extra={
            <OwnSupplementFiles
              subCaseId={asking.supplement}
              calls={windowApi.supplementFiles}
              initial={
                item.subCases
                  .find((s) => s.id === asking.supplement)
                  ?.requests?.find((r) => r.answer === null)?.pendingFiles ?? []
              }
              fileUrl={(itemId) => windowApi.materialUrl(item.id, itemId)}
            />
          }
          onCancel={() => setAsking(null)}
          onSubmit={(values) => supplement(asking.supplement, values)}
        />
      ) : null}
      {asking === 'correction' ? (
        <CorrectionNoticeModal
          item={item}
          onCancel={() => setAsking(null)}
          onSent={(updated) => done(updated, 'correctionSentDone')}
        />
      ) : null}
    </div>
  );
}
