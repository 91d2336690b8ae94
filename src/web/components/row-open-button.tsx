/**
 * The case code in a table row, as the button that opens the row: each row then has one clear,
 * named control for keyboards and screen readers, and the click does not also trigger the row.
 */
import { Button } from 'antd';

export function RowOpenButton({ label, onOpen }: { label: string; onOpen: () => void }) {
  return (
    <Button
      type="link"
      className="lb-code lb-link-button"
      onClick={(event) => {
        event.stopPropagation();
        onOpen();
      }}
    >
      {label}
    </Button>
  );
}
