/**
 * One poor rating's follow-up (回访整改): what the family said, the supervisor's record of the
 * call-back and of the rectification, and closing it once both are written down (the server
 * refuses to close a follow-up without them).
 */
import { Alert, Button, Checkbox, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAppState } from '../app-state.tsx';
import { DueDate } from '../components/due-date.tsx';
import { type FollowUp, RATING_LEVEL_KEYS, supervisionApi } from '../workflow-api.ts';

interface Values {
  callBackNote?: string;
  rectificationNote?: string;
  close?: boolean;
}

export function FollowUpModal({
  followUp,
  targetName,
  onClose,
  onSaved,
}: {
  followUp: FollowUp;
  targetName: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, describeError } = useAppState();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [contact, setContact] = useState<{ name: string; phone: string } | null>(null);
  const [revealing, setRevealing] = useState(false);

  /** The full name and number, to call; the server records that this supervisor looked. */
  async function reveal() {
    setRevealing(true);
    setFailure(null);
    try {
      setContact(await supervisionApi.contact(followUp.id));
    } catch (error) {
      setFailure(error);
    } finally {
      setRevealing(false);
    }
  }

  async function save(values: Values) {
    setBusy(true);
    setFailure(null);
    try {
      const callBackNote = values.callBackNote?.trim();
      const rectificationNote = values.rectificationNote?.trim();
      await supervisionApi.updateFollowUp(followUp.id, {
        ...(callBackNote ? { callBackNote } : {}),
        ...(rectificationNote ? { rectificationNote } : {}),
        close: values.close === true,
      });
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const note = (min: number) => [{ min, whitespace: true, message: t('reasonTooShort', { count: min }) }];

  return (
    <Modal
      open
      width={680}
      title={t('followUpTitle')}
      okText={t('followUpSave')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        className="lb-gap"
        items={[
          {
            key: 'case',
            label: t('caseCode'),
            children: <span className="lb-code">{followUp.caseCode}</span>,
          },
          { key: 'target', label: t('ratingTarget'), children: targetName },
          {
            key: 'level',
            label: t('ratingLevel'),
            children: t(RATING_LEVEL_KEYS[followUp.level] ?? 'notSet'),
          },
          { key: 'comment', label: t('ratingCommentColumn'), children: followUp.comment ?? t('notSet') },
          {
            key: 'contact',
            label: t('followUpContact'),
            children: contact ? (
              <span data-testid="follow-up-contact">
                {contact.name}{' '}
                <a
                  href={`tel:${contact.phone}`}
                  aria-label={t('followUpContactCall', { phone: contact.phone })}
                >
                  {contact.phone}
                </a>
                <span className="lb-aside" role="status">
                  {t('followUpContactShown')}
                </span>
              </span>
            ) : (
              <span data-testid="follow-up-contact">
                {followUp.contact.nameMasked} {followUp.contact.phoneMasked}{' '}
                <Button size="small" loading={revealing} onClick={() => void reveal()}>
                  {t('followUpContactShow')}
                </Button>
              </span>
            ),
          },
          {
            key: 'due',
            label: t('followUpDue'),
            children: <DueDate date={followUp.dueOn} provisional={followUp.dueProvisional} />,
          },
        ]}
      />
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          callBackNote: followUp.callBackNote ?? '',
          rectificationNote: followUp.rectificationNote ?? '',
          close: false,
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          label={t('followUpCallBack')}
          name="callBackNote"
          extra={t('followUpCallBackHelp')}
          rules={note(2)}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          label={t('followUpRectification')}
          name="rectificationNote"
          extra={t('followUpRectificationHelp')}
          rules={note(2)}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          name="close"
          valuePropName="checked"
          dependencies={['callBackNote', 'rectificationNote']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, checked: boolean) =>
                !checked ||
                ((getFieldValue('callBackNote') ?? '').trim() &&
                  (getFieldValue('rectificationNote') ?? '').trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('followUpCloseNeedsNotes'))),
            }),
          ]}
        >
          <Checkbox>{t('followUpClose')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
