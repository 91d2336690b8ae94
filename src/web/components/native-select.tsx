/**
 * A native <select> dressed like an antd control. On a phone the system picker is larger and
 * easier to use than a custom drop-down, screen readers know it well, and browser tests can pick
 * an option by its label. Form.Item passes id, value, onChange and the aria-* state through.
 */
import { theme } from 'antd';
import type { SelectHTMLAttributes } from 'react';

type NativeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value'> & {
  value?: string;
  placeholder: string;
};

export function NativeSelect({ value, placeholder, children, style, ...rest }: NativeSelectProps) {
  const { token } = theme.useToken();
  const invalid = rest['aria-invalid'] === true || rest['aria-invalid'] === 'true';
  return (
    <select
      {...rest}
      className="lb-native-select"
      value={value ?? ''}
      style={{
        height: token.controlHeight,
        fontSize: token.fontSize,
        borderRadius: token.borderRadius,
        borderColor: invalid ? token.colorError : token.colorBorder,
        color: value ? token.colorText : token.colorTextPlaceholder,
        ...style,
      }}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {children}
    </select>
  );
}
