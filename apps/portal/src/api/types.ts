import type { RouterOutputs } from '@bangfu/client';

/** A public position as the kiosk's QR code opens it (no personal data, published fairs only). */
export type PublicPosition = RouterOutputs['kiosk']['position'];
