import dayjs, { type Dayjs } from 'dayjs';

/** A picked day as the schemas want it ('YYYY-MM-DD'); undefined when none was picked. */
export const isoDate = (d: Dayjs | null | undefined): string | undefined =>
  d ? d.format('YYYY-MM-DD') : undefined;

/** Today as the date pickers start. */
export const today = (): Dayjs => dayjs().startOf('day');
