import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';

export interface StatCard {
  key: string;
  title: string;
  value: ReactNode;
  suffix?: ReactNode;
}

/** The headline figures of a tab, one small card each. */
export function StatCards({ cards }: { cards: StatCard[] }) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} lg={Math.max(4, Math.floor(24 / cards.length))}>
          <Card size="small">
            <Statistic
              title={c.title}
              valueRender={() => <span data-testid={`dash-card-${c.key}`}>{c.value}</span>}
              suffix={c.suffix}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
