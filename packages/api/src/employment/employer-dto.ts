import type { EmployerRow, FieldCrypto } from '@bangfu/db';
import { maskPhone } from '@bangfu/domain';

export interface EmployerDto {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  divisionCode: string;
  industry: string;
  address: string;
  contactName: string | null;
  /** Masked for every role ('138****1234'): job information is public, the contact's phone is not. */
  contactPhoneMasked: string | null;
  positionCount: number;
  version: number;
  createdAt: string;
}

export function toEmployerDto(crypto: FieldCrypto, r: EmployerRow): EmployerDto {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    name: r.name,
    divisionCode: r.division_code,
    industry: r.industry,
    address: r.address,
    contactName: r.contact_name,
    contactPhoneMasked: r.contact_phone_enc ? maskPhone(crypto.decrypt(r.contact_phone_enc)) : null,
    positionCount: Number(r.position_count ?? 0),
    version: r.version,
    createdAt: r.created_at,
  };
}

/** What the audit log keeps of an employer: the DTO without derived or volatile fields. */
export function employerSnapshot(
  dto: EmployerDto,
): Omit<EmployerDto, 'orgName' | 'positionCount' | 'createdAt'> {
  const { orgName: _o, positionCount: _p, createdAt: _c, ...rest } = dto;
  return rest;
}
