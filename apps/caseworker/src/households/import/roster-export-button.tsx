import { DownloadOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import {
  canRevealBankAccount,
  canRevealIdNumber,
  HardshipCategory,
  HOUSEHOLD_EXPORT_ROLES,
  HouseholdStatus,
  hasAnyRole,
  REVEAL_PURPOSE_LABELS,
  RevealPurpose,
} from '@bangfu/domain';
import { Alert, App, Button, Checkbox, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { downloadXlsx } from '../../aid/components/download-xlsx';
import { useCurrentUser } from '../../auth/current-user';
import { EnumSelect } from '../../components/enum-select';
import { OrgTreeSelect } from '../../components/org-tree-select';
import { type RosterExportInput, useExportRoster } from './use-household-import';
import { useImportT } from './use-import-t';

/** 导出花名册: filters, an opt-in to unmask what the role may see (with a purpose), then the download. */
export function RosterExportButton() {
  const t = useImportT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const exporter = useExportRoster();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<RosterExportInput>();
  const reveal = Form.useWatch('reveal', form);
  if (!hasAnyRole(me.roles, HOUSEHOLD_EXPORT_ROLES)) return null;
  const mayReveal = canRevealIdNumber(me.roles) || canRevealBankAccount(me.roles);
  const submit = (values: RosterExportInput) =>
    exporter.mutate(values, {
      onSuccess: (file) => {
        downloadXlsx(file);
        message.success(t('hi.export.ok', { households: file.households, members: file.members }));
        setOpen(false);
      },
    });
  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="roster-export">
        {t('hi.export')}
      </Button>
      <Modal
        open={open}
        title={t('hi.export.title')}
        okText={t('hi.export.run')}
        confirmLoading={exporter.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ reveal: false }}>
          <Form.Item name="orgId" label={t('hi.export.org')}>
            <OrgTreeSelect allowClear placeholder={t('hi.export.all')} />
          </Form.Item>
          <Form.Item name="status" label={t('hi.export.status')}>
            <EnumSelect enumDef={HouseholdStatus} allowClear placeholder={t('hi.export.all')} />
          </Form.Item>
          <Form.Item name="category" label={t('hi.export.category')}>
            <EnumSelect enumDef={HardshipCategory} allowClear placeholder={t('hi.export.all')} />
          </Form.Item>
          {mayReveal && (
            <Form.Item name="reveal" valuePropName="checked">
              <Checkbox>{t('hi.export.reveal')}</Checkbox>
            </Form.Item>
          )}
          {reveal && (
            <Form.Item name="purpose" label={t('hi.export.purpose')} rules={[{ required: true }]}>
              <Select
                options={RevealPurpose.map((p) => ({
                  value: p,
                  label: REVEAL_PURPOSE_LABELS[p][lang === 'en' ? 'en' : 'zh'],
                }))}
              />
            </Form.Item>
          )}
        </Form>
        <Typography.Text type="secondary">{t('hi.export.hint')}</Typography.Text>
        {exporter.error && (
          <Alert type="error" showIcon title={errorMessage(exporter.error, lang)} style={{ marginTop: 12 }} />
        )}
      </Modal>
    </>
  );
}
