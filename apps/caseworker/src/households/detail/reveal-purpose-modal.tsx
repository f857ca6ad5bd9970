import { errorMessage, labelIn, useLang } from '@bangfu/client';
import { REVEAL_PURPOSE_LABELS, RevealPurpose } from '@bangfu/domain';
import { Alert, type ButtonProps, Flex, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';

interface RevealPurposeModalProps {
  open: boolean;
  title: string;
  loading: boolean;
  error: unknown;
  onConfirm: (purpose: RevealPurpose) => void;
  onCancel: () => void;
}

/** Asks why a sensitive number is needed before revealing it; the purpose is logged (brief §11.5). */
export function RevealPurposeModal({
  open,
  title,
  loading,
  error,
  onConfirm,
  onCancel,
}: RevealPurposeModalProps) {
  const t = useT();
  const { lang } = useLang();
  const [purpose, setPurpose] = useState<RevealPurpose | null>(null);
  return (
    <Modal
      open={open}
      title={title}
      okText={t('revealConfirm')}
      okButtonProps={{ disabled: !purpose, 'data-testid': 'reveal-confirm' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => purpose && onConfirm(purpose)}
      onCancel={onCancel}
      afterClose={() => setPurpose(null)}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('revealNotice')}
        </Typography.Paragraph>
        <Typography.Text strong>{t('revealPurpose')}</Typography.Text>
        <Radio.Group
          value={purpose}
          onChange={(e) => setPurpose(e.target.value as RevealPurpose)}
          data-testid="reveal-purpose"
          options={RevealPurpose.map((p) => ({ value: p, label: labelIn(REVEAL_PURPOSE_LABELS[p], lang) }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        />
        {error ? <Alert type="error" showIcon title={errorMessage(error, lang)} /> : null}
      </Flex>
    </Modal>
  );
}
