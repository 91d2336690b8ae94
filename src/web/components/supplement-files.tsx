/**
 * The files that go with an answer to a department's request (退回补充): choose photos or PDFs,
 * each is sent up at once and listed as waiting to be sent; one that did not go up says why (the
 * server's words, naming the limit) and can simply be chosen again. Used by the family's answer
 * form and by the window's answer for the applicant at the counter.
 */
import { Button } from 'antd';
import { useId, useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import type { SupplementCalls, SupplementFile } from '../workflow-api.ts';

interface SupplementFilesProps {
  subCaseId: string;
  calls: SupplementCalls;
  files: SupplementFile[];
  onFiles(files: SupplementFile[]): void;
  /** Where a file waiting to be sent can be opened (staff only). */
  fileUrl?: (itemId: string) => string;
  /** Tells the form that an upload is under way (sending waits for it). */
  onBusy?(busy: boolean): void;
}

export function SupplementFiles({ subCaseId, calls, files, onFiles, fileUrl, onBusy }: SupplementFilesProps) {
  const { t, language, describeError } = useAppState();
  const inputId = useId();
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function choose(chosen: File[]) {
    const found: string[] = [];
    onBusy?.(true);
    for (const file of chosen) {
      setUploading(file.name);
      try {
        onFiles((await calls.attach(subCaseId, file)).pendingFiles);
      } catch (error) {
        const onField = error instanceof ApiError ? error.fields[0] : undefined;
        const reason = onField ? (language === 'en' ? onField.en : onField.zh) : describeError(error);
        found.push(t('answerUploadFailed', { name: file.name, reason }));
      }
    }
    setUploading(null);
    setProblems(found);
    onBusy?.(false);
  }

  async function remove(itemId: string) {
    try {
      onFiles((await calls.remove(subCaseId, itemId)).pendingFiles);
    } catch (error) {
      setProblems([describeError(error)]);
    }
  }

  return (
    <div className="lb-field lb-answer-files" data-testid="answer-files">
      <span className="lb-label">{t('answerFiles')}</span>
      <p id={`${inputId}-help`} className="lb-field-help">
        {t('answerFilesHelp')}
      </p>
      <input
        id={inputId}
        className="lb-file-input"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,application/pdf"
        aria-describedby={`${inputId}-help`}
        disabled={uploading !== null}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (chosen.length > 0) void choose(chosen);
        }}
      />
      <label
        htmlFor={inputId}
        className={`lb-file-button lb-file-pick${uploading ? ' lb-file-button-busy' : ''}`}
      >
        {t('answerAddFiles')}
      </label>
      <div aria-live="polite">
        {uploading ? <p className="lb-field-help">{t('answerUploading', { name: uploading })}</p> : null}
        {problems.map((text) => (
          <p key={text} className="lb-field-error" role="alert">
            {text}
          </p>
        ))}
      </div>
      {files.length > 0 ? (
        <>
          <p className="lb-field-help">{t('answerUploaded')}</p>
          <ul className="lb-answer-file-list" data-testid="answer-pending-files">
            {files.map((file) => (
              <li key={file.id} className="lb-answer-file">
                {fileUrl ? (
                  <a href={fileUrl(file.id)} target="_blank" rel="noopener">
                    {file.name}
                    <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
                  </a>
                ) : (
                  <span className="lb-file-name">{file.name}</span>
                )}
                <Button size="small" onClick={() => void remove(file.id)}>
                  {t('answerRemoveFile')}
                  <span className="lb-visually-hidden">{t('answerRemoveFileFor', { name: file.name })}</span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The same, keeping its own list (for a dialog whose form does not hold the files). */
export function OwnSupplementFiles(
  props: Omit<SupplementFilesProps, 'files' | 'onFiles'> & { initial: SupplementFile[] },
) {
  const { initial, ...rest } = props;
  const [files, setFiles] = useState(initial);
  return <SupplementFiles {...rest} files={files} onFiles={setFiles} />;
}
