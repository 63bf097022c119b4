import { FileImageOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pngFileName, type ChartPicture } from './chart-picture';
import { chartPng, savePicture } from './chart-png';

export interface ChartCardProps extends ChartPicture {
  /** Names the card's test ids: `chart-<id>`, `chart-save-<id>`. */
  id: string;
  /** The picture's file name, without the extension. */
  fileName: string;
  children: ReactNode;
}

/**
 * A chart with its title, what it counts and in which unit, its legend and notes, and a button that
 * saves all of that as a PNG. The legend is drawn here rather than by recharts so that the screen
 * and the saved picture show the same one.
 */
export function ChartCard({ id, title, subtitle, legend, notes, fileName, children }: ChartCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const area = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!area.current) return;
    setSaving(true);
    try {
      const name = pngFileName(fileName);
      savePicture(await chartPng({ title, subtitle, legend, notes }, area.current), name);
      void message.success(t('dashboard.pngSaved', { ns: 'shared', name }));
    } catch (error) {
      // Drawing happens in the page alone, so the browser's own reason is all there is to say.
      const detail = error instanceof Error ? error.message : String(error);
      void message.error(t('dashboard.pngFailed', { ns: 'shared', detail }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={title}
      extra={
        <Button
          size="small"
          icon={<FileImageOutlined />}
          loading={saving}
          onClick={() => void save()}
          data-testid={`chart-save-${id}`}
        >
          {t('dashboard.savePng', { ns: 'shared' })}
        </Button>
      }
      style={{ height: '100%' }}
      // A long title wraps rather than losing its end: it says what the chart counts.
      styles={{ title: { whiteSpace: 'normal' } }}
      data-testid={`chart-${id}`}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {subtitle}
        </Typography.Text>
        {legend.length > 0 && (
          <Flex wrap gap="4px 16px" role="list" aria-label={title}>
            {legend.map((entry) => (
              <Flex key={entry.label} align="center" gap={6} role="listitem" style={{ fontSize: 12 }}>
                <span
                  aria-hidden
                  style={{ width: 10, height: 10, background: entry.color, borderRadius: 2 }}
                />
                {entry.label}
              </Flex>
            ))}
          </Flex>
        )}
        <div ref={area}>{children}</div>
        {notes.map((note) => (
          <Typography.Text key={note} type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        ))}
      </Flex>
    </Card>
  );
}
