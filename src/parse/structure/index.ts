import type { ParseContext } from '../context.js';
import type { Meta } from '../../schema/meta.js';
import type { Section } from '../../schema/section.js';
import type { Note } from '../../schema/note.js';
import type { Table } from '../../schema/table.js';
import type { Warning } from '../../schema/warning.js';

export interface Structure {
  meta: Meta;
  sections: Section[];
  notes: Note[];
  tables: Table[];
  warnings: Warning[];
}

export const EMPTY_META: Meta = {
  title: null,
  docNumber: null,
  issuer: null,
  issueDate: null,
  recipients: [],
  draft: false,
  period: null,
  basis: [],
};

/** Metadata, the numbered outline, notes and attachment tables. */
export function extractStructure(_ctx: ParseContext): Structure {
  return { meta: { ...EMPTY_META, recipients: [], basis: [] }, sections: [], notes: [], tables: [], warnings: [] };
}
