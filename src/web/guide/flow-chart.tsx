/**
 * The flow of the "one thing" as numbered steps: a column on a phone and on paper, a row with
 * arrows on a wide screen. A plain ordered list underneath, so it reads in order without styles.
 */
import { useAppState } from '../app-state.tsx';
import type { Guide } from './catalog-api.ts';
import { textIn } from './catalog-api.ts';

export function FlowChart({ flow }: { flow: Guide['flow'] }) {
  const { language } = useAppState();
  return (
    <ol className="lb-flow">
      {flow.map((step) => (
        <li key={step.step} className="lb-flow-step">
          <span className="lb-flow-number" aria-hidden="true">
            {step.step}
          </span>
          <div className="lb-flow-body">
            <p className="lb-flow-title">{textIn(language, step.title)}</p>
            <p className="lb-flow-detail">{textIn(language, step.detail)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
