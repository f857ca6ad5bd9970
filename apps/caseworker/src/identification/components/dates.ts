import { businessToday } from '@bangfu/client';
import dayjs, { type Dayjs } from 'dayjs';

/** A picked day as the schemas want it ('YYYY-MM-DD'); undefined when none was picked. */
export const isoDate = (d: Dayjs | null | undefined): string | undefined =>
  d ? d.format('YYYY-MM-DD') : undefined;

/**
 * Today in Beijing as the date pickers start. The server refuses a start "in the past" by the
 * Beijing day, so a browser in another zone must not offer yesterday.
 */
export const today = (): Dayjs => dayjs(businessToday());
