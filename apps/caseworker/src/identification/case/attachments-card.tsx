import { UploadOutlined } from '@ant-design/icons';
import { formatInstant, useLang } from '@bangfu/client';
import { AttachmentKind } from '@bangfu/domain';
import { App, Button, Card, Select, Space, Table, Upload } from 'antd';
import { useState } from 'react';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { AttachmentMeta } from '../api/types';
import { useAttachments, useUploadAttachment } from '../api/use-attachments';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { CASE_WORK_ROLES, useHasRole } from '../permissions';
import { AttachmentPreview } from './attachment-preview';
import { fileToBase64 } from './file-to-base64';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** 证明材料: the evidence of the case (photos, scans), with upload and preview. */
export function AttachmentsCard({ householdId }: { householdId: string }) {
  const t = useIdentT();
  const { lang } = useLang();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const list = useAttachments(householdId);
  const upload = useUploadAttachment(householdId);
  const canUpload = useHasRole(CASE_WORK_ROLES);
  const [kind, setKind] = useState<AttachmentKind>('APPLICATION_LETTER');
  const [open, setOpen] = useState<string | null>(null);

  const send = async (file: File) => {
    const read = await fileToBase64(file);
    if (!read) return message.error(t('id.case.badFile'));
    await upload.mutateAsync({
      householdId,
      kind,
      filename: file.name,
      mime: read.mime,
      contentBase64: read.base64,
    });
    message.success(t('id.case.uploaded'));
  };
  return (
    <Card size="small" title={t('id.case.attachments')} data-testid="attachments">
      {canUpload && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 240 }}
            data-testid="attachment-kind"
            options={AttachmentKind.values.map((k) => ({ value: k, label: label(AttachmentKind, k) }))}
          />
          <Upload
            accept="image/jpeg,image/png,image/webp,application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              send(file).catch(() => undefined);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-upload">
              {t('id.case.upload')}
            </Button>
          </Upload>
        </Space>
      )}
      <StepErrorAlert error={upload.error ?? list.error} />
      <Table<AttachmentMeta>
        size="small"
        rowKey="id"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('id.case.noAttachments') }}
        columns={[
          {
            title: t('id.case.uploadKind'),
            dataIndex: 'kind',
            render: (k: AttachmentKind) => label(AttachmentKind, k),
          },
          { title: t('id.case.filename'), dataIndex: 'filename' },
          { title: t('id.case.size'), dataIndex: 'sizeBytes', render: kb },
          {
            title: t('id.case.uploader'),
            dataIndex: 'uploadedByName',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('id.case.uploadedAt'),
            dataIndex: 'uploadedAt',
            render: (v: string) => formatInstant(v, lang),
          },
          {
            title: '',
            render: (_, a) => (
              <Button size="small" onClick={() => setOpen(a.id)} data-testid="attachment-preview">
                {t('id.case.preview')}
              </Button>
            ),
          },
        ]}
      />
      <AttachmentPreview id={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
