/**
 * The words of the trade, as someone who has worked a 政务服务 window reads them: one word per concept,
 * on every screen. Each rule names a variant that must not appear in the Chinese messages, the word to
 * use instead and why; `glossary.test.ts` fails when a banned variant creeps back into any message.
 * `keys` narrows a rule to some messages (e.g. the printed notice's typography).
 */
export type GlossaryRule = {
  banned: RegExp;
  use: string;
  why: string;
  keys?: RegExp;
};

export const glossaryRules: readonly GlossaryRule[] = [
  {
    // 受理 stays where it is the decision (不予受理, 容缺受理, 有权受理); only its use for opening a case goes.
    banned: /受理时间|(\{time\}|\d{2}:\d{2})\s*受理|已受理的办件|开始受理|受理于/,
    use: '接件（开始办件）',
    why: '受理 is a decision that 不予受理 and 需补正 exclude; opening a case at the window is 接件',
  },
  {
    banned: /办结(结果|情况|窗口)|确认办结/,
    use: '办理结果 / 结束办理',
    why: '办结 is one outcome (finished), not the word for every ending',
  },
  { banned: /已开始/, use: '待办理', why: 'the statuses of an open case are 待办理 and 办理中' },
  { banned: /更改/, use: '修改', why: 'one word for a change made at the desk' },
  { banned: /项\s*修改|修改.{0,6}\{count\}\s*项/, use: '条', why: 'changes are counted in 条' },
  { banned: /用户名/, use: '账号', why: 'clerks sign in with their 账号' },
  { banned: /这台电脑|此电脑|本电脑/, use: '本机', why: 'one word for this desk' },
  { banned: /当日办结/, use: '当场办结', why: 'the clerk and applicant screens promise the same for 即办件' },
  { banned: /承诺\s*即办/, use: '承诺时限 当场办结', why: '“承诺 即办” reads wrong' },
  { banned: /\{count\} 日/, use: '{count} 个自然日', why: '工作日 and 自然日 are said explicitly' },
  { banned: /修改后重新提交/, use: '重新提交', why: 'the button resubmits the change unchanged' },
  {
    banned: /窗口台窗口|对话窗口|弹出窗口|[^号]窗口中/,
    use: '对话框 / 窗口台',
    why: '窗口 is only the service window, never a dialog or the program',
  },
  {
    banned: /\{message\}/,
    use: 'a Chinese sentence, with the raw text under 技术信息',
    why: 'server messages and thrown errors are English; they never reach a clerk in a sentence',
  },
  {
    banned: /[\d}] (份|号窗口)/,
    use: '1份、2号窗口',
    why: 'a printed official document has no half-width spaces inside Chinese text',
    keys: /^cases\.notice\./,
  },
  {
    banned: /\{id\}/,
    use: 'the material’s name',
    why: 'the printed notice never shows internal ids',
    keys: /^cases\.notice\./,
  },
];

/** Every (key, rule) pair where a Chinese message uses a banned variant. */
export const glossaryViolations = (
  zh: Readonly<Record<string, string>>,
): { key: string; text: string; use: string }[] =>
  Object.entries(zh).flatMap(([key, text]) =>
    glossaryRules
      .filter((rule) => (rule.keys === undefined || rule.keys.test(key)) && rule.banned.test(text))
      .map((rule) => ({ key, text, use: rule.use })),
  );
