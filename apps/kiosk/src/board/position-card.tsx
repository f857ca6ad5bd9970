import { PositionCategory, WorkHours } from '@bangfu/domain';
import type { KioskPosition } from '../api/types';
import { formatSalary } from '../format';

/** One position on the grid; the whole card is the touch target that opens its detail. */
export function PositionCard({
  position: p,
  onOpen,
}: {
  position: KioskPosition;
  onOpen: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className="card"
      data-testid="kiosk-position-card"
      data-position-id={p.id}
      data-category={p.category}
      data-county={p.divisionCode}
      onClick={() => onOpen(p.id)}
    >
      <span className="card-top">
        <span className="tag">{PositionCategory.label(p.category, 'zh')}</span>
        {p.boothNo && <span className="booth">展位 {p.boothNo}</span>}
      </span>
      <span className="card-title">{p.title}</span>
      <span className="card-employer">{p.employerName}</span>
      <span className="card-salary">{formatSalary(p.salaryMinFen, p.salaryMaxFen)}</span>
      <span className="card-meta">
        <span>招 {p.openings} 人</span>
        <span>{p.countyName}</span>
        <span>{WorkHours.label(p.hours, 'zh')}</span>
      </span>
    </button>
  );
}
