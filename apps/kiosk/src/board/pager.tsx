/** More dots than this would not fit one row of large touch targets; the counter still shows. */
const MAX_DOTS = 12;

interface PagerProps {
  page: number;
  pages: number;
  onStep: (delta: 1 | -1) => void;
  onGo: (page: number) => void;
}

export function Pager({ page, pages, onStep, onGo }: PagerProps) {
  const single = pages <= 1;
  return (
    <div className="pager">
      <button
        type="button"
        className="pager-button"
        data-testid="kiosk-page-prev"
        disabled={single}
        onClick={() => onStep(-1)}
      >
        ‹ 上一页
      </button>
      {pages <= MAX_DOTS && !single && (
        <div className="dots">
          {Array.from({ length: pages }, (_, i) => (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: a page dot is its index
              key={i}
              type="button"
              className={i === page ? 'dot dot-active' : 'dot'}
              aria-label={`第 ${i + 1} 页`}
              aria-current={i === page ? 'page' : undefined}
              onClick={() => onGo(i)}
            />
          ))}
        </div>
      )}
      <span
        className="page-indicator"
        data-testid="kiosk-page-indicator"
        data-page={page + 1}
        data-pages={pages}
        aria-live="polite"
      >
        第 {page + 1} / {pages} 页
      </span>
      <button
        type="button"
        className="pager-button"
        data-testid="kiosk-page-next"
        disabled={single}
        onClick={() => onStep(1)}
      >
        下一页 ›
      </button>
    </div>
  );
}
