/** Three across, two down: large enough to read from three metres on a 1920×1080 screen. */
export const PAGE_SIZE = 6;

export function pageCount(items: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(items / size));
}

/** A page index kept inside the pages that exist (data can shrink under the screen). */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, page), pages - 1);
}

/** The next page, wrapping around: the display cycles through the fair for ever. */
export function stepPage(page: number, pages: number, delta: 1 | -1): number {
  return (((page + delta) % pages) + pages) % pages;
}

export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): readonly T[] {
  return items.slice(page * size, page * size + size);
}
