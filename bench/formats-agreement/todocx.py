#!/usr/bin/python3
"""Text policy documents → DOCX as an author would have typed them in Word: outline markers
一、（一）1.（1） become automatic numbering where Word would count the same number (else
they stay text), tab-separated lines become a Word table with equal cells merged down a column.
    /usr/bin/python3 todocx.py in1.txt out1.docx [in2.txt out2.docx ...]    (python3-docx)
"""
import re, sys
from docx import Document
from docx.shared import Inches
from docx.oxml import parse_xml
from docx.oxml.ns import qn
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LEVELS = [
  (re.compile(r'^[一二三四五六七八九十]+、'), 'chineseCounting', '%1、'),
  (re.compile(r'^（[一二三四五六七八九十]+）'), 'chineseCounting', '（%2）'),
  (re.compile(r'^\d+[.．]'), 'decimal', '%3.'),
  (re.compile(r'^（\d+）'), 'decimal', '（%4）'),
]
NUMBERING = f'<w:abstractNum {W} w:abstractNumId="90">' + ''.join(
  f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/><w:suff w:val="nothing"/></w:lvl>' for i,(r,fmt,txt) in enumerate(LEVELS)) + '</w:abstractNum>'
def build(src, dst):
    doc = Document()
    numbering = doc.part.numbering_part.element
    first = numbering.find(qn('w:num'))
    ab = parse_xml(NUMBERING)
    (first.addprevious(ab) if first is not None else numbering.append(ab))
    nid = [90]
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    # counters to decide if the number written matches automatic numbering (else keep text)
    counts = [0,0,0,0]
    rows = []
    def flush():
        if not rows: return
        width = max(len(r) for r in rows)
        t = doc.add_table(rows=len(rows), cols=width)
        t.style = 'Table Grid'
        t.autofit = False
        for i, r in enumerate(rows):
            for j in range(width):
                t.cell(i, j).text = r[j] if j < len(r) else ''
                t.cell(i, j).width = Inches(6.0 / width)
        # merge runs of equal cells down a column (a lead unit over several rows)
        for j in range(1, width):
            i = 1
            while i < len(rows):
                k = i
                while k + 1 < len(rows) and j < len(rows[k+1]) and j < len(rows[i]) and rows[k+1][j] == rows[i][j] and rows[i][j]:
                    k += 1
                if k > i:
                    m = t.cell(i, j).merge(t.cell(k, j))
                    for extra in m.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                i = k + 1
        rows.clear()
    for raw in open(src, encoding='utf-8').read().split('\n'):
        if '\t' in raw.strip('\n') and raw.strip():
            rows.append([c.strip() for c in raw.split('\t')])
            continue
        flush()
        line = raw.strip().replace('\u3000', '')
        if not line: continue
        line = re.sub(r'^#+\s*', '', line).replace('**', '')
        p = doc.add_paragraph()
        lvl = None
        for i,(r,fmt,txt) in enumerate(LEVELS):
            m = r.match(line)
            if m:
                lvl = i; marker = m.group(0); break
        def num(mk):
            d = re.sub(r'[^0-9一二三四五六七八九十]', '', mk)
            if d.isdigit(): return int(d)
            v = {'一':1,'二':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
            if d == '十': return 10
            if d.startswith('十'): return 10 + v[d[1]]
            if d.endswith('十'): return v[d[0]]*10
            if '十' in d: return v[d[0]]*10 + v[d[2]]
            return v.get(d, -1)
        if lvl is not None and len(line) > len(marker) and num(marker) == counts[lvl] + 1:
            counts[lvl] += 1
            for d in range(lvl+1, 4): counts[d] = 0
            p.add_run(line[len(marker):])
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="90"/></w:numPr>'))
        else:
            p.add_run(line)
    flush()
    doc.save(dst)
for src, dst in zip(sys.argv[1::2], sys.argv[2::2]):
    build(src, dst)
