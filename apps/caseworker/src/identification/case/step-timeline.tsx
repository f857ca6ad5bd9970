import { formatInstant, labelIn, useLang } from '@bangfu/client';
import { HouseholdStatus } from '@bangfu/domain';
import { Card, Empty, Timeline, Typography } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { TimelineStep } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';

const colorOf = (s: TimelineStep) =>
  s.to === 'REJECTED' || s.to === 'RETURNED' ? 'red' : s.event === 'APPROVE' ? 'green' : 'blue';

/** 办理过程: every step, oldest first, with who did it, when, and what it decided. */
export function StepTimeline({ steps }: { steps: TimelineStep[] }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  return (
    <Card size="small" title={t('id.case.timeline')} data-testid="case-timeline">
      {steps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('id.case.timelineEmpty')} />
      ) : (
        <Timeline
          items={steps.map((s) => ({
            key: s.seq,
            color: colorOf(s),
            content: (
              <div data-testid="timeline-step" data-event={s.event}>
                <Typography.Text strong>{labelIn(s.eventLabel, lang)}</Typography.Text>
                <Typography.Text type="secondary">
                  {'　'}
                  {label(HouseholdStatus, s.from)} → {label(HouseholdStatus, s.to)}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {formatInstant(s.at, lang)}　
                    {t('id.case.by', { name: s.actor?.name ?? t('id.case.system') })}
                  </Typography.Text>
                </div>
                {s.summary && <div data-testid="timeline-summary">{labelIn(s.summary, lang)}</div>}
                {s.note && !s.summary && <Typography.Text type="secondary">{s.note}</Typography.Text>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
