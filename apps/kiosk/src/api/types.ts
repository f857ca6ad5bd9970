import type { RouterOutputs } from '@bangfu/client';

/** Wire shapes of the public kiosk procedures, read off `AppRouter`. */
export type KioskFairView = RouterOutputs['kiosk']['fair'];
export type KioskFair = KioskFairView['fair'];
export type KioskPosition = KioskFairView['positions'][number];
