// Editing an exported .xlsx as a person editing it in Excel would: the
// zip read and written with node's zlib (no dependency), a sheet's cells
// replaced in its XML (as tests/workbook.rs does natively).
const zlib = require("node:zlib");

/** The files of a zip archive, in order: [{ name, data }]. */
function unzip(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => zip.readUInt16LE(at + o));
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + packed);
    files.push({ name, data: method === 8 ? zlib.inflateRawSync(body) : Buffer.from(body) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/**
 * A zip archive of `files` ([{ name, data, declared? }]), each deflated;
 * `declared` overrides the unpacked size its headers declare (a zip bomb's
 * lie).
 */
function zip(files) {
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data, declared } of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const body = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data);
    const size = declared ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, body);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An exported workbook whose cells can be changed, sheet by sheet. */
class Workbook {
  constructor(bytes) {
    this.files = unzip(bytes);
  }

  text(name) {
    const file = this.files.find((f) => f.name === name);
    if (!file) throw new Error(`no ${name} in the workbook`);
    return file.data.toString("utf8");
  }

  /** The file of the sheet named `sheet` (rust_xlsxwriter writes sheet N as xl/worksheets/sheetN.xml, N its sheetId). */
  sheetFile(sheet) {
    const found = this.text("xl/workbook.xml").match(new RegExp(`<sheet name="${sheet}" sheetId="(\\d+)"`));
    if (!found) throw new Error(`no sheet ${sheet}`);
    return `xl/worksheets/sheet${found[1]}.xml`;
  }

  /** Replaces the cell at `address` of `sheet` with `cell(style)`, its XML given the old cell's style attribute. */
  cell(sheet, address, cell) {
    const name = this.sheetFile(sheet);
    const xml = this.text(name);
    const start = xml.indexOf(`<c r="${address}"`);
    let patched;
    if (start >= 0) {
      const openEnd = xml.indexOf(">", start);
      const end = xml[openEnd - 1] === "/" ? openEnd + 1 : xml.indexOf("</c>", start) + 4;
      const style = xml.slice(start, openEnd).match(/ s="\d+"/)?.[0] ?? "";
      patched = xml.slice(0, start) + cell(style) + xml.slice(end);
    } else {
      const row = address.replace(/^[A-Z]+/, "");
      const rowEnd = xml.indexOf("</row>", xml.indexOf(`<row r="${row}"`));
      patched = xml.slice(0, rowEnd) + cell("") + xml.slice(rowEnd);
    }
    this.files.find((f) => f.name === name).data = Buffer.from(patched, "utf8");
    return this;
  }

  /** Sets a cell to a number. */
  number(sheet, address, value) {
    return this.cell(sheet, address, (s) => `<c r="${address}"${s}><v>${value}</v></c>`);
  }

  /** Sets a cell to a text (an inline string, as other writers use). */
  textCell(sheet, address, text) {
    return this.cell(sheet, address, (s) => `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`);
  }

  bytes() {
    return zip(this.files);
  }
}

module.exports = { unzip, zip, Workbook };
