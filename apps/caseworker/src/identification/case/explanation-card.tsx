import { formatFen, labelIn, useLang } from '@bangfu/client';
import { HardshipCategory } from '@bangfu/domain';
import { Card, Descriptions, Empty, Table, Tag } from 'antd';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { CaseAssessment } from '../api/types';
import { useIdentT } from '../i18n/use-ident-t';

type Line = CaseAssessment['classification']['explanation'][number];

/** 认定依据: every figure and threshold the calculator compared, in yuan, with the outcome. */
export function ExplanationCard({ assessment }: { assessment: CaseAssessment | null }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  if (!assessment) {
    return (
      <Card size="small" title={t('id.case.explanation')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('id.case.noExplanation')} />
      </Card>
    );
  }
  const c = assessment.classification;
  const figure = (l: Line) => (l.valueFen !== undefined ? formatFen(l.valueFen) : (l.count ?? '—'));
  return (
    <Card size="small" title={t('id.case.explanation')} data-testid="explanation">
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('id.case.category')}>
          {c.category ? (
            <Tag color="blue">{label(HardshipCategory, c.category)}</Tag>
          ) : (
            <Tag>{t('id.case.ineligible')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('id.case.pcni')}>{formatFen(c.pcniFen)}</Descriptions.Item>
      </Descriptions>
      <Table<Line>
        size="small"
        pagination={false}
        rowKey={(l, i) => `${l.code}-${i}`}
        dataSource={c.explanation}
        columns={[
          {
            title: t('id.case.item'),
            render: (_, l) => (
              <>
                {labelIn(l.label, lang)}
                {l.note && <div style={{ color: '#888', fontSize: 12 }}>{labelIn(l.note, lang)}</div>}
              </>
            ),
          },
          { title: t('id.case.value'), render: (_, l) => figure(l), align: 'right' },
          {
            title: t('id.case.threshold'),
            render: (_, l) => (l.thresholdFen !== undefined ? formatFen(l.thresholdFen) : ''),
            align: 'right',
          },
          {
            title: t('id.case.result'),
            render: (_, l) =>
              l.passed === undefined ? (
                ''
              ) : (
                <Tag color={l.passed ? 'green' : 'default'}>
                  {t(l.passed ? 'id.case.passed' : 'id.case.failed')}
                </Tag>
              ),
          },
        ]}
      />
      <div style={{ color: '#888', marginTop: 8 }}>
        {t('id.case.policyVersion', { version: assessment.policyVersion })}
      </div>
    </Card>
  );
}
