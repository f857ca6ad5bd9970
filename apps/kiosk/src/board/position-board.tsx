import { type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { KioskPosition } from '../api/types';
import { PositionDetail } from '../detail/position-detail';
import { useIdle } from '../use-idle';
import { FilterBar } from './filter-bar';
import { applyFilter, effectiveFilter, NO_FILTER, type PositionFilter } from './filters';
import { Pager } from './pager';
import { clampPage, pageCount, pageItems, stepPage } from './paging';
import { PositionCard } from './position-card';
import { useAutoRotate } from './use-auto-rotate';

/** After this long untouched the next visitor gets the whole fair again, not the last one's filter. */
const BOARD_IDLE_MS = 180_000;
/** A horizontal drag longer than this is a swipe to the next or previous page, not a tap. */
const SWIPE_PX = 120;

interface PositionBoardProps {
  fairId: string;
  positions: readonly KioskPosition[];
  rotateMs: number;
}

/** The fair's positions: filters, a paged grid that turns by itself and by touch, and the detail overlay. */
export function PositionBoard({ fairId, positions, rotateMs }: PositionBoardProps) {
  const [chosen, setChosen] = useState<PositionFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [touches, setTouches] = useState(0);
  const swipeStart = useRef<{ x: number; y: number } | null>(null);
  const swiped = useRef(false);

  const filter = effectiveFilter(chosen, positions);
  const shown = useMemo(
    () => applyFilter(positions, { category: filter.category, county: filter.county }),
    [positions, filter.category, filter.county],
  );
  const pages = pageCount(shown.length);
  const current = clampPage(page, pages);
  const open = openId ? (positions.find((p) => p.id === openId) ?? null) : null;

  // A position that left the fair (filled, expired, withdrawn) takes its open overlay with it.
  useEffect(() => {
    if (openId && !open) setOpenId(null);
  }, [openId, open]);
  useAutoRotate(setPage, pages, rotateMs, open !== null, touches);
  useIdle(BOARD_IDLE_MS, () => setChosen(NO_FILTER));

  const touched = () => setTouches((n) => n + 1);
  const step = (delta: 1 | -1) => {
    setPage(stepPage(current, pages, delta));
    touched();
  };
  const onFilter = (next: PositionFilter) => {
    setChosen(next);
    setPage(0);
    touched();
  };
  const onPointerDown = (e: PointerEvent) => {
    swipeStart.current = { x: e.clientX, y: e.clientY };
    swiped.current = false;
  };
  const onPointerUp = (e: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start || pages <= 1) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - start.y)) {
      swiped.current = true;
      step(dx < 0 ? 1 : -1);
    }
  };

  if (positions.length === 0) {
    return (
      <section className="empty" data-testid="kiosk-empty" aria-labelledby="empty-title">
        <div className="empty-mark" aria-hidden="true">
          ◇
        </div>
        <h2 id="empty-title">暂无在招岗位</h2>
        <p>本场招聘会的岗位已全部招满或尚未发布，请留意现场公告。</p>
      </section>
    );
  }

  return (
    <>
      <FilterBar positions={positions} filter={filter} onChange={onFilter} />
      <div
        className="grid"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          swipeStart.current = null;
        }}
        onClickCapture={(e) => {
          // The click that ends a swipe must not also open the card under the finger.
          if (swiped.current) {
            swiped.current = false;
            e.stopPropagation();
          }
        }}
      >
        {pageItems(shown, current).map((p) => (
          <PositionCard key={p.id} position={p} onOpen={setOpenId} />
        ))}
      </div>
      <Pager
        page={current}
        pages={pages}
        onStep={step}
        onGo={(i) => {
          setPage(i);
          touched();
        }}
      />
      {open && (
        <PositionDetail key={open.id} fairId={fairId} position={open} onClose={() => setOpenId(null)} />
      )}
    </>
  );
}
