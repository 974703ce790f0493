// What an organisation name in a responsibility list looks like. Used where no label says
// "these are units" (a bare `（A、B）` after a measure) and to tell a list wrapped over two
// lines from two names separated by a space.

/** Endings of names of departments, governments, bodies and companies. */
const ORGANISATION_ENDING = new RegExp(
  '(?:' +
    [
      '局', '厅', '署', '办', '委', '政府', '中心', '办事处', '管委会', '委员会', '指挥部', '专班',
      '(?:小|工作|专项|督导|指导|领导)组',
      '部门', '单位', '机构', '机关', '企业', '组织', '协会', '商会', '学会', '集团', '公司', '银行', '[支分]行', '海关',
      '(?:工|总|联合|理事|研究|促进|基金|红十字|学|协|商)会',
      '(?:法|检察|研究|科学|社科|设计|医|学|农科|规划|党|高|中)院',
      '(?:办公|督查|督导|研究|参事|档案|信访)室',
      '(?:妇|残|工商|文|侨|社科|台|青)联', '[科作]协',
      '(?:供销|报|出版|通讯|新华)社', '电视台', '气象台',
      '(?:图书|博物|文化|档案|科技|美术)馆',
      '(?:支|大|总|中|部)队', '武装部', '[院高党技职各]校', '学校', '大学',
      '研究所', '派出所', '司法所', '管理所',
      '部',
      // Internal divisions of a department (`区经发局发改处`, `办公室`, `法规科`) are units too.
      '处', '处室', '科', '科室',
    ].join('|') +
    ')$',
  'u',
);

/** Endings of place-like units (a district, a county, the streets and towns). */
const PLACE_ENDING = /(?:区|县|市|镇|乡|街道|街镇|州|旗|村|社区|园区)$/u;

/** Words ending like an organisation that are not one (`格局`, `内部`). */
const NOT_ORGANISATION =
  /(?:格局|布局|大局|全局|开局|结局|当局|[东西南北中]部|内部|外部|全部|局部|干部|本部|[好长短益到各此彼之难用出住相去远近何多别随妙深]处|[学专本理工文百分全预]科)$/u;

/**
 * Text a name never holds: quotes, figures, sentence punctuation, or a leading gloss word
 * (共 as in 共计, but not the 共青团 Youth League committees that sit in many lists).
 */
const NOT_A_NAME = /[“”"‘’《》<>〈〉%％0-9０-９。：:！？!?]|^(?:含|包括|不含|以下|简称|即|如|除|其中|约|共(?!青团)|合计|每|到|至|在|对|按|由于)/u;

/** A bracketed tail such as `（市、区）` in `各县（市、区）` or `〈街道办事处〉`: the ending is read before it. */
const BRACKET_TAIL = /(?:[（(][^（()）]*[）)]|〈[^〈〉]*〉|〔[^〔〕]*〕)$/u;

function ending(name: string): string {
  let core = name.trim();
  while (BRACKET_TAIL.test(core)) core = core.replace(BRACKET_TAIL, '').trim();
  return core;
}

/** Endings of bodies outside government: companies, banks, schools. */
const NON_PUBLIC_ENDING = /(?:集团|公司|银行|[支分]行|企业|学校|大学|[院高技职各]校|学院|医院)$/u;

/** Words describing a facility or a grade rather than naming a body (`省级示范中心`). */
const DESCRIPTIVE = /示范|重点|基地|平台|项目|试点|标杆|特色|星级|品牌|工程/u;

/** A department, body or company (not merely a place). */
export function isOrganisationName(name: string): boolean {
  const core = ending(name);
  return core.length >= 2 && !NOT_A_NAME.test(core) && ORGANISATION_ENDING.test(core) && !NOT_ORGANISATION.test(core);
}

/** An organisation or a place-like unit (`各街镇`, `高新区`, `各县（市、区）`). */
export function isUnitName(name: string): boolean {
  const core = ending(name);
  if (core.length < 2 || core.length > 40 || NOT_A_NAME.test(core)) return false;
  return isOrganisationName(name) || PLACE_ENDING.test(core);
}

/**
 * A public body (department, government, committee, people's organisation): what a bare bracketed
 * list must name at least once, so that `（某集团、某公司）` given as examples is not read as a list.
 */
export function isPublicBodyName(name: string): boolean {
  const core = ending(name);
  return isOrganisationName(name) && !NON_PUBLIC_ENDING.test(core) && !DESCRIPTIVE.test(core);
}

/** A name fit for a bare bracketed list: a unit, and not a description of a facility. */
export function isBareListName(name: string): boolean {
  return isUnitName(name) && !DESCRIPTIVE.test(ending(name));
}

/** Words that name people or the public at large, not a body that can be tasked. */
const NOT_A_BODY = /^(?:各(?:级|方)?|全)?(?:社会|群众|居民|市民|村民|个人|家庭|公众|社会力量|社会各界|市场主体|广大[\u4e00-\u9fff]+)$/u;

/** Verbs, adverbs and objects that make a phrase a predicate (`社会组织积极`, `市财政局给予资金`), not a name. */
const PREDICATE_WORD = /积极|主动|广泛|全力|依法|给予|予以|提供|加强|推进|完成|实现|开展|做好|保障|资金|政策|工作$/u;

/**
 * A name fit for a list whose wrapper words (`A牵头，B、C参与`) already say these are units: any short
 * noun phrase (`各医共体`, `市疾控中心`, `工作专班`), not a sentence, figure or quotation.
 */
export function isWrappedListName(name: string): boolean {
  const core = ending(name);
  if (isUnitName(name)) return true;
  return (
    core.length >= 2 &&
    core.length <= 16 &&
    !NOT_A_NAME.test(core) &&
    !/[的，,、；;]/u.test(core) &&
    !NOT_A_BODY.test(core) &&
    !PREDICATE_WORD.test(core)
  );
}
