/**
 * Free text typed by staff (requirements, addresses) is shown on public screens. Mobile numbers and
 * ID numbers that slipped into it are blanked out there, and so are names the caller knows to be
 * personal (an employer's contact person). Other names cannot be recognised this way; the DTOs leave
 * contact fields out altogether.
 */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

export function redactPersonalData(text: string, knownNames: readonly (string | null)[] = []): string {
  let out = text.replace(ID_NUMBER, (m) => '*'.repeat(m.length)).replace(MOBILE, '***********');
  for (const name of knownNames) {
    // A one-character "name" would blank out ordinary words.
    if (name && Array.from(name).length >= 2) out = out.replaceAll(name, '*'.repeat(Array.from(name).length));
  }
  return out;
}
