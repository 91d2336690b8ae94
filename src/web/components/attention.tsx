/**
 * Something that needs a person (dead-lettered messages, an open circuit, a probable
 * overpayment): a warning icon and words in the warning tone, so it stands out calmly and never
 * by colour alone.
 */
import { WarningOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { TONES } from '../theme.ts';

export function Attention({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <span
      data-testid={testId}
      style={{
        display: 'inline-flex',
        alignItems: 'baseline',
        gap: 6,
        fontWeight: 600,
        color: TONES.warning.color,
      }}
    >
      <WarningOutlined aria-hidden="true" />
      <span>{children}</span>
    </span>
  );
}
