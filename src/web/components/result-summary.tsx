/**
 * What a department's result says, safely: a certificate's number and date, the date of a
 * cancellation, a payment's amount, date and masked account, an inquiry's document number (its
 * summary only for staff), the date benefits end. Shared by the family, the window and the
 * department so a result reads the same everywhere.
 */
import { type ResultLabels, resultLabels } from '../../domain/result-labels.ts';
import { useAppState } from '../app-state.tsx';
import { pick } from '../i18n.ts';
import type { SubCaseResult } from '../workflow-api.ts';

/** "1234.5" → "1,234.50" (yuan, two decimals). */
function yuan(amount: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function ResultSummary({
  result,
  withInquirySummary = true,
  labels = resultLabels(undefined),
  testId,
}: {
  result: SubCaseResult | Record<string, unknown>;
  /** What each value is called for this matter (户口注销日期, 终止参保日期), from the server's view. */
  labels?: ResultLabels | undefined;
  /** The inquiry's summary may name company shares; the family's overview leaves it out. */
  withInquirySummary?: boolean;
  testId?: string;
}) {
  const { t, language } = useAppState();
  const label = (key: keyof ResultLabels) => pick(language, labels[key].zh, labels[key].en);
  const typed = result as SubCaseResult;
  const rows: [string, string][] = [];
  switch (typed.type) {
    case 'certificate':
      rows.push([label('documentNumber'), typed.documentNumber], [label('issuedOn'), typed.issuedOn]);
      break;
    case 'cancellation':
      rows.push([label('cancelledOn'), typed.cancelledOn]);
      if (typed.documentNumber) rows.push([label('documentNumber'), typed.documentNumber]);
      break;
    case 'payment':
      rows.push(
        [label('amountYuan'), t('resultYuan', { amount: yuan(typed.amountYuan) })],
        [label('paidOn'), typed.paidOn],
      );
      if (typed.accountMasked) rows.push([label('accountMasked'), typed.accountMasked]);
      break;
    case 'inquiry-result':
      rows.push([label('documentNumber'), typed.documentNumber]);
      if (withInquirySummary) rows.push([label('summary'), typed.summary]);
      break;
    case 'termination':
      rows.push([label('effectiveOn'), typed.effectiveOn]);
      break;
    default:
      return null;
  }
  return (
    <dl className="lb-facts lb-facts-compact lb-result-summary" data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
