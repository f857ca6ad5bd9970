import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      extra={
        <Button type="primary" onClick={() => navigate('/households')}>
          {t('backHome')}
        </Button>
      }
    />
  );
}
