import { formatFen, labelIn, useLang } from '@bangfu/client';
import { PayerKind } from '@bangfu/domain';
import { Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AidNotAllowed } from '../../aid/components/not-allowed';
import { PagedTable } from '../../employment/components/paged-table';
import type { Enrolment } from '../api/types';
import { useEnrolments } from '../api/use-schemes';
import { SchemeSelect, useScheme } from '../components/scheme-select';
import { UnitSelect } from '../components/unit-select';
import { useMaT } from '../i18n/use-ma-t';
import { MA_ENROL_ROLES, MA_READ_ROLES, useHasMaRole } from '../permissions';
import { EnrolMemberModal } from './enrol-member-modal';
import { ImportCard } from './import-card';

/** 参加登记 of one unit into one scheme's term: one person at a time or from Excel; the enrolments so far. */
export function EnrolmentPage() {
  const t = useMaT();
  const { lang } = useLang();
  const allowed = useHasMaRole(MA_READ_ROLES);
  const canEnrol = useHasMaRole(MA_ENROL_ROLES);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? undefined;
  const schemeId = params.get('scheme') ?? undefined;
  const scheme = useScheme(schemeId);
  const [enrolling, setEnrolling] = useState(false);
  const chosen = Boolean(unitId && scheme);
  const list = useEnrolments({ unitId, schemeId, termYear: scheme?.termYear }, allowed && chosen);
  if (!allowed) return <AidNotAllowed />;
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    });
  const plan = (code: string) => scheme?.body.plans.find((p) => p.code === code);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card>
      <Typography.Title level={4}>{t('ma.enrol.title')}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <UnitSelect
          value={unitId}
          onChange={(v) => set('unit', v)}
          placeholder={t('ma.enrol.unit')}
          style={{ width: 260 }}
          data-testid="ma-enrol-unit"
        />
        <SchemeSelect
          value={schemeId}
          onChange={(v) => set('scheme', v)}
          placeholder={t('ma.enrol.scheme')}
          style={{ width: 360 }}
          data-testid="ma-enrol-scheme"
        />
        {canEnrol && chosen && (
          <Button type="primary" onClick={() => setEnrolling(true)} data-testid="ma-enrol-one">
            {t('ma.enrol.one')}
          </Button>
        )}
      </Flex>
      {!chosen && <Empty description={t('ma.enrol.choose')} />}
      {chosen && unitId && scheme && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {canEnrol && <ImportCard key={`${unitId}-${scheme.id}`} unitId={unitId} scheme={scheme} />}
          <Typography.Title level={5}>{t('ma.enrol.list')}</Typography.Title>
          <PagedTable<Enrolment>
            list={list}
            rows={rows}
            rowTestId="ma-enrolment-row"
            idAttribute="enrolment-id"
            emptyText={t('ma.enrol.empty')}
            loadMoreTestId="ma-enrolment-more"
            columns={[
              { title: t('ma.enrol.name'), dataIndex: 'memberName' },
              { title: t('ma.enrol.idNumber'), dataIndex: 'idNumberMasked' },
              {
                title: t('ma.enrol.plan'),
                render: (_, e) => {
                  const p = plan(e.planCode);
                  return p ? labelIn(p.name, lang) : e.planCode;
                },
              },
              { title: t('ma.enrol.cover'), render: (_, e) => `${e.coverFrom} – ${e.coverTo}` },
              {
                title: '',
                render: (_, e) => (
                  <>
                    {e.hardship && <Tag color="orange">{t('ma.enrol.hardship')}</Tag>}
                    {e.firstEnrolment && <Tag>{t('ma.enrol.first')}</Tag>}
                  </>
                ),
              },
              {
                title: t('ma.enrol.contribution'),
                render: (_, e) =>
                  e.contributions
                    .map(
                      (c) =>
                        `${labelIn(PayerKind.labels[c.payer as PayerKind], lang)} ${formatFen(c.amountFen)}`,
                    )
                    .join(' + '),
              },
            ]}
          />
        </Space>
      )}
      {enrolling && unitId && scheme && (
        <EnrolMemberModal unitId={unitId} scheme={scheme} onClose={() => setEnrolling(false)} />
      )}
    </Card>
  );
}
