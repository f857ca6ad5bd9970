import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

/** A zip entry: fixed bytes, or `head + body×times + tail` (compressed without ever being whole). */
export type ZipEntry =
  | { name: string; data: Buffer }
  | { name: string; head: string; body: string; times: number; tail: string; declaredSize?: number };

interface Packed {
  name: Buffer;
  compressed: Buffer;
  crc: number;
  size: number;
  declaredSize: number;
}

async function pack(e: ZipEntry): Promise<Packed> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await once(deflate, 'drain');
  };
  if ('data' in e) await write(e.data);
  else {
    await write(Buffer.from(e.head));
    const body = Buffer.from(e.body.repeat(Math.max(1, Math.floor((1 << 20) / e.body.length))));
    const perChunk = body.length / e.body.length;
    for (let done = 0; done < e.times; done += perChunk)
      await write(done + perChunk <= e.times ? body : Buffer.from(e.body.repeat(e.times - done)));
    await write(Buffer.from(e.tail));
  }
  deflate.end();
  await once(deflate, 'end');
  const declaredSize = 'declaredSize' in e && e.declaredSize !== undefined ? e.declaredSize : size;
  return { name: Buffer.from(e.name), compressed: Buffer.concat(out), crc, size, declaredSize };
}

/** A plain zip (deflate, no zip64) built by hand, so an entry may lie about its size. */
export async function buildZip(entries: ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const p = await pack(e);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.compressed.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(p.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.compressed.length, 20);
    central.writeUInt32LE(p.declaredSize, 24);
    central.writeUInt16LE(p.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, p.name, p.compressed);
    centrals.push(central, p.name);
    offset += 30 + p.name.length + p.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts every workbook needs, with one sheet named `sheetName`. */
function workbookParts(sheetName: string): ZipEntry[] {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s}`);
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
  ];
}

/**
 * A zip bomb shaped as an .xlsx: its one sheet expands to about `megabytes` MB of rows. With
 * `lie`, the zip claims the sheet is 1 KB (a reader must not trust the directory).
 */
export function xlsxBomb(
  megabytes: number,
  opts: { lie?: boolean; sheetName?: string } = {},
): Promise<Buffer> {
  // One cell whose text is the whole payload: the XML reader must hold it as one string.
  const row = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  return buildZip([
    ...workbookParts(opts.sheetName ?? '户'),
    {
      name: 'xl/worksheets/sheet1.xml',
      head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
      body: row,
      times: Math.ceil((megabytes * 1024 * 1024) / row.length),
      tail: '</t></is></c></row></sheetData></worksheet>',
      ...(opts.lie ? { declaredSize: 1024 } : {}),
    },
  ]);
}

export const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);
export const TEXT_FILE = Buffer.from('户主姓名,身份证号\n张三,520302198001010013\n');
export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);
export const HTML_WITH_SCRIPT = Buffer.from(
  '<!doctype html><html><body><script>fetch("/x")</script></body></html>',
);
/** A PDF whose open action runs JavaScript, and one hiding the name as /J#53 (hex escape). */
export const PDF_WITH_JS = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
export const PDF_WITH_HIDDEN_JS = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScrip#74 /J#53 (app.alert\\(1\\)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
export const PDF_PLAIN = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
