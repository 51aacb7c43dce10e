import { describe, expect, it } from 'vitest';
import { glossaryRules, glossaryViolations } from './glossary';
import { messages } from './messages';

describe('the words of the trade in the Chinese messages', () => {
  it('use no banned variant', () => {
    expect(glossaryViolations(messages['zh-CN'])).toEqual([]);
  });

  it('would catch each banned variant (the rules are not dead)', () => {
    const samples: Record<string, string> = {
      a: '09:05 受理',
      a1: '受理时间',
      a3: '{time} 受理',
      b: '办结结果',
      c: '已开始',
      d: '无待同步更改',
      e: '{count} 项修改待同步',
      f: '账号（用户名）',
      g: '本页设置只对这台电脑生效',
      h: '即办件 · 当日办结',
      i: '承诺 即办',
      j: '{count} 日',
      k: '修改后重新提交',
      l: '办结窗口中按 1–5',
      m: '服务器出错：{message}',
      'cases.notice.copies': '份数：{count} 份',
      'cases.notice.unknownMaterial': '材料（编号 {id}）',
    };
    const hit = new Set(glossaryViolations(samples).map((violation) => violation.key));
    expect([...hit].sort()).toEqual(Object.keys(samples).sort());
    expect(glossaryRules.length).toBeGreaterThanOrEqual(15);
  });

  it('leave the right words alone', () => {
    const fine = {
      a: '不予受理',
      a2: '该材料不属于可容缺的非关键材料，不能容缺受理',
      b: '一次办结',
      c: '2 号窗口',
      d: '请到 3 号窗口中心',
      'cases.notice.window': '办理窗口：{window}号窗口',
    };
    expect(glossaryViolations(fine)).toEqual([]);
  });
});
