import { formatFen, labelIn, useLang } from '@bangfu/client';
import { Alert, Button, Card, Descriptions, Flex, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import type { Plan, Scheme } from '../api/types';
import { useWhatIf } from '../api/use-claims';
import { MaErrorAlert } from '../components/ma-error-alert';
import { useMaT } from '../i18n/use-ma-t';

type Band = Plan['bands'][number];

/**
 * 测算: change a plan's rate bands and see what the year's claims would have cost. The server
 * re-adjudicates in memory only; the card says so, because nothing here changes any real claim.
 */
export function WhatIfCard({ scheme, year }: { scheme: Scheme; year: number }) {
  const t = useMaT();
  const { lang } = useLang();
  const withBands = scheme.body.plans.filter((p) => p.bands.length > 0);
  const [planCode, setPlanCode] = useState(withBands[0]?.code);
  const plan = withBands.find((p) => p.code === planCode);
  const [bands, setBands] = useState<Band[]>(plan?.bands ?? []);
  const whatIf = useWhatIf();
  const choosePlan = (code: string) => {
    setPlanCode(code);
    setBands(withBands.find((p) => p.code === code)?.bands ?? []);
    whatIf.reset();
  };
  const setRate = (i: number, key: 'ratePermille' | 'ratePermilleHardship', v: number | null) =>
    setBands((bs) => bs.map((b, j) => (j === i ? { ...b, [key]: v ?? undefined } : b)));
  const run = () =>
    planCode && whatIf.mutate({ schemeId: scheme.id, year, changes: [{ planCode, set: { bands } }] });
  const r = whatIf.data;
  return (
    <Card size="small" title={t('ma.whatif.title')} data-testid="ma-whatif" style={{ marginTop: 16 }}>
      <Alert
        type="info"
        showIcon
        title={t('ma.whatif.notice')}
        style={{ marginBottom: 12 }}
        data-testid="ma-whatif-notice"
      />
      {withBands.length === 0 ? (
        <Alert type="warning" title={t('ma.whatif.noBands')} />
      ) : (
        <>
          <Select
            value={planCode}
            onChange={choosePlan}
            style={{ width: 360, marginBottom: 8 }}
            data-testid="ma-whatif-plan"
            options={withBands.map((p) => ({ value: p.code, label: labelIn(p.name, lang) }))}
          />
          <Table<Band>
            size="small"
            pagination={false}
            rowKey="fromFen"
            dataSource={bands}
            columns={[
              {
                title: t('ma.whatif.band'),
                render: (_, b) => `${formatFen(b.fromFen)} – ${b.toFen === null ? '∞' : formatFen(b.toFen)}`,
              },
              {
                title: t('ma.whatif.rate'),
                render: (_, b, i) => (
                  <InputNumber
                    min={0}
                    max={1000}
                    value={b.ratePermille}
                    onChange={(v) => setRate(i, 'ratePermille', v ?? 0)}
                    data-testid={`ma-whatif-rate-${i}`}
                  />
                ),
              },
              {
                title: t('ma.whatif.rateHardship'),
                render: (_, b, i) => (
                  <InputNumber
                    min={0}
                    max={1000}
                    value={b.ratePermilleHardship}
                    onChange={(v) => setRate(i, 'ratePermilleHardship', v)}
                    data-testid={`ma-whatif-hardship-${i}`}
                  />
                ),
              },
            ]}
          />
          <Flex style={{ marginTop: 8 }}>
            <Button type="primary" onClick={run} loading={whatIf.isPending} data-testid="ma-whatif-run">
              {t('ma.whatif.run')}
            </Button>
          </Flex>
        </>
      )}
      <MaErrorAlert error={whatIf.error} />
      {r && (
        <Descriptions
          style={{ marginTop: 12 }}
          size="small"
          bordered
          column={{ xs: 1, md: 4 }}
          data-testid="ma-whatif-result"
          items={[
            { key: 'n', label: t('ma.stats.claims'), children: t('ma.whatif.claims', { n: r.claims }) },
            { key: 'c', label: t('ma.whatif.current'), children: formatFen(r.currentPaidFen) },
            { key: 's', label: t('ma.whatif.simulated'), children: formatFen(r.simulatedFen) },
            {
              key: 'd',
              label: t('ma.whatif.difference'),
              children: <strong data-testid="ma-whatif-difference">{formatFen(r.differenceFen)}</strong>,
            },
          ]}
        />
      )}
    </Card>
  );
}
