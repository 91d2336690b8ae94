/**
 * For staff (the department's workbench and the window): each time a department returned a
 * sub-case for more information, the request and — once given — the answer, marked as the answer
 * to that request: "补充材料（答复 <date> 的退回要求：<reason>）", the text, who answered and when,
 * and the files, each opened through an audited link.
 */
import { useAppState } from '../app-state.tsx';
import { formatDateTime } from '../i18n.ts';
import type { SupplementRequest } from '../workflow-api.ts';

interface SupplementAnswersProps {
  requests: SupplementRequest[] | undefined;
  fileUrl(itemId: string): string;
  /** Heading level of each answer (under the page's own headings). */
  level?: 3 | 4;
}

export function SupplementAnswers({ requests, fileUrl, level = 3 }: SupplementAnswersProps) {
  const { t, language } = useAppState();
  if (!requests || requests.length === 0) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="lb-supplement-answers" data-testid="supplement-answers">
      {requests.map((request) => {
        const asked = formatDateTime(language, request.requestedAt);
        if (!request.answer) {
          return (
            <p key={request.id} className="lb-supplement-waiting" data-testid="supplement-waiting">
              {t('supplementWaiting', { date: asked, reason: request.reason })}
            </p>
          );
        }
        const { answer } = request;
        const time = formatDateTime(language, answer.answeredAt);
        return (
          <section key={request.id} className="lb-supplement-answer" data-testid="supplement-answer">
            <Heading className="lb-group-title">
              {t('supplementAnswerTitle', { date: asked, reason: request.reason })}
            </Heading>
            <p className="lb-aside">
              {answer.channel === 'window'
                ? t('supplementAnsweredAtWindow', { time })
                : t('supplementAnsweredOnline', { time })}
            </p>
            <p className="lb-supplement-note" data-testid="supplement-answer-note">
              {answer.note || t('answerNoText')}
            </p>
            {answer.files.length === 0 ? (
              <p className="lb-aside">{t('supplementNoFiles')}</p>
            ) : (
              <ul className="lb-plain-list" data-testid="supplement-answer-files">
                {answer.files.map((file) => (
                  <li key={file.id}>
                    <a href={fileUrl(file.id)} target="_blank" rel="noopener">
                      {file.name}
                      <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
