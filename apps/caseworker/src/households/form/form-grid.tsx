import { Col, type ColProps } from 'antd';

/** One field's cell in the form grid: three across on a wide screen, one on a narrow one. */
export function Cell({ wide, ...props }: ColProps & { wide?: boolean }) {
  return wide ? <Col xs={24} {...props} /> : <Col xs={24} md={12} xl={8} {...props} />;
}
