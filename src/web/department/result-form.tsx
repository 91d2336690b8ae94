/**
 * The typed result a department records when it completes a sub-case (办结), one form per result
 * type of the matter: a certificate's number and date, a cancellation's date, a payment's amount
 * and date (the server adds the masked account it went to), an inquiry's document and summary, or
 * the date benefits end. The matter's type comes from the catalog; if it cannot be found the
 * approver chooses it, and the server still refuses a result of the wrong type.
 */
import { Button, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { serviceDate } from '../../domain/clock.ts';
import { type ResultLabels, type ResultValueKey, resultLabels } from '../../domain/result-labels.ts';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { type MessageKey, pick } from '../i18n.ts';
import type { ResultType, SubCaseResult } from '../workflow-api.ts';

const TYPES: { type: ResultType; key: MessageKey }[] = [
  { type: 'certificate', key: 'resultTypeCertificate' },
  { type: 'cancellation', key: 'resultTypeCancellation' },
  { type: 'payment', key: 'resultTypePayment' },
  { type: 'inquiry-result', key: 'resultTypeInquiry' },
  { type: 'termination', key: 'resultTypeTermination' },
];

/** The form's value fields, named as in the request's `result` (and its `note`). */
const RESULT_FIELDS = new Set([
  'documentNumber',
  'issuedOn',
  'cancelledOn',
  'amountYuan',
  'paidOn',
  'summary',
  'effectiveOn',
  'note',
]);

interface ResultValues {
  type?: ResultType;
  documentNumber?: string;
  issuedOn?: string;
  cancelledOn?: string;
  amountYuan?: string;
  paidOn?: string;
  summary?: string;
  effectiveOn?: string;
  note?: string;
}

function toResult(type: ResultType, v: ResultValues): SubCaseResult {
  const text = (value: string | undefined) => (value ?? '').trim();
  switch (type) {
    case 'certificate':
      return { type, documentNumber: text(v.documentNumber), issuedOn: text(v.issuedOn) };
    case 'cancellation': {
      const documentNumber = text(v.documentNumber);
      return documentNumber
        ? { type, cancelledOn: text(v.cancelledOn), documentNumber }
        : { type, cancelledOn: text(v.cancelledOn) };
    }
    case 'payment':
      return { type, amountYuan: text(v.amountYuan), paidOn: text(v.paidOn) };
    case 'inquiry-result':
      return { type, documentNumber: text(v.documentNumber), summary: text(v.summary) };
    case 'termination':
      return { type, effectiveOn: text(v.effectiveOn) };
  }
}

interface ResultFormProps {
  /** The matter's result type, when the catalog names it. */
  resultType: ResultType | undefined;
  /** What each value is called for this matter (户口注销日期, 终止参保日期). */
  labels?: ResultLabels | undefined;
  busy: boolean;
  onSubmit(result: SubCaseResult, note: string | undefined): Promise<void>;
}

export function ResultForm({
  resultType,
  labels = resultLabels(undefined),
  busy,
  onSubmit,
}: ResultFormProps) {
  const { t, language } = useAppState();
  const name = (key: ResultValueKey) => pick(language, labels[key].zh, labels[key].en);
  const [form] = Form.useForm<ResultValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const chosen = Form.useWatch('type', form);
  const type = resultType ?? chosen;

  useEffect(() => {
    const today = serviceDate(new Date());
    form.setFieldsValue({ issuedOn: today, cancelledOn: today, paidOn: today, effectiveOn: today });
  }, [form]);

  async function finish(values: ResultValues) {
    if (!type) return;
    setFormError(null);
    try {
      await onSubmit(toResult(type, values), values.note?.trim() || undefined);
    } catch (error) {
      // The caller reports other failures; problems with a value go on its field, and anything
      // else the server says about the result (a wrong result type) is said above the form.
      if (!(error instanceof ApiError)) return;
      const nameOf = (field: string) => field.replace(/^result\./, '');
      const onFields = error.fields.filter((p) => RESULT_FIELDS.has(nameOf(p.field)));
      form.setFields(
        onFields.map((p) => ({
          name: nameOf(p.field) as keyof ResultValues,
          errors: [language === 'en' ? p.en : p.zh],
        })),
      );
      const elsewhere = error.fields.filter((p) => !RESULT_FIELDS.has(nameOf(p.field)));
      if (elsewhere.length > 0) {
        setFormError(elsewhere.map((p) => (language === 'en' ? p.en : p.zh)).join('；'));
      }
    }
  }

  const required = (key: ResultValueKey) => [
    { required: true, whitespace: true, message: t('required', { label: name(key) }) },
  ];

  return (
    <Form<ResultValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void finish(values)}
      className="lb-result-form"
    >
      {formError ? (
        <p className="lb-field-error" role="alert">
          {formError}
        </p>
      ) : null}
      {resultType ? null : (
        <Form.Item
          label={t('resultTypeLabel')}
          name="type"
          rules={[{ required: true, message: t('requiredChoice', { label: t('resultTypeLabel') }) }]}
        >
          <Radio.Group options={TYPES.map((entry) => ({ value: entry.type, label: t(entry.key) }))} />
        </Form.Item>
      )}
      {type === 'certificate' ? (
        <>
          <Form.Item label={name('documentNumber')} name="documentNumber" rules={required('documentNumber')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={name('issuedOn')} name="issuedOn" rules={required('issuedOn')}>
            <Input type="date" />
          </Form.Item>
        </>
      ) : null}
      {type === 'cancellation' ? (
        <>
          <Form.Item label={name('cancelledOn')} name="cancelledOn" rules={required('cancelledOn')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item label={`${name('documentNumber')}${t('optionalMark')}`} name="documentNumber">
            <Input maxLength={64} />
          </Form.Item>
        </>
      ) : null}
      {type === 'payment' ? (
        <>
          <Form.Item
            label={name('amountYuan')}
            name="amountYuan"
            extra={t('resultPaymentHelp')}
            rules={[
              ...required('amountYuan'),
              { pattern: /^\d{1,9}(\.\d{1,2})?$/, message: t('resultAmountInvalid') },
            ]}
          >
            <Input inputMode="decimal" maxLength={12} />
          </Form.Item>
          <Form.Item label={name('paidOn')} name="paidOn" rules={required('paidOn')}>
            <Input type="date" />
          </Form.Item>
        </>
      ) : null}
      {type === 'inquiry-result' ? (
        <>
          <Form.Item label={name('documentNumber')} name="documentNumber" rules={required('documentNumber')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={name('summary')} name="summary" rules={required('summary')}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </>
      ) : null}
      {type === 'termination' ? (
        <Form.Item label={name('effectiveOn')} name="effectiveOn" rules={required('effectiveOn')}>
          <Input type="date" />
        </Form.Item>
      ) : null}
      <Form.Item label={t('note')} name="note">
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} disabled={busy || !type}>
        {t('completeSubCase')}
      </Button>
    </Form>
  );
}
