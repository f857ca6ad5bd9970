import { Button, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useAttachmentContent } from '../api/use-attachments';
import { StepErrorAlert } from '../components/step-error-alert';
import { useIdentT } from '../i18n/use-ident-t';
import { base64ToObjectUrl } from './file-to-base64';

/** Shows an image inline; a PDF is offered for download (the page's CSP allows no frames). */
export function AttachmentPreview({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useIdentT();
  const content = useAttachmentContent(id);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!content.data) return;
    const u = base64ToObjectUrl(content.data.contentBase64, content.data.mime);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [content.data]);
  const data = content.data;
  return (
    <Modal
      open={id !== null}
      onCancel={onClose}
      footer={null}
      width={820}
      title={data?.filename}
      destroyOnHidden
    >
      {content.isPending && <Spin />}
      <StepErrorAlert error={content.error} />
      {data && url && data.mime.startsWith('image/') && (
        <img src={url} alt={data.filename} style={{ maxWidth: '100%' }} data-testid="attachment-image" />
      )}
      {data && url && !data.mime.startsWith('image/') && (
        <Button href={url} download={data.filename} data-testid="attachment-download">
          {t('id.case.download')}
        </Button>
      )}
    </Modal>
  );
}
