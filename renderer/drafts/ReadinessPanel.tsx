import { Button, Card, Col, Flex, List, Progress, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationReadiness } from '../../shared/drafts/drafts-api';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import { fixLink, goToElement } from './fix-link';

/** Points as the panel prints them: whole points as integers, a part-point to one decimal. */
const pointsText = (n: number, lang: string) => n.toLocaleString(lang, { maximumFractionDigits: 1 });

/** Gaps shown before "show all": the first few say what to do next without a long scroll. */
const SHORT_LIST = 8;

const scoreColor = (score: number) => (score >= 80 ? '#52c41a' : score >= 50 ? '#1677ff' : '#fa8c16');

/** The application's readiness: the score, what each part earned of its weight, and every gap with where to fix it. */
export function ReadinessPanel({ readiness }: { readiness: ApplicationReadiness }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [all, setAll] = useState(false);
  const partLabel = new Map(readiness.parts.map((p) => [p.key, p.label]));
  return (
    <Card title={t('draftsUi.readiness.title')} data-testid="application-readiness">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={7}>
          <Flex vertical align="center" gap={8}>
            <Progress
              type="dashboard"
              percent={readiness.score}
              strokeColor={scoreColor(readiness.score)}
              format={() => (
                <span data-testid="application-readiness-score" data-value={readiness.score}>
                  {pointsText(readiness.score, lang)}
                </span>
              )}
              aria-label={t('draftsUi.readiness.score')}
            />
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
              {t('draftsUi.readiness.intro')}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={17}>
          <Flex vertical gap={6}>
            {readiness.parts.map((part) => (
              <Flex
                key={part.key}
                align="center"
                gap={12}
                data-testid={`application-readiness-part-${part.key}`}
                data-points={part.points}
                data-weight={part.weight}
              >
                <Typography.Text style={{ width: 150, flexShrink: 0 }}>{part.label}</Typography.Text>
                <Progress
                  percent={part.weight === 0 ? 100 : (part.points / part.weight) * 100}
                  showInfo={false}
                  strokeColor={part.points === part.weight ? '#52c41a' : '#1677ff'}
                  style={{ flex: 1, margin: 0 }}
                />
                <Typography.Text style={{ width: 96, textAlign: 'right', flexShrink: 0 }}>
                  {t('draftsUi.readiness.points', {
                    points: pointsText(part.points, lang),
                    weight: pointsText(part.weight, lang),
                  })}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 20 }} data-testid="application-gaps-title">
        {t('draftsUi.readiness.gapsTitle', { n: formatCount(readiness.gaps.length, lang) })}
      </Typography.Title>
      {readiness.gaps.length === 0 ? (
        <Typography.Text type="success" data-testid="application-no-gaps">
          {t('draftsUi.readiness.noGaps')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          bordered
          dataSource={all ? readiness.gaps : readiness.gaps.slice(0, SHORT_LIST)}
          renderItem={(gap, i) => {
            const link = fixLink(gap.fix, readiness.projectId);
            return (
              <List.Item
                data-testid="application-gap"
                data-part={gap.part}
                data-anchor={gap.fix.anchor ?? ''}
                actions={[
                  <Button
                    key="fix"
                    type="link"
                    size="small"
                    {...(link.kind === 'page'
                      ? { href: link.href }
                      : { onClick: () => goToElement(link.elementId) })}
                    data-testid={`application-gap-fix-${i}`}
                  >
                    {t('draftsUi.readiness.fix')}
                  </Button>,
                ]}
              >
                <Flex gap={8} align="baseline">
                  <Tag>{partLabel.get(gap.part) ?? gap.part}</Tag>
                  <span>{gap.text}</span>
                </Flex>
              </List.Item>
            );
          }}
          footer={
            readiness.gaps.length > SHORT_LIST && (
              <Button
                type="link"
                size="small"
                onClick={() => setAll(!all)}
                aria-expanded={all}
                data-testid="application-gaps-toggle"
              >
                {all
                  ? t('draftsUi.readiness.showFewer')
                  : t('draftsUi.readiness.showAll', { n: formatCount(readiness.gaps.length, lang) })}
              </Button>
            )
          }
        />
      )}
    </Card>
  );
}
