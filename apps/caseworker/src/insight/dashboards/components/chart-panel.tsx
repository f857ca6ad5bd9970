import { Card } from 'antd';
import type { ReactNode } from 'react';

/** A titled block: a chart, then the same figures as a table. */
export function ChartPanel({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Card>
  );
}
