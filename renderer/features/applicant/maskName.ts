/** Characters that separate name parts (维吾尔族 names, Latin names): kept so the shape stays readable. */
const separator = /[\s·•・.-]/u;

/**
 * The applicant's name as a screen facing the hall may show it: the first character and, for names of
 * three or more, the last; everything between becomes `*`. 张三 → 张*, 张小明 → 张*明, 欧阳娜娜 → 欧**娜.
 * A one-character name stays as it is: masking it would leave nothing to recognise.
 */
export const maskName = (name: string): string => {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  const lastKept = chars.length >= 3 ? chars.length - 1 : -1;
  return chars
    .map((char, index) => (index === 0 || index === lastKept || separator.test(char) ? char : '*'))
    .join('');
};
