// The CLI on other formats: needs dist/ (`npm run build`; `npm test` builds first).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/fixtures.js';
import { cli, tempDir } from '../../cli/spawn.js';

const fixture = (name: string) => join(FIXTURES, 'formats', name);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('policy-parse on html, docx and pdf', () => {
  it('reads a page saved as .txt as HTML (title from the page, not `</body></html>`)', () => {
    const dir = tempDir('formats');
    copyFileSync(fixture('policy.html'), join(dir, 'saved.txt'));
    const { status, stdout, stderr } = cli(['parse', join(dir, 'saved.txt')]);
    expect([status, stderr]).toEqual([0, '']);
    const doc = JSON.parse(stdout);
    expect(doc.source.format).toBe('html');
    expect(doc.meta.title).toBe('某市数字乡村建设三年行动方案（2024—2026年）');
  });

  it('reads DOCX from stdin and, with --include-text, gives the text the offsets point into', () => {
    const { status, stdout } = cli(['parse', '-', '--include-text'], { input: readFileSync(fixture('policy.docx')) });
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.source).toMatchObject({ path: '-', format: 'docx', chars: doc.source.text.length });
    expect(doc.targets.length).toBeGreaterThan(5);
    for (const t of doc.targets) expect(doc.source.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('--from overrides detection; an unknown --from is a usage error', () => {
    const forced = cli(['parse', fixture('policy.html'), '--from', 'txt']);
    expect(JSON.parse(forced.stdout).source.format).toBe('txt');
    const bad = cli(['parse', fixture('policy.html'), '--from', 'doc']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("argument 'doc' is invalid. Allowed choices are txt, md, html, docx, pdf, ofd.");
  });

  it('a folder: reads .html .docx .pdf, fails a .doc with its hint, says what it skipped, parses the rest', () => {
    const dir = tempDir('formats-folder');
    for (const name of ['policy.html', 'policy.docx', 'policy.pdf']) copyFileSync(fixture(name), join(dir, name));
    writeFileSync(join(dir, 'old.doc'), OLE2);
    writeFileSync(join(dir, 'logo.png'), OLE2);
    const { status, stdout, stderr } = cli(['parse', dir]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).map((d: { source: { format: string } }) => d.source.format)).toEqual(['docx', 'html', 'pdf']);
    expect(stderr.split('\n')).toEqual([
      `${join(dir, 'logo.png')}: skipped, not a document format read here (.txt .md .html .htm .mht .docx .pdf .ofd)`,
      `${join(dir, 'old.doc')}: Word 97-2003 document (.doc): convert it with \`soffice --headless --convert-to docx FILE\` (LibreOffice) and parse the .docx [PDP_FORMAT_UNSUPPORTED]`,
      expect.stringMatching(/^3 documents, \d+ targets, 1 failed in \d+\.\ds$/),
      '',
    ]);
  });

  it('a .wps named on the command line fails with one line naming the format', () => {
    const dir = tempDir('formats-wps');
    writeFileSync(join(dir, 'a.wps'), OLE2);
    const { status, stderr } = cli(['parse', join(dir, 'a.wps')]);
    expect(status).toBe(1);
    expect(stderr).toBe(`${join(dir, 'a.wps')}: WPS Writer document (.wps): convert it with \`soffice --headless --convert-to docx FILE\` (LibreOffice) and parse the .docx [PDP_FORMAT_UNSUPPORTED]\n`);
  });
});
