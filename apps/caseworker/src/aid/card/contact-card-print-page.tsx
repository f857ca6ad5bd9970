import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ContactCard as ContactCardDto } from '../api/types';
import { useAidT } from '../i18n/use-aid-t';
import { ContactCard } from './contact-card';
import './contact-card.css';

function cardFrom(state: unknown): ContactCardDto | null {
  const card = (state as { card?: ContactCardDto } | null)?.card;
  return card && typeof card.code === 'string' ? card : null;
}

/**
 * The printable card. The code arrives in router state from `portal.issueCard`; it is kept in
 * this page's memory and wiped from the history entry, so going back or reloading never shows it
 * again (reprinting issues a new code and revokes this one).
 */
export function ContactCardPrintPage() {
  const t = useAidT();
  const { householdId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [card] = useState(() => cardFrom(location.state));
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const back = () => navigate(`/households/${householdId}`);
  return (
    <div className="contact-card-page" data-testid="contact-card-page">
      <div className="contact-card-toolbar">
        <Button onClick={back} data-testid="contact-card-back">
          {t('aid.print.back')}
        </Button>
        {card && (
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="contact-card-print"
          >
            {t('aid.print.print')}
          </Button>
        )}
      </div>
      {card && card.revokedCards > 0 && (
        <div className="contact-card-toolbar">
          <Alert type="warning" showIcon title={t('aid.print.revoked', { n: card.revokedCards })} />
        </div>
      )}
      {card ? (
        <ContactCard card={card} />
      ) : (
        <div className="contact-card-toolbar">
          <Alert type="info" showIcon title={t('aid.print.gone')} data-testid="contact-card-gone" />
        </div>
      )}
    </div>
  );
}
