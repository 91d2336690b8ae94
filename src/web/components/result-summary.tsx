/**
 * What a department's result says, safely: a certificate's number and date, the date of a
 * cancellation, a payment's amount, date and masked account, an inquiry's document number (its
 * summary only for staff), the date benefits end. Shared by the family, the window and the
 * department so a result reads the same everywhere.
 */
import { useAppState } from '../app-state.tsx';
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
  testId,
}: {
  result: SubCaseResult | Record<string, unknown>;
  /** The inquiry's summary may name company shares; the family's overview leaves it out. */
  withInquirySummary?: boolean;
  testId?: string;
}) {
  const { t } = useAppState();
  const typed = result as SubCaseResult;
  const rows: [string, string][] = [];
  switch (typed.type) {
    case 'certificate':
      rows.push([t('resultDocumentNumber'), typed.documentNumber], [t('resultIssuedOn'), typed.issuedOn]);
      break;
    case 'cancellation':
      rows.push([t('resultCancelledOn'), typed.cancelledOn]);
      if (typed.documentNumber) rows.push([t('resultDocumentNumber'), typed.documentNumber]);
      break;
    case 'payment':
      rows.push(
        [t('resultAmountYuan'), t('resultYuan', { amount: yuan(typed.amountYuan) })],
        [t('resultPaidOn'), typed.paidOn],
      );
      if (typed.accountMasked) rows.push([t('resultAccount'), typed.accountMasked]);
      break;
    case 'inquiry-result':
      rows.push([t('resultDocumentNumber'), typed.documentNumber]);
      if (withInquirySummary) rows.push([t('resultInquirySummary'), typed.summary]);
      break;
    case 'termination':
      rows.push([t('resultEffectiveOn'), typed.effectiveOn]);
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
