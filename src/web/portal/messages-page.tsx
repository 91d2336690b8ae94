/**
 * The family's messages at /portal/messages: acknowledgements, reminders and results, newest
 * first, the unread ones marked, each markable as read (or all at once). Each opens what it is
 * about — the case, its correction items, a department's question — and is read once opened.
 * The same texts go out by SMS; here they stay to be read again.
 */
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAppState } from '../app-state.tsx';
import { type Message, messageApi } from '../application/draft-api.ts';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey } from '../i18n.ts';
import { TONES } from '../theme.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';

export function MessagesPage() {
  const { t, me, sessionStatus } = useAppState();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('messagesTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <CitizenSignIn returnTo="/portal/messages" />
      ) : (
        <MessageList />
      )}
    </div>
  );
}

function MessageList() {
  const { t, describeError } = useAppState();
  const messages = useLoad('messages', (signal) => messageApi.list(signal));
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const items = messages.data?.items ?? [];
  const unread = items.filter((m) => !m.readAt);

  async function markRead(ids: string[], which: string) {
    setBusy(which);
    setFailure(null);
    try {
      for (const id of ids) await messageApi.markRead(id);
      messages.reload();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <p className="lb-paragraph lb-no-margin" data-testid="unread-count" aria-live="polite">
          {messages.data ? t('messagesUnread', { count: messages.data.unread }) : ''}
        </p>
        <Flex gap="small" wrap>
          {unread.length > 0 ? (
            <Button
              onClick={() =>
                void markRead(
                  unread.map((m) => m.id),
                  'all',
                )
              }
              loading={busy === 'all'}
            >
              {t('messagesReadAll')}
            </Button>
          ) : null}
          <Button onClick={messages.reload} loading={messages.loading}>
            {t('refresh')}
          </Button>
        </Flex>
      </Flex>
      {failure ? (
        <p className="lb-field-error" role="alert">
          {failure}
        </p>
      ) : null}
      {messages.error ? <LoadError error={messages.error} onRetry={messages.reload} /> : null}
      {!messages.data && messages.loading ? <Loading /> : null}
      {messages.data && items.length === 0 ? (
        <Typography.Paragraph>{t('messagesNone')}</Typography.Paragraph>
      ) : null}
      <ul className="lb-plain-list">
        {items.map((message) => (
          <li key={message.id}>
            <MessageCard
              message={message}
              busy={busy === message.id}
              onRead={() => void markRead([message.id], message.id)}
            />
          </li>
        ))}
      </ul>
      <p className="lb-paragraph">
        <Link to="/portal" className="lb-link-strong">
          {t('backToMyCases')}
        </Link>
      </p>
    </>
  );
}

/** Where a message opens, and the words of its link. */
function messageTarget(message: Message): { to: string; label: MessageKey } | null {
  const about = message.about;
  if (!about) return null;
  if (about.kind === 'drafts') return { to: '/portal', label: 'messageOpenDrafts' };
  if (!about.caseCode) return null;
  const page = `/portal/cases/${encodeURIComponent(about.caseCode)}`;
  switch (about.kind) {
    case 'correction':
      return { to: `${page}#correction`, label: 'messageOpenCorrection' };
    case 'returned':
      return {
        to: about.subCaseId ? `${page}#supplement-${about.subCaseId}` : `${page}#now`,
        label: 'messageOpenReturned',
      };
    case 'results':
      return { to: `${page}#now`, label: 'messageOpenResults' };
    case 'progress':
      return { to: `${page}#progress`, label: 'messageOpenProgress' };
    default:
      return { to: page, label: 'messageOpenCase' };
  }
}

function MessageCard({ message, busy, onRead }: { message: Message; busy: boolean; onRead: () => void }) {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const tone = TONES.info;
  const target = messageTarget(message);

  /** Opening a message reads it: marked read first (a failure does not stop the way there). */
  async function open(to: string) {
    if (!message.readAt) {
      try {
        await messageApi.markRead(message.id);
      } catch {
        // Still unread; the list says so when the family comes back.
      }
    }
    navigate(to);
  }
  return (
    <Card
      size="small"
      className={`lb-message${message.readAt ? '' : ' lb-message-unread'}`}
      data-testid="message"
    >
      <Flex justify="space-between" align="center" gap="small" wrap className="lb-message-head">
        <span className="lb-note">{formatDateTime(language, message.createdAt)}</span>
        {message.readAt ? (
          <span className="lb-note">{t('messageRead')}</span>
        ) : (
          <span
            className="lb-state-tag"
            style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
          >
            {t('messageUnread')}
          </span>
        )}
      </Flex>
      <p className="lb-paragraph lb-message-body">{message.body}</p>
      <Flex gap="middle" align="center" wrap>
        {target ? (
          <Link
            to={target.to}
            className="lb-link-strong"
            data-testid="message-open"
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              void open(target.to);
            }}
          >
            {t(target.label)}
            {message.about?.caseCode ? (
              <span className="lb-visually-hidden">
                {t('messageAbout', { code: message.about.caseCode })}
              </span>
            ) : null}
          </Link>
        ) : null}
        {message.readAt ? null : (
          <Button size="small" onClick={onRead} loading={busy}>
            {t('messageMarkRead')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
