import { stringify } from 'csv-stringify/sync';
import type { Change, ChangeType, DocumentDiff } from './types.js';

/** One change per line, each carrying both docIds so the output of many diffs concatenates. */
export function diffToNdjson(diff: DocumentDiff): string {
  let out = '';
  for (const c of diff.changes) out += JSON.stringify({ oldDocId: diff.old.docId, newDocId: diff.new.docId, ...c }) + '\n';
  return out;
}

export const DIFF_CSV_COLUMNS = [
  'oldDocId', 'newDocId', 'type', 'oldSectionId', 'newSectionId', 'measure', 'heading', 'subject', 'fields', 'before', 'after', 'similarity',
] as const;

/** One row per change; `fields` joined with `；` like other lists in this tool's CSV. */
export function diffToCsv(diff: DocumentDiff, options: { bom?: boolean } = {}): string {
  const rows = diff.changes.map((c) => {
    const row: Record<string, unknown> = { oldDocId: diff.old.docId, newDocId: diff.new.docId, ...c, fields: c.fields.join('；') };
    return DIFF_CSV_COLUMNS.map((column) => (row[column] === null || row[column] === undefined ? '' : String(row[column])));
  });
  const body = stringify([[...DIFF_CSV_COLUMNS], ...rows], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
  return (options.bom ?? true ? '\uFEFF' : '') + body;
}

const LABEL: Record<ChangeType, string> = {
  meta_changed: '~ 文件信息',
  section_inserted: '+ 新增章节',
  section_removed: '- 删除章节',
  heading_renamed: '~ 标题改为',
  body_changed: '~ 正文修改',
  target_added: '+ 新增指标',
  target_removed: '- 删除指标',
  target_changed: '~ 指标变化',
  unit_added: '+ 新增单位',
  unit_removed: '- 删除单位',
  unit_role_changed: '~ 角色变化',
};

export const META_LABEL: Record<string, string> = { title: '标题', docNumber: '文号', issuer: '发文机关', issueDate: '日期', draft: '征求意见稿', period: '期间' };

const ROLE_CN: Record<string, string> = { lead: '牵头', support: '配合', responsible: '负责' };
const roles = (text: string | null) => (text ?? '').split('+').map((r) => ROLE_CN[r] ?? r).join('、');

function line(c: Change): string {
  switch (c.type) {
    case 'meta_changed':
      return `${LABEL[c.type]} ${META_LABEL[c.subject ?? ''] ?? c.subject}：${c.before ?? '—'} → ${c.after ?? '—'}`;
    case 'section_inserted':
      return `${LABEL[c.type]} ${c.after}`;
    case 'section_removed':
      return `${LABEL[c.type]} ${c.before}`;
    case 'heading_renamed':
      return `${LABEL[c.type]} 「${c.before}」→「${c.after}」`;
    case 'body_changed':
      return `${LABEL[c.type]}（相似度 ${c.similarity}）`;
    case 'target_added':
      return `${LABEL[c.type]} ${c.subject}：${c.after}`;
    case 'target_removed':
      return `${LABEL[c.type]} ${c.subject}：${c.before}`;
    case 'target_changed':
      return `${LABEL[c.type]} ${c.subject}：${c.before} → ${c.after}（${c.fields.join(', ')}）`;
    case 'unit_added':
      return `${LABEL[c.type]} ${c.subject}（${roles(c.after)}）`;
    case 'unit_removed':
      return `${LABEL[c.type]} ${c.subject}（${roles(c.before)}）`;
    case 'unit_role_changed':
      return `${LABEL[c.type]} ${c.subject}：${roles(c.before)} → ${roles(c.after)}`;
  }
}

/** Where a change is: `§2.1→3.1 heading`, `表0 第3行`, or `（正文之外）`. */
export function changePlace(c: Change): string {
  if (c.measure) {
    const [table, row] = c.measure.slice(1).split(':');
    return `表${Number(table) + 1} 序号${row}`;
  }
  if (c.oldSectionId === null && c.newSectionId === null) return '（编号章节之外）';
  const ids = c.oldSectionId === c.newSectionId ? `§${c.newSectionId}` : `§${c.oldSectionId ?? '—'} → §${c.newSectionId ?? '—'}`;
  return c.heading ? `${ids} ${c.heading}` : ids;
}

/** A readable summary for a terminal: changes grouped under the section they are in. */
export function diffToText(diff: DocumentDiff): string {
  const name = (side: DocumentDiff['old']) => side.path ?? side.title ?? side.docId;
  const total = diff.changes.length;
  let out = `${name(diff.old)} → ${name(diff.new)}: ${total} change${total === 1 ? '' : 's'}`;
  const s = diff.sections;
  out += ` (sections ${s.old} → ${s.new}: ${s.matched} matched, ${s.inserted} inserted, ${s.removed} removed, ${s.renumbered} renumbered)\n`;
  let place = '';
  for (const c of diff.changes) {
    const here = c.type === 'section_inserted' || c.type === 'section_removed' || c.type === 'meta_changed' ? '' : changePlace(c);
    if (here !== place) {
      if (here) out += `${here}\n`;
      place = here;
    }
    out += `${here ? '  ' : ''}${line(c)}\n`;
  }
  return out;
}
