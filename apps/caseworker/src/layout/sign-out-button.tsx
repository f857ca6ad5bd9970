import { LogoutOutlined } from '@ant-design/icons';
import { errorMessage, useLang } from '@bangfu/client';
import { App, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/use-auth';
import { useT } from '../i18n/use-t';

export function SignOutButton() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const onClick = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate('/login', { replace: true }),
      onError: (err) => message.error(t('signOutFailed', { message: errorMessage(err, lang) })),
    });
  return (
    <Button
      size="small"
      icon={<LogoutOutlined />}
      loading={signOut.isPending}
      onClick={onClick}
      data-testid="sign-out"
    >
      {t('signOut')}
    </Button>
  );
}
