import { z } from 'zod';
import { PhoneSchema } from '../../household/household-schema';

/**
 * A staff member's own work phone, printed in full on the contact cards of the households whose
 * plan names them as the responsible cadre (责任干部). null removes it: the card then shows the
 * union hotline.
 */
export const StaffPhoneUpdateSchema = z.object({ phone: PhoneSchema.nullable() });
export type StaffPhoneUpdate = z.infer<typeof StaffPhoneUpdateSchema>;
