/**
 * A new credential's or push key's secret, shown this once: the key id, the secret in a read-only
 * box with a copy button, and a plain warning that it will not be shown again. Closing the dialog
 * drops the secret from the page; the platform keeps it sealed and never shows it again. After a
 * rotation, the dialog says until when the old credentials keep working.
 */
import { Alert, App, Button, Flex, Input, Modal } from 'antd';
import { useAppState } from '../app-state.tsx';
import { formatDateTime } from '../i18n.ts';
import type { IssuedSecret } from './exchange-api.ts';

export type ShownSecret = IssuedSecret & { purpose: 'credential' | 'rotation' | 'push-key' };

export function SecretModal({ secret, onClose }: { secret: ShownSecret; onClose(): void }) {
  const { t, language } = useAppState();
  const { message } = App.useApp();
  const pushKey = secret.purpose === 'push-key';

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret.secret);
      void message.success(t('exchangeCopied'));
    } catch {
      // Some browsers refuse the clipboard to a page; the box can still be selected by hand.
      void message.info(t('exchangeCopyByHand'));
      const box = document.getElementById('issued-secret') as HTMLInputElement | null;
      box?.select();
    }
  }

  return (
    <Modal
      open
      title={pushKey ? t('exchangeSecretTitlePushKey') : t('exchangeSecretTitleCredential')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('exchangeSecretDone')}
        </Button>
      }
    >
      <div data-testid="issued-secret-dialog">
        <Alert
          className="lb-gap"
          type="warning"
          showIcon
          title={t('exchangeSecretOnce')}
          description={pushKey ? t('exchangeSecretPushKeyHow') : t('exchangeSecretCredentialHow')}
        />
        <dl className="lb-facts">
          <div>
            <dt>{t('exchangeCode')}</dt>
            <dd className="lb-code">{secret.partyCode}</dd>
          </div>
          <div>
            <dt>{t('exchangeKeyId')}</dt>
            <dd className="lb-code" data-testid="issued-key-id">
              {secret.keyId}
            </dd>
          </div>
        </dl>
        <div className="lb-field">
          <label htmlFor="issued-secret" className="lb-label">
            {t('exchangeSecret')}
          </label>
          <Flex gap="small">
            <Input id="issued-secret" className="lb-code" value={secret.secret} readOnly spellCheck={false} />
            <Button onClick={() => void copy()}>{t('exchangeCopy')}</Button>
          </Flex>
        </div>
        {secret.purpose === 'rotation' && secret.retiring && secret.retiring.length > 0 ? (
          <p className="lb-paragraph" data-testid="rotation-overlap">
            {t('exchangeRotationOverlap', {
              keys: secret.retiring.join(language === 'en' ? ', ' : '、'),
              time: formatDateTime(language, secret.retiringUntil ?? null),
            })}
          </p>
        ) : null}
      </div>
    </Modal>
  );
}
