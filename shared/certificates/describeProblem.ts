import type { MessageParams } from '../i18n/define';
import type { MessageKey } from '../i18n/messages';
import type { ImportProblem } from './problems';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** One problem as a sentence that names where it is (row, column letter and header). */
export const describeProblem = (problem: ImportProblem, t: Translate): string => {
  const params: MessageParams = {
    value: problem.value ?? '',
    limit: problem.limit ?? '',
    sheet: problem.sheet ?? '',
    otherRow: problem.otherRow ?? '',
    detail: problem.value ?? '',
  };
  if (problem.code === 'tooLarge') {
    params.size = megabytes(Number(problem.value));
    params.limit = megabytes(problem.limit ?? 0);
  }
  const where =
    problem.row === undefined
      ? ''
      : problem.column === undefined
        ? t('certificates.problem.atRow', { row: problem.row })
        : t('certificates.problem.at', {
            row: problem.row,
            column: problem.column,
            header: problem.header ?? '',
          });
  return where + t(`certificates.problem.${problem.code}`, params);
};
