import { describe, expect, it } from 'vitest';
import { classifyMethod, classifyVerification } from './classify';

describe('classifyMethod', () => {
  it.each([
    ['申请人提供收入情况声明', 'otherMaterial'],
    ['改为申请人书面承诺，并承担虚假承诺责任', 'commitment'],
    ['实行告知承诺制', 'commitment'],
    ['通过省大数据平台共享获取', 'dataSharing'],
    ['窗口工作人员通过系统查询', 'onlineVerification'],
    ['由受理部门内部核查', 'departmentVerification'],
    ['通过入户调查核实家庭经济状况', 'departmentVerification'],
    ['直接取消', 'directlyCancelled'],
    ['不再要求申请人提供', 'directlyCancelled'],
    ['凭居民身份证办理', 'otherMaterial'],
    ['按有关规定办理', 'unclassified'],
    ['', 'unclassified'],
    ['  ', 'unclassified'],
  ] as const)('%s → %s', (text, method) => {
    expect(classifyMethod(text)).toBe(method);
  });
});

describe('classifyVerification', () => {
  it('finds the 核查方式 a commitment names and leaves it null otherwise', () => {
    expect(classifyVerification('告知承诺，事后通过部门协查核实')).toBe('interDepartment');
    expect(classifyVerification('告知承诺，必要时实地调查')).toBe('onSite');
    expect(classifyVerification('告知承诺')).toBeNull();
  });
});
