import { Typography } from 'antd';
import type { Programme } from '../../shared/funding/pack-schema';

/**
 * The document a programme rests on, with its address when the pack gives one. Only web addresses
 * become links: a pack is user data, and a javascript: or file: address must never be clickable.
 */
export function SourceText({ source, testId }: { source: Programme['source']; testId?: string }) {
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return (
    <span data-testid={testId}>
      <span data-testid={testId && `${testId}-document`}>{source.document}</span>
      {source.url && ' '}
      {url ? (
        <Typography.Link href={url} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
          {url}
        </Typography.Link>
      ) : (
        source.url && <Typography.Text type="secondary">{source.url}</Typography.Text>
      )}
    </span>
  );
}
