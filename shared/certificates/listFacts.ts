import { isoDaySchema, type IsoDay } from '../time';
import type { CertificateListFields } from './model';

/**
 * A draft's facts as a supervisor types them: the title, the issuing document's 文号 and the date the
 * list takes effect (施行日期). An import leaves the date empty (bureaus print it in the notice, not
 * the table), so it is filled in here before publication; the window tells clerks "自 X 起 … 不再索要"
 * from it.
 */
export type ListFactsInput = { title: string; documentNumber: string; effectiveDate: string };

export type ListFactsProblem =
  | { field: 'title'; code: 'titleMissing' | 'titleTooLong' }
  | { field: 'documentNumber'; code: 'documentTooLong' | 'documentShape' }
  | { field: 'effectiveDate'; code: 'dateMissing' | 'dateInvalid' }
  | { field: 'effectiveDate'; code: 'dateBeforeDocument'; year: number };

export type CheckedListFacts = Pick<CertificateListFields, 'title' | 'documentNumber' | 'effectiveDate'>;

const titleLimit = 120;
const documentLimit = 80;

/**
 * 文号: 机关代字 + 〔年份〕 + 序号 + 号 (济人社字〔2019〕58号, 国办发〔2020〕42号). People type the year
 * brackets as 〔〕, [], 【】 or （）; they are stored as the 〔〕 of GB/T 9704 so one document is one text.
 */
const documentPattern = /^(\S{1,30}?)[〔[【（(]((?:19|20)\d{2})[〕\]】）)](\d{1,5})号$/;

export const normalizeDocumentNumber = (text: string): string => {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  const match = documentPattern.exec(compact);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : compact;
};

/** The year a 文号 was issued, or null when it has none. */
export const documentYear = (documentNumber: string): number | null => {
  const match = documentPattern.exec(normalizeDocumentNumber(documentNumber));
  return match ? Number(match[2]) : null;
};

/**
 * Every problem at once (the form marks each field), or the facts ready to store. The 文号 may stay
 * empty — demo and older lists have none — but if given it must read as one; the date is required,
 * must exist (2月30日 does not) and cannot precede the year of the document that set it.
 */
export const checkListFacts = (
  input: ListFactsInput,
): { ok: true; facts: CheckedListFacts } | { ok: false; problems: ListFactsProblem[] } => {
  const problems: ListFactsProblem[] = [];
  const title = input.title.trim();
  if (title === '') problems.push({ field: 'title', code: 'titleMissing' });
  else if (title.length > titleLimit) problems.push({ field: 'title', code: 'titleTooLong' });

  const documentNumber =
    input.documentNumber.trim() === '' ? '' : normalizeDocumentNumber(input.documentNumber);
  if (documentNumber.length > documentLimit)
    problems.push({ field: 'documentNumber', code: 'documentTooLong' });
  else if (documentNumber !== '' && !documentPattern.test(documentNumber))
    problems.push({ field: 'documentNumber', code: 'documentShape' });

  const day = input.effectiveDate.trim();
  const parsed = isoDaySchema.safeParse(day);
  let effectiveDate: IsoDay | null = null;
  if (day === '') problems.push({ field: 'effectiveDate', code: 'dateMissing' });
  else if (!parsed.success) problems.push({ field: 'effectiveDate', code: 'dateInvalid' });
  else {
    effectiveDate = parsed.data;
    const year = documentYear(documentNumber);
    if (year !== null && Number(effectiveDate.slice(0, 4)) < year)
      problems.push({ field: 'effectiveDate', code: 'dateBeforeDocument', year });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, facts: { title, documentNumber, effectiveDate } };
};

/** A version goes to the windows only with the date it takes effect. */
export const missingEffectiveDate = (list: Pick<CertificateListFields, 'effectiveDate'>): boolean =>
  list.effectiveDate === null;
