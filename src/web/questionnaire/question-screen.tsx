/**
 * One question on one screen: the question as a heading, the answers as large radio buttons
 * (easy to hit on a phone, in large-text mode too), 上一步 and 下一步, and an honest count of
 * what is left.
 */
import { Button, Flex, Radio } from 'antd';
import { useState } from 'react';
import { useAppState } from '../app-state.tsx';
import type { Question } from '../guide/catalog-api.ts';
import { textIn } from '../guide/catalog-api.ts';

interface QuestionScreenProps {
  question: Question;
  /** 1 for the first question the family answers. */
  number: number;
  /** Questions that may still follow this one; answers can make it fewer. */
  remaining: number;
  /** The answer given before, when the family came back to this question. */
  initial: string | undefined;
  busy: boolean;
  headingRef: (element: HTMLHeadingElement | null) => void;
  onAnswer(value: string): void;
  onBack(): void;
}

export function QuestionScreen(props: QuestionScreenProps) {
  const { question, number, remaining, initial, busy, headingRef, onAnswer, onBack } = props;
  const { t, language } = useAppState();
  const [value, setValue] = useState<string | undefined>(initial);
  const [missing, setMissing] = useState(false);
  const helpId = question.help ? 'question-help' : undefined;
  const describedBy = [helpId, missing ? 'question-error' : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form
      noValidate
      className="lb-question"
      onSubmit={(event) => {
        event.preventDefault();
        if (!value) {
          setMissing(true);
          return;
        }
        onAnswer(value);
      }}
    >
      <p className="lb-progress" data-testid="question-progress">
        {t('questionNumber', { number })}
        <span className="lb-progress-rest">
          {remaining > 0 ? t('questionRemaining', { remaining }) : t('questionLast')}
        </span>
      </p>
      <h2 id="question-heading" ref={headingRef} tabIndex={-1} className="lb-question-heading">
        {textIn(language, question.text)}
      </h2>
      {question.help ? (
        <p id={helpId} className="lb-question-help">
          {textIn(language, question.help)}
        </p>
      ) : null}
      <Radio.Group
        className="lb-choices"
        orientation="vertical"
        name={`question-${question.id}`}
        aria-labelledby="question-heading"
        aria-describedby={describedBy}
        aria-invalid={missing || undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value as string);
          setMissing(false);
        }}
        options={question.options.map((option) => ({
          value: option.value,
          label: textIn(language, option.label),
        }))}
      />
      {missing ? (
        <p id="question-error" className="lb-field-error" role="alert">
          {t('questionChoose')}
        </p>
      ) : null}
      <Flex gap="middle" className="lb-step-buttons">
        <Button className="lb-grow" size="large" onClick={onBack} disabled={busy}>
          {t('previous')}
        </Button>
        <Button className="lb-grow" size="large" type="primary" htmlType="submit" loading={busy}>
          {t('next')}
        </Button>
      </Flex>
    </form>
  );
}
