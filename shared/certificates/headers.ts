/**
 * Column headers as bureaus print them. Columns are found by header, never by position: every
 * province orders them differently and adds its own (备注, 清理情况 …). Aliases are compared after
 * `normalizeHeader`; anything unknown becomes an extra column rather than an error.
 */
export const entryColumns = [
  'serial',
  'name',
  'purpose',
  'basis',
  'basisText',
  'requestingUnit',
  'issuer',
  'level',
  'itemType',
  'keptReason',
  'replacementText',
  'method',
  'verificationMethod',
  'falseCommitmentConsequence',
] as const;
export type EntryColumn = (typeof entryColumns)[number];

/** The headers export writes (and the first alias of each column). */
export const canonicalHeaders: Record<EntryColumn, string> = {
  serial: '序号',
  name: '证明名称',
  purpose: '证明用途',
  basis: '设定依据',
  basisText: '依据条文及内容',
  requestingUnit: '索要单位',
  issuer: '开具单位',
  level: '行使层级',
  itemType: '事项类型',
  keptReason: '保留原因',
  replacementText: '取消后的办理方式',
  method: '办理方式分类',
  verificationMethod: '核查方式',
  falseCommitmentConsequence: '承诺不实的后果',
};

const aliases: Record<EntryColumn, readonly string[]> = {
  serial: ['序号', '编号', '序', 'no', 'no.'],
  name: [
    '证明名称',
    '证明事项名称',
    '证明材料名称',
    '证明事项',
    '名称',
    '取消的证明事项名称',
    '保留的证明事项名称',
  ],
  purpose: ['证明用途', '证明用途办理事项', '涉及的办理事项', '办理事项', '用途', '证明事项用途', '事项名称'],
  basis: ['设定依据', '设定依据名称', '依据', '依据名称', '法律依据'],
  basisText: [
    '依据条文及内容',
    '依据条文内容',
    '设定依据条文及内容',
    '依据条款',
    '条文内容',
    '具体条款',
    '依据条款及内容',
  ],
  requestingUnit: ['索要单位', '索要部门', '索要单位部门', '索要机关'],
  issuer: ['开具单位', '出具单位', '开具部门', '出具部门', '开具单位部门', '证明开具单位'],
  level: ['行使层级', '层级', '实施层级', '行使层级省市县乡'],
  itemType: ['事项类型', '类型', '事项类别', '证明类型'],
  keptReason: [
    '保留原因',
    '不能实行告知承诺及保留原因',
    '不能实行告知承诺的原因',
    '保留理由',
    '不适用告知承诺的原因',
    '不实行告知承诺的原因',
  ],
  replacementText: [
    '取消后的办理方式',
    '取消后办理方式',
    '取消后的替代方式',
    '替代方式',
    '取消后的核查方式',
    '办理方式',
    '取消后采取的办理方式',
  ],
  method: ['办理方式分类', '替代方式分类', '方式分类'],
  verificationMethod: ['核查方式', '事中事后核查方式', '承诺核查方式'],
  falseCommitmentConsequence: [
    '承诺不实的后果',
    '虚假承诺的后果',
    '不实承诺的法律责任',
    '虚假承诺责任',
    '失信惩戒',
  ],
};

/** Width, spaces, line breaks, required-field stars and brackets vary in real files. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/[\s*※:：、/\\]/g, '')
    .replace(/[()（）[\]【】<>《》]/g, '')
    .toLowerCase();

const aliasIndex = new Map<string, EntryColumn>();
for (const column of entryColumns)
  for (const alias of aliases[column]) aliasIndex.set(normalizeHeader(alias), column);

/** Looser second pass for long headers such as 证明名称（请填写全称）: a known alias at the start. */
const prefixOrder: readonly EntryColumn[] = [
  'keptReason',
  'replacementText',
  'basisText',
  'falseCommitmentConsequence',
  'verificationMethod',
  'requestingUnit',
  'issuer',
  'name',
  'purpose',
  'basis',
  'level',
  'itemType',
  'serial',
];

export const columnForHeader = (header: string): EntryColumn | undefined => {
  const normalized = normalizeHeader(header);
  if (normalized === '') return undefined;
  const exact = aliasIndex.get(normalized);
  if (exact) return exact;
  for (const column of prefixOrder) {
    if (aliases[column].some((alias) => alias.length >= 3 && normalized.startsWith(normalizeHeader(alias))))
      return column;
  }
  return undefined;
};

/** A, B, … Z, AA: how Excel names a column, so an error points where the supervisor looks. */
export const columnLetter = (index: number): string => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};
