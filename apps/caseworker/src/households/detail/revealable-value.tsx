import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { RevealPurpose } from '@bangfu/domain';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { RevealPurposeModal } from './reveal-purpose-modal';
import { useTimedReveal } from './use-timed-reveal';

interface RevealableValueProps {
  masked: string;
  /** Whether this user's role may reveal; without it only the masked value shows. */
  canReveal: boolean;
  modalTitle: string;
  testId: string;
  reveal: (purpose: RevealPurpose) => Promise<string>;
  loading: boolean;
  error: unknown;
  /** Clears the previous attempt's error when the dialog opens again. */
  onOpen: () => void;
}

/** A masked number with a "查看" button that asks for a purpose, then shows it for a minute. */
export function RevealableValue(props: RevealableValueProps) {
  const { masked, canReveal, modalTitle, testId, reveal, loading, error, onOpen } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useTimedReveal();
  const onConfirm = (purpose: RevealPurpose) =>
    reveal(purpose).then(
      (value) => {
        setRevealed(value);
        setOpen(false);
      },
      () => undefined, // the modal shows the error
    );
  return (
    <Space size={4}>
      <span style={{ fontFamily: 'monospace' }} data-testid={`${testId}-value`}>
        {revealed ?? masked}
      </span>
      {canReveal &&
        (revealed ? (
          <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)}>
            {t('hide')}
          </Button>
        ) : (
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            onClick={() => {
              onOpen();
              setOpen(true);
            }}
            data-testid={testId}
          >
            {t('reveal')}
          </Button>
        ))}
      <RevealPurposeModal
        open={open}
        title={modalTitle}
        loading={loading}
        error={error}
        onConfirm={onConfirm}
        onCancel={() => setOpen(false)}
      />
    </Space>
  );
}
