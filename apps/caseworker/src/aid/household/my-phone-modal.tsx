import { useLang } from '@bangfu/client';
import { StaffPhoneUpdateSchema } from '@bangfu/domain';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { issueMessage } from '../../households/form/form-errors';
import { useT } from '../../i18n/use-t';
import { useUpdateMyPhone } from '../api/use-portal-staff';
import { AidErrorAlert } from '../components/aid-error-alert';
import { useAidT } from '../i18n/use-aid-t';

/** The signed-in cadre's own work phone, printed on the cards they are responsible for. */
export function MyPhoneModal({ onClose }: { onClose: () => void }) {
  const t = useAidT();
  const tc = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const update = useUpdateMyPhone();
  const [phone, setPhone] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onOk = () => {
    const parsed = StaffPhoneUpdateSchema.safeParse({ phone: phone.trim() === '' ? null : phone });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setProblem(issue ? issueMessage(issue, lang, tc) : tc('zod.invalid'));
    }
    setProblem(null);
    update.mutate(parsed.data, {
      onSuccess: (r) => {
        message.success(
          r.phone ? t('aid.contact.myPhoneSaved', { phone: r.phone }) : t('aid.contact.myPhoneCleared'),
        );
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t('aid.contact.myPhone')}
      okText={tc('save')}
      okButtonProps={{ 'data-testid': 'my-phone-save' }}
      confirmLoading={update.isPending}
      onOk={onOk}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('aid.contact.myPhoneHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('aid.contact.myPhone')}>
          <Input
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            maxLength={11}
            inputMode="tel"
            allowClear
            data-testid="my-phone-input"
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
      <AidErrorAlert error={update.error} />
    </Modal>
  );
}
