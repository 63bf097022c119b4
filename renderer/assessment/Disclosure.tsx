import { RightOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useId, type ReactNode } from 'react';

/**
 * A header that opens and closes the part below it: a real button (Enter and Space toggle it,
 * screen readers hear whether it is open). The assessment pages use it in place of antd's Collapse,
 * whose code would otherwise join the UI kit chunk every screen loads, the first one included.
 * Closed content is not rendered unless `keepMounted`.
 */
export function Disclosure({
  header,
  open,
  onToggle,
  keepMounted = false,
  testid,
  children,
}: {
  header: ReactNode;
  open: boolean;
  onToggle: () => void;
  keepMounted?: boolean;
  testid?: string;
  children: ReactNode;
}) {
  const { token } = theme.useToken();
  const contentId = useId();
  return (
    <div
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        background: token.colorBgContainer,
      }}
      data-testid={testid}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={contentId}
        onClick={onToggle}
        style={{
          boxSizing: 'border-box',
          border: 'none',
          font: 'inherit',
          color: 'inherit',
          textAlign: 'start',
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          width: '100%',
          padding: '10px 14px',
          cursor: 'pointer',
          background: token.colorFillAlter,
          borderRadius: open
            ? `${token.borderRadiusLG}px ${token.borderRadiusLG}px 0 0`
            : token.borderRadiusLG,
          outlineOffset: -2,
        }}
      >
        <RightOutlined
          aria-hidden
          style={{
            fontSize: 11,
            transition: 'transform 0.2s',
            transform: open ? 'rotate(90deg)' : undefined,
          }}
        />
        <div style={{ flex: 1, minWidth: 0 }}>{header}</div>
      </button>
      <div
        id={contentId}
        hidden={!open}
        style={{ padding: '4px 14px 8px', borderTop: `1px solid ${token.colorBorderSecondary}` }}
      >
        {(open || keepMounted) && children}
      </div>
    </div>
  );
}
