/**
 * A dialog that asks for a written reason before an action that needs one (不予受理, 退回补充,
 * 不予办理, 转办, 移交, 补充说明), with any extra fields the action needs. A problem the server
 * finds with a field is shown on that field and the dialog stays open; any other failure is said
 * in the dialog.
 */
import { Alert, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';

export type ReasonValues = Record<string, string>;

interface ReasonModalProps {
  open: boolean;
  title: string;
  okText: string;
  /** The label of the text box; also names it in the "required" message. */
  label: string;
  /** The form name of the text box (the request's field). */
  name?: string;
  minLength: number;
  help?: string;
  /** Fields shown before the text box (Form.Items named as the request's fields). */
  extra?: ReactNode;
  onCancel(): void;
  onSubmit(values: ReasonValues): Promise<void>;
}

export function ReasonModal({
  open,
  title,
  okText,
  label,
  name = 'reason',
  minLength,
  help,
  extra,
  onCancel,
  onSubmit,
}: ReasonModalProps) {
  const { t, language, describeError } = useAppState();
  const [form] = Form.useForm<ReasonValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function finish(values: ReasonValues) {
    setBusy(true);
    setFailure(null);
    try {
      const trimmed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v ?? '').trim()]));
      await onSubmit(trimmed);
      form.resetFields();
    } catch (error) {
      const known = new Set(Object.keys(form.getFieldsValue(true)));
      known.add(name);
      const onFields = error instanceof ApiError ? error.fields.filter((f) => known.has(f.field)) : [];
      if (onFields.length > 0) {
        form.setFields(
          onFields.map((problem) => ({
            name: problem.field,
            errors: [language === 'en' ? problem.en : problem.zh],
          })),
        );
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      confirmLoading={busy}
      destroyOnHidden
      onCancel={() => {
        setFailure(null);
        onCancel();
      }}
      onOk={() => form.submit()}
    >
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void finish(values)}>
        {extra}
        <Form.Item
          label={label}
          name={name}
          extra={help}
          rules={[
            { required: true, whitespace: true, message: t('required', { label }) },
            { min: minLength, message: t('reasonTooShort', { count: minLength }) },
          ]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
