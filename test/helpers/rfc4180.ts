/**
 * A strict RFC 4180 reader for tests: records end in CRLF (the last one too), a field is either
 * bare (no `"`, CR or LF, or comma) or quoted (`""` for a quote inside), and every record has as
 * many fields as the header. Anything else throws with its position, where csv-parse would
 * guess and go on.
 */
export function readRfc4180(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`RFC 4180: ${why} at offset ${i} (record ${records.length + 1})`);
  };
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) fail('unterminated quoted field');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') fail('quote inside a bare field');
        field += csv[i++];
      }
    }
    record.push(field);
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (csv[i] === '\r' && csv[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail(i >= csv.length ? 'last record without CRLF' : `bare ${JSON.stringify(csv[i])} after a field`);
  }
  const width = records[0]?.length;
  for (const [n, r] of records.entries()) if (r.length !== width) throw new Error(`RFC 4180: record ${n + 1} has ${r.length} fields, header ${width}`);
  return records;
}
