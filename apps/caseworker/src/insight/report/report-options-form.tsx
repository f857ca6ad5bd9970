import { ProvinceReportInputSchema, StandardVersion } from '@bangfu/domain';
import { Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { useEnumLabel } from '../../i18n/use-enum-label';
import { useReportT } from './i18n/use-report-t';
import type { ReportOptions } from './report-options';

/** Scope, basis, standard and income bands of the report; applied together. */
export function ReportOptionsForm({
  value,
  onApply,
}: {
  value: ReportOptions;
  onApply: (o: ReportOptions) => void;
}) {
  const t = useReportT();
  const label = useEnumLabel();
  const [draft, setDraft] = useState(value);
  const [bandsText, setBandsText] = useState(value.incomeBandsYuan.join(','));
  const [bandsError, setBandsError] = useState<string>();
  const apply = () => {
    const bands = bandsText
      .split(/[,,\s]+/)
      .filter(Boolean)
      .map(Number);
    const parsed = ProvinceReportInputSchema.safeParse({ ...draft, incomeBandsYuan: bands });
    if (!parsed.success) {
      setBandsError(parsed.error.issues[0]?.message ?? t('rep.bands'));
      return;
    }
    setBandsError(undefined);
    onApply(parsed.data as ReportOptions);
  };
  return (
    <Form layout="vertical" className="report-no-print" data-testid="report-options">
      <Flex gap={16} wrap align="end">
        <Form.Item label={t('rep.org')} style={{ minWidth: 280 }}>
          <OrgTreeSelect
            allowClear
            placeholder={t('rep.org.own')}
            value={draft.orgId}
            onChange={(orgId) => setDraft({ ...draft, orgId: orgId || undefined })}
            data-testid="report-org"
          />
        </Form.Item>
        <Form.Item label={t('rep.basis')} tooltip={t('rep.basis.help')}>
          <Radio.Group
            value={draft.basis}
            onChange={(e) => setDraft({ ...draft, basis: e.target.value })}
            optionType="button"
            options={[
              { value: 'SURVEY', label: t('rep.basis.SURVEY') },
              { value: 'ON_FILE', label: t('rep.basis.ON_FILE') },
            ]}
            data-testid="report-basis"
          />
        </Form.Item>
        <Form.Item label={t('rep.standard')}>
          <Select
            value={draft.standardVersion}
            onChange={(standardVersion) => setDraft({ ...draft, standardVersion })}
            options={StandardVersion.values.map((v) => ({ value: v, label: label(StandardVersion, v) }))}
            style={{ width: 220 }}
            data-testid="report-standard"
          />
        </Form.Item>
        <Form.Item label={t('rep.bands')} validateStatus={bandsError ? 'error' : undefined} help={bandsError}>
          <Input
            value={bandsText}
            onChange={(e) => setBandsText(e.target.value)}
            placeholder={t('rep.bands.placeholder')}
            style={{ width: 240 }}
            data-testid="report-bands"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" onClick={apply} data-testid="report-apply">
            {t('rep.apply')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
