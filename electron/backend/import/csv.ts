// CSV as Danish offices write it: `;` (Excel with Danish settings) or `,`, quoted fields with "" inside and
// line breaks in quotes, UTF-8 with or without BOM, or Windows-1252 (older Excel's "CSV (semikolonsepareret)").

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), otherwise Windows-1252, which decodes any byte. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Counts of a character per line, outside quotes, over the first lines. */
function countsPerLine(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) n++;
    else if (!quoted && c === '\n') {
      if (n > 0 || counts.length > 0) counts.push(n);
      n = 0;
    }
  }
  if (counts.length < maxLines && n > 0) counts.push(n);
  return counts;
}

/** The delimiter whose count is the same on most lines (Danish decimals put commas in `;` files). Ties go to `;`. */
export function detectDelimiter(text: string): ';' | ',' {
  const score = (d: string) => {
    const counts = countsPerLine(text, d, 20).filter((n) => n > 0);
    if (counts.length === 0) return 0;
    const first = counts[0];
    return counts.filter((n) => n === first).length + 0.5;
  };
  return score(',') > score(';') ? ',' : ';';
}

export interface TextRow {
  /** Row number as Excel would show it after opening the file (empty lines count). */
  row: number;
  cells: string[];
}

/** Splits the text into records; every record, empty ones included, so the row numbers match Excel. */
export function* parseCsv(text: string, delimiter: string): Generator<TextRow> {
  let row = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(field);
    const done = { row: row++, cells };
    cells = [];
    field = '';
    return done;
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === delimiter) {
      cells.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      yield endRecord();
    } else field += c;
  }
  if (field !== '' || cells.length > 0) yield endRecord();
}
