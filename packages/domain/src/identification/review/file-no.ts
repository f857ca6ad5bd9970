/** 档案编号: 'GZ-520302-2026-000123' — province prefix, county division, year, 6-digit sequence. */
export function formatFileNo(divisionCode: string, year: number, seq: number): string {
  return `GZ-${divisionCode}-${year}-${String(seq).padStart(6, '0')}`;
}

export const FILE_NO_PATTERN = /^GZ-\d{6}-\d{4}-\d{6}$/;
