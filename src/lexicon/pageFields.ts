// The labels of a government web page's metadata block (索引号, 文号, 发文机关, 成文日期, 浏览次数…).
// The HTML reader takes a page's fields by them; the parser knows a metadata table or line copied
// into the text by them (it is page chrome) and reads 文号, 发文机关, 成文日期 from it where the
// document says nothing. Written here, below both.

/** Labels of the fields a document's metadata is read from, by what they hold, the preferred first. */
export const PAGE_FIELD_LABELS = {
  title: ['标题', '名称', '文件名称'],
  docNumber: ['文号', '发文字号', '发文号'],
  issuer: ['发文机关', '发文单位', '发文机构', '发布机构', '发布单位', '制发机关'],
  issueDate: ['成文日期', '发文日期', '印发日期'],
  /** When the page published it: the issue date where the page gives no other. */
  published: ['发布日期', '发布时间', '公开日期'],
} as const satisfies Record<string, readonly string[]>;

export type PageField = keyof typeof PAGE_FIELD_LABELS;

/** Labels of a page's view counter (`浏览次数：12`): only web pages carry one. */
export const VIEW_COUNTER_LABELS = ['浏览次数', '浏览量', '点击数', '点击量', '阅读次数', '访问量'] as const;

/** The other labels of a metadata block: filing, subject, validity, source, author. */
const OTHER_LABELS = [
  '索引号', '内容概述', '主题分类', '主题词', '体裁分类', '有效性', '生效日期', '废止日期', '来源', '信息来源', '文章来源',
  '作者', '分类', '公开方式', '公开范围', '编号',
] as const;

/** Every label of a page-metadata block. */
export const PAGE_LABELS: readonly string[] = [...Object.values(PAGE_FIELD_LABELS).flat(), ...VIEW_COUNTER_LABELS, ...OTHER_LABELS];
