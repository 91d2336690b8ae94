/**
 * One sub-case in full, for the department approver: the fields and materials this department is
 * entitled to see (opening it is audited on the server, and the page says so), its time limit,
 * and the actions its state allows — 认领 first; once claimed, 办结 with the typed result of the
 * matter, 退回补充 (the family is asked through the window and the clock stops), 不予办理, or 转办 to
 * another county (远程协办). Each action carries the version it was taken on, so a sub-case changed
 * meanwhile answers 409 and the approver sees why instead of overwriting someone else's work.
 */

import { Alert, App, Button, Descriptions, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { DeathCertificates } from '../components/death-certificates.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { NewMark, ReplacedList } from '../components/material-trace.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { ReasonModal, type ReasonValues } from '../components/reason-modal.tsx';
import { ResultSummary } from '../components/result-summary.tsx';
import { ScrollDrawer } from '../components/scroll-drawer.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { SupplementAnswers } from '../components/supplement-answers.tsx';
import { TimeLimitTag } from '../components/time-limit-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey, pick } from '../i18n.ts';
import {
  catalogMatters,
  type DepartmentAction,
  type DepartmentSubCase,
  departmentApi,
  resultTypeOf,
  type SubCaseResult,
} from '../workflow-api.ts';
import { ResultForm } from './result-form.tsx';

interface SubCaseDrawerProps {
  subCaseId: string | null;
  onClose(): void;
  /** Called after an action was recorded, so the list can refresh. */
  onDecided(): void;
}

export function SubCaseDrawer({ subCaseId, onClose, onDecided }: SubCaseDrawerProps) {
  const { t } = useAppState();
  return (
    <ScrollDrawer
      open={subCaseId !== null}
      onClose={onClose}
      title={t('detailTitle')}
      regionLabel={t('detailTitle')}
      size={680}
      destroyOnHidden
    >
      {subCaseId ? <SubCaseDetail id={subCaseId} onDecided={onDecided} /> : null}
    </ScrollDrawer>
  );
}

type ReasonAction = 'return' | 'reject' | 'transfer';

const REASON_ACTIONS: Record<
  ReasonAction,
  { title: MessageKey; label: MessageKey; done: MessageKey; button: MessageKey }
> = {
  return: {
    title: 'returnTitle',
    label: 'returnReason',
    done: 'returnedDone',
    button: 'returnSubCase',
  },
  reject: { title: 'rejectTitle', label: 'rejectReason', done: 'rejected', button: 'reject' },
  transfer: {
    title: 'transferTitle',
    label: 'transferReason',
    done: 'transferredDone',
    button: 'transferSubCase',
  },
};

function SubCaseDetail({ id, onDecided }: { id: string; onDecided(): void }) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const loaded = useLoad(id, (signal) => departmentApi.get(id, signal));
  const matters = useLoad('catalog-matters', () => catalogMatters());
  const [current, setCurrent] = useState<DepartmentSubCase | undefined>(undefined);
  const [acting, setActing] = useState<'claim' | 'complete' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [asking, setAsking] = useState<ReasonAction | null>(null);

  // A fresh load replaces whatever the last action returned.
  useEffect(() => setCurrent(loaded.data), [loaded.data]);

  if (loaded.error && !current) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return <Loading />;
  const detail = current;
  const allowed = (action: DepartmentAction) => detail.allowedActions.includes(action);

  function done(updated: DepartmentSubCase, key: MessageKey) {
    setCurrent(updated);
    setActionError(null);
    void message.success(t(key));
    onDecided();
  }

  function failed(error: unknown) {
    setActionError(error);
    // Someone else may have acted; show what the sub-case looks like now.
    loaded.reload();
  }

  async function claim() {
    setActing('claim');
    try {
      done(await departmentApi.claim(detail.id, detail.version), 'claimedDone');
    } catch (error) {
      failed(error);
    } finally {
      setActing(null);
    }
  }

  async function complete(result: SubCaseResult, note: string | undefined) {
    setActing('complete');
    try {
      done(await departmentApi.complete(detail.id, detail.version, result, note), 'completedDone');
    } catch (error) {
      // Problems with the result stay on the form (ResultForm shows them); others are said above.
      if (error instanceof ApiError && error.fields.length > 0) throw error;
      failed(error);
    } finally {
      setActing(null);
    }
  }

  async function decide(action: ReasonAction, values: ReasonValues) {
    const reason = values.reason ?? '';
    const updated =
      action === 'return'
        ? await departmentApi.returnForMore(detail.id, detail.version, reason)
        : action === 'reject'
          ? await departmentApi.reject(detail.id, detail.version, reason)
          : await departmentApi.transfer(detail.id, detail.version, values.toRegion ?? '', reason);
    setAsking(null);
    done(updated, REASON_ACTIONS[action].done);
  }

  // The server gives each value in words (配偶, 火化), as the family saw it.
  const fieldText = (text: { zh: string; en: string } | null) =>
    text ? pick(language, text.zh, text.en) : t('notSet');

  const noteLabel: MessageKey =
    detail.state === 'returned'
      ? 'returnReason'
      : detail.state === 'rejected'
        ? 'rejectReason'
        : 'decisionNote';
  const resultType =
    detail.resultType ?? resultTypeOf(matters.data?.find((m) => m.code === detail.matterCode));
  const reasonActions = (['return', 'reject', 'transfer'] as const).filter(allowed);

  return (
    <>
      <Alert className="lb-gap" type="info" showIcon title={t('auditNote')} />
      {actionError ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(actionError)} />
      ) : null}
      <Descriptions
        column={1}
        size="small"
        bordered
        className="lb-gap"
        items={[
          {
            key: 'caseCode',
            label: t('caseCode'),
            children: <span className="lb-code">{detail.caseCode}</span>,
          },
          {
            key: 'matter',
            label: t('matter'),
            children: pick(language, detail.matterNameZh, detail.matterNameEn),
          },
          { key: 'region', label: t('regionColumn'), children: detail.regionNameZh },
          {
            key: 'state',
            label: t('state'),
            children: (
              <StateTag kind="sub-case" state={detail.state} t={t} testId="department-sub-case-state" />
            ),
          },
          {
            key: 'limit',
            label: t('limitColumn'),
            children: <TimeLimitTag limit={detail.limit} t={t} testId="department-sub-case-limit" />,
          },
          {
            key: 'submittedAt',
            label: t('submittedAt'),
            children: formatDateTime(language, detail.submittedAt),
          },
          ...(detail.decidedAt
            ? [
                {
                  key: 'decidedAt',
                  label: t('decidedAt'),
                  children: formatDateTime(language, detail.decidedAt),
                },
              ]
            : []),
          ...(detail.decisionNote
            ? [{ key: 'decisionNote', label: t(noteLabel), children: detail.decisionNote }]
            : []),
          ...(detail.result
            ? [
                {
                  key: 'result',
                  label: t('resultLabel'),
                  children: <ResultSummary result={detail.result} labels={detail.resultLabels} />,
                },
              ]
            : []),
          ...detail.fields.map((field) => ({
            key: `field:${field.key}`,
            label: pick(language, field.labelZh, field.labelEn),
            children: fieldText(field.text),
          })),
        ]}
      />
      <DeathCertificates certificates={detail.deathCertificates} headingId="department-death-registry" />
      <Typography.Title level={2} className="lb-drawer-heading">
        {t('materialsHeading')}
      </Typography.Title>
      {detail.materials.length === 0 ? (
        <p className="lb-empty">{t('noMaterials')}</p>
      ) : (
        <ul className="lb-material-rows lb-gap">
          {materialGroups(detail.materials).map(({ code, name: text, items }) => {
            const name = pick(language, text.zh, text.en);
            let upload = 0;
            return (
              <li key={code} className="lb-material-row" data-material={code}>
                <span className="lb-strong">{name}</span>
                <span className="lb-material-items">
                  {items.map((item) => {
                    if (item.kind !== 'upload') {
                      return (
                        <span key={item.id}>
                          {t(item.kind === 'e-licence' ? 'materialELicence' : 'materialSharedData')}
                          {item.reference ? ` ${item.reference}` : ''}
                        </span>
                      );
                    }
                    upload += 1;
                    return (
                      <span key={item.id} className="lb-material-file">
                        <a
                          href={departmentApi.materialUrl(detail.id, item.id)}
                          target="_blank"
                          rel="noopener"
                        >
                          {t('viewFileNumber', { number: upload })}
                          <span className="lb-visually-hidden">{t('viewFileFor', { name })}</span>
                        </a>
                        <NewMark item={item} />
                      </span>
                    );
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <ReplacedList
        items={(detail.replacedMaterials ?? []).map((m) => ({
          ...m,
          label: pick(language, m.name.zh, m.name.en),
        }))}
        fileUrl={(itemId) => departmentApi.materialUrl(detail.id, itemId)}
      />
      <SupplementAnswers
        requests={detail.requests}
        fileUrl={(itemId) => departmentApi.materialUrl(detail.id, itemId)}
      />
      {allowed('claim') ? (
        <Flex gap="middle" wrap className="lb-gap">
          <Button
            type="primary"
            loading={acting === 'claim'}
            disabled={acting !== null}
            onClick={() => void claim()}
          >
            {t('claimSubCase')}
          </Button>
        </Flex>
      ) : null}
      {allowed('complete') ? (
        <section className="lb-action-section" aria-labelledby="complete-heading">
          <Typography.Title level={2} id="complete-heading" className="lb-drawer-heading">
            {t('completeHeading')}
          </Typography.Title>
          <ResultForm
            resultType={resultType}
            labels={detail.resultLabels}
            busy={acting === 'complete'}
            onSubmit={complete}
          />
        </section>
      ) : null}
      {reasonActions.length > 0 ? (
        <Flex gap="middle" wrap className="lb-gap-top">
          {reasonActions.map((action) => (
            <Button key={action} disabled={acting !== null} onClick={() => setAsking(action)}>
              {t(REASON_ACTIONS[action].button)}
            </Button>
          ))}
        </Flex>
      ) : null}
      {asking ? (
        <ReasonModal
          open
          title={t(REASON_ACTIONS[asking].title)}
          okText={t('confirm')}
          label={t(REASON_ACTIONS[asking].label)}
          minLength={2}
          help={asking === 'return' ? t('returnHelp') : undefined}
          extra={asking === 'transfer' ? <CountyField currentRegion={detail.regionNameZh} /> : null}
          onCancel={() => setAsking(null)}
          onSubmit={(values) => decide(asking, values)}
        />
      ) : null}
    </>
  );
}

/** The materials one per line, with every file or e-licence of each. */
function materialGroups(materials: DepartmentSubCase['materials']) {
  const groups: {
    code: string;
    name: DepartmentSubCase['materials'][number]['name'];
    items: typeof materials;
  }[] = [];
  for (const item of materials) {
    const group = groups.find((g) => g.code === item.materialCode);
    if (group) group.items.push(item);
    else groups.push({ code: item.materialCode, name: item.name, items: [item] });
  }
  return groups;
}

/** The county a sub-case is transferred to (远程协办), from the list of counties. */
function CountyField({ currentRegion }: { currentRegion: string }) {
  const { t, language } = useAppState();
  const regions = useLoad('counties', (signal) => api.regions(signal));
  const counties = (regions.data?.items ?? []).filter((r) => r.nameZh !== currentRegion);
  return (
    <Form.Item
      label={t('transferTo')}
      name="toRegion"
      rules={[{ required: true, message: t('requiredChoice', { label: t('transferTo') }) }]}
    >
      <NativeSelect placeholder={t('choosePlaceholder')}>
        {counties.map((region) => (
          <option key={region.code} value={region.code}>
            {[
              pick(language, region.parentNameZh ?? '', region.parentNameEn),
              pick(language, region.nameZh, region.nameEn),
            ]
              .filter(Boolean)
              .join(' ')}
          </option>
        ))}
      </NativeSelect>
    </Form.Item>
  );
}
