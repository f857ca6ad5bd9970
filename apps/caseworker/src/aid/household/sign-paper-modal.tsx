import { UploadOutlined } from '@ant-design/icons';
import { useLang } from '@bangfu/client';
import { AidPlanSignOnPaperSchema, sniffMime } from '@bangfu/domain';
import { Alert, App, Button, Form, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';
import type { AidPlan } from '../api/types';
import { useSignOnPaper, useUploadSignatureScan } from '../api/use-plans';
import { AidErrorAlert } from '../components/aid-error-alert';
import { readFileAsBase64 } from '../components/read-file';
import { useAidT } from '../i18n/use-aid-t';

interface SignPaperModalProps {
  householdId: string;
  plan: AidPlan;
  defaultSigner: string;
  onClose: () => void;
}

/**
 * 纸质签字: the worker signed the printed plan; the scan or photo is stored as one of the
 * household's attachments, then the plan is marked signed. A failed sign keeps the uploaded scan,
 * so trying again does not upload it twice.
 */
export function SignPaperModal({ householdId, plan, defaultSigner, onClose }: SignPaperModalProps) {
  const t = useAidT();
  const tc = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const upload = useUploadSignatureScan();
  const sign = useSignOnPaper();
  const [signerName, setSignerName] = useState(defaultSigner);
  const [file, setFile] = useState<File | null>(null);
  const [attachment, setAttachment] = useState<{ id: string; file: File } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    if (!file) return setProblem(t('aid.sign.noFile'));
    // The attachment id comes from the upload below; everything else is checked first.
    const probe = AidPlanSignOnPaperSchema.omit({ attachmentId: true }).safeParse({
      planId: plan.id,
      expectedVersion: plan.version,
      signerName,
    });
    if (!probe.success) {
      const issue = probe.error.issues[0];
      return setProblem(issue ? issueMessage(issue, lang, tc) : tc('zod.invalid'));
    }
    setProblem(null);
    let attachmentId = attachment?.file === file ? attachment.id : null;
    if (!attachmentId) {
      const contentBase64 = await readFileAsBase64(file);
      const head = Uint8Array.from(atob(contentBase64.slice(0, 24)), (c) => c.charCodeAt(0));
      const { id } = await upload.mutateAsync({
        householdId,
        filename: file.name,
        mime: sniffMime(head) ?? undefined,
        contentBase64,
      });
      setAttachment({ id, file });
      attachmentId = id;
    }
    await sign.mutateAsync({ ...probe.data, attachmentId });
    message.success(t('aid.plan.signedOk'));
    onClose();
  };

  return (
    <Modal
      open
      title={t('aid.sign.title')}
      okText={tc('save')}
      okButtonProps={{ 'data-testid': 'sign-save' }}
      confirmLoading={upload.isPending || sign.isPending}
      onOk={() => run().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('aid.sign.signer')} required>
          <Input
            value={signerName}
            onChange={(e) => setSignerName(e.target.value)}
            maxLength={50}
            data-testid="sign-signer"
          />
        </Form.Item>
        <Form.Item label={t('aid.sign.scan')} required>
          <Upload
            accept="image/jpeg,image/png,image/webp,application/pdf"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="sign-file">
              {t('aid.sign.pick')}
            </Button>
          </Upload>
          {file && (
            <Typography.Text
              type="secondary"
              data-testid="sign-file-name"
              style={{ display: 'block', marginTop: 4 }}
            >
              {t('aid.sign.uploaded', { name: file.name })}
            </Typography.Text>
          )}
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={upload.error ?? sign.error} />
    </Modal>
  );
}
