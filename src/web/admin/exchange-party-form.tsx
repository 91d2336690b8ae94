/**
 * 新增或修改交换方: a department office (its department and region) or a bank (its name as account
 * forms write it), its names in Chinese and English, and how it is reached — the workbench, a push
 * to its endpoint, or its own pulls. A department office's code follows from its department and
 * region; a bank's is chosen. Problems the server finds are shown on their fields (the refusal's
 * `fields[].field` names the form's field); anything else is said above the form.
 */
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { DEPARTMENTS } from '../../domain/departments.ts';
import { ADAPTERS, type Adapter, departmentPartyCode, PARTY_CODE } from '../../domain/exchange.ts';
import { ApiError, type Region } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { pick } from '../i18n.ts';
import { type ExchangeParty, exchangeAdminApi, type SavePartyRequest } from './exchange-api.ts';
import { adapterLabel } from './exchange-words.ts';

export type PartyFormStart = { kind: 'new' } | { kind: 'edit'; party: ExchangeParty };

interface PartyValues {
  kind: 'department' | 'bank';
  code?: string;
  departmentCode?: string;
  regionCode?: string;
  bankName?: string;
  nameZh?: string;
  nameEn?: string;
  adapter: Adapter;
  endpointUrl?: string;
}

function initialValues(start: PartyFormStart): PartyValues {
  if (start.kind === 'new') return { kind: 'department', adapter: 'pull' };
  const p = start.party;
  return {
    kind: p.kind,
    code: p.code,
    departmentCode: p.departmentCode,
    regionCode: p.regionCode ?? undefined,
    bankName: p.bankName ?? undefined,
    nameZh: p.nameZh ?? undefined,
    nameEn: p.nameEn ?? undefined,
    adapter: p.configured ? p.adapter : 'pull',
    endpointUrl: p.endpointUrl ?? undefined,
  };
}

const text = (value: string | undefined) => (value ?? '').trim();

export function PartyForm({
  start,
  regions,
  onClose,
  onSaved,
}: {
  start: PartyFormStart;
  regions: Region[] | undefined;
  onClose(): void;
  onSaved(code: string): void;
}) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const [form] = Form.useForm<PartyValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form) ?? initialValues(start).kind;
  const adapter = Form.useWatch('adapter', form) ?? initialValues(start).adapter;
  const departmentCode = Form.useWatch('departmentCode', form);
  const regionCode = Form.useWatch('regionCode', form);
  // A party keeps its code once it exists; a new office's code follows from what it is.
  const fixedCode = start.kind === 'edit' ? start.party.code : null;
  const derivedCode =
    kind === 'department' && departmentCode && /^\d{6}$/.test(text(regionCode))
      ? departmentPartyCode(departmentCode, text(regionCode))
      : null;

  async function finish(values: PartyValues) {
    const code = fixedCode ?? (values.kind === 'department' ? derivedCode : text(values.code));
    if (!code) return;
    const body: SavePartyRequest = {
      kind: values.kind,
      departmentCode: values.departmentCode ?? '',
      regionCode: text(values.regionCode),
      nameZh: text(values.nameZh),
      nameEn: text(values.nameEn),
      adapter: values.adapter,
      ...(values.kind === 'bank' ? { bankName: text(values.bankName) } : {}),
      ...(values.adapter === 'push' ? { endpointUrl: text(values.endpointUrl) } : {}),
    };
    setBusy(true);
    setFailure(null);
    try {
      const saved = await exchangeAdminApi.save(code, body);
      void message.success(t('exchangePartySaved', { code: saved.code }));
      onSaved(saved.code);
    } catch (error) {
      const shown = new Set(Object.keys(form.getFieldsValue()));
      const onFields = error instanceof ApiError ? error.fields.filter((f) => shown.has(f.field)) : [];
      form.setFields(
        onFields.map((problem) => ({
          name: problem.field as keyof PartyValues,
          errors: [language === 'en' ? problem.en : problem.zh],
        })),
      );
      const elsewhere = error instanceof ApiError ? error.fields.filter((f) => !shown.has(f.field)) : [];
      if (onFields.length === 0 || elsewhere.length > 0) setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const required = (label: string) => [
    { required: true, whitespace: true, message: t('required', { label }) },
  ];
  const counties = (regions ?? []).filter((r) => r.level === 'county');

  return (
    <Modal
      open
      width={640}
      title={fixedCode ? t('exchangeEditTitle', { code: fixedCode }) : t('exchangeAddParty')}
      okText={t('exchangeSave')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      <Form<PartyValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues(start)}
        onFinish={(values) => void finish(values)}
        data-testid="party-form"
      >
        <Form.Item label={t('exchangePartyKind')} name="kind">
          <Radio.Group
            options={[
              { value: 'department', label: t('exchangePartyKindDepartment') },
              { value: 'bank', label: t('exchangePartyKindBank') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('exchangeDepartmentField')}
          name="departmentCode"
          rules={[{ required: true, message: t('requiredChoice', { label: t('exchangeDepartmentField') }) }]}
        >
          <NativeSelect placeholder={t('regionPlaceholder')}>
            {DEPARTMENTS.map((d) => (
              <option key={d.code} value={d.code}>
                {pick(language, d.nameZh, d.nameEn)}
              </option>
            ))}
          </NativeSelect>
        </Form.Item>
        <Form.Item
          label={t('exchangeRegionField')}
          name="regionCode"
          extra={t('exchangeRegionHelp')}
          rules={[
            ...required(t('exchangeRegionField')),
            { pattern: /^\d{6}$/, message: t('exchangeRegionInvalid') },
          ]}
        >
          <Input inputMode="numeric" maxLength={6} list="exchange-counties" autoComplete="off" />
        </Form.Item>
        <datalist id="exchange-counties">
          {counties.map((r) => (
            <option key={r.code} value={r.code}>
              {pick(language, r.nameZh, r.nameEn)}
            </option>
          ))}
        </datalist>
        {kind === 'bank' ? (
          <Form.Item
            label={t('exchangeBankName')}
            name="bankName"
            extra={t('exchangeBankNameHelp')}
            rules={required(t('exchangeBankName'))}
          >
            <Input maxLength={40} />
          </Form.Item>
        ) : null}
        {fixedCode ? (
          <p className="lb-paragraph">
            {t('exchangeCodeIs')}
            <span className="lb-code">{fixedCode}</span>
          </p>
        ) : kind === 'bank' ? (
          <Form.Item
            label={t('exchangeCode')}
            name="code"
            extra={t('exchangeCodeHelp')}
            rules={[
              ...required(t('exchangeCode')),
              { pattern: PARTY_CODE, message: t('exchangeCodeInvalid') },
            ]}
          >
            <Input maxLength={63} autoComplete="off" spellCheck={false} />
          </Form.Item>
        ) : (
          <p className="lb-paragraph" data-testid="derived-code">
            {t('exchangeCodeIs')}
            {derivedCode ? <span className="lb-code">{derivedCode}</span> : t('exchangeCodeLater')}
          </p>
        )}
        <Form.Item
          label={t('exchangeNameZh')}
          name="nameZh"
          rules={[...required(t('exchangeNameZh')), { min: 2, message: t('reasonTooShort', { count: 2 }) }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          label={t('exchangeNameEn')}
          name="nameEn"
          rules={[...required(t('exchangeNameEn')), { min: 2, message: t('reasonTooShort', { count: 2 }) }]}
        >
          <Input maxLength={60} lang="en" />
        </Form.Item>
        <Form.Item label={t('exchangeColAdapter')} name="adapter" extra={t('exchangeAdapterHelp')}>
          <Radio.Group options={ADAPTERS.map((value) => ({ value, label: adapterLabel(language, value) }))} />
        </Form.Item>
        {adapter === 'push' ? (
          <Form.Item
            label={t('exchangeEndpoint')}
            name="endpointUrl"
            extra={t('exchangeEndpointHelp')}
            rules={[
              ...required(t('exchangeEndpoint')),
              { pattern: /^https?:\/\/\S+$/, message: t('exchangeEndpointInvalid') },
            ]}
          >
            <Input type="url" inputMode="url" maxLength={300} spellCheck={false} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
