import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { openDesk, type OpenDesk } from './support/openDesk';
import { clerkPin, mainNav, pinField, switchClerk } from './support/desk';

/**
 * A standalone desk (no server) is not an open door: 王晓燕 sets the desk up with her 个人密码, the duty
 * leader 张志强 sets his the first time he takes the desk, and from then on nobody becomes 张志强 without
 * it — not with nothing typed, not with a wrong PIN, not by guessing (five wrong, then a cool-down that
 * a reload does not end), not by running set-up again. A second leader new to the desk needs 张志强 to
 * confirm; 王晓燕 changes her own PIN in 设置.
 */
let desk: OpenDesk;
let page: Page;
let pageErrors: string[];

const leader = '张志强（带班领导）';
const leaderPin = '917364';
const clerk = '王晓燕（窗口工作人员）';

const switching = () => page.getByRole('dialog', { name: '更换在岗工作人员' });
const deskClerk = (name: string) => page.getByTestId('desk-clerk').filter({ hasText: name });

const openSwitchTo = async (person: string) => {
  await page.getByRole('banner').getByRole('button', { name: '换人' }).click();
  await switching().getByRole('combobox', { name: '本窗口工作人员' }).selectOption({ label: person });
};

const tryPin = async (pin: string) => {
  await pinField(switching(), '个人密码').fill(pin);
  await switching().getByRole('button', { name: '确定更换' }).click();
};

const refusal = () => switching().getByRole('alert');

beforeAll(async () => {
  // The cool-down passes on a clock the test moves, not by waiting five minutes.
  desk = await openDesk({ prepare: (page) => page.clock.install() });
  ({ page, pageErrors } = desk);
});

afterAll(() => desk?.close());

describe('换人 on a standalone desk asks for the person’s own PIN', () => {
  it('has the duty leader set his PIN the first time he takes the desk', async () => {
    await openSwitchTo(leader);
    await switching()
      .getByText('张志强 是本机第一位使用的带班领导或督查人员，请本人设置 6 位数字个人密码')
      .waitFor();
    // A PIN the next person would try first is refused, and nothing is stored.
    await pinField(switching(), '设置个人密码').fill('123456');
    await pinField(switching(), '再次输入个人密码').fill('123456');
    await switching().getByRole('button', { name: '确定更换' }).click();
    await refusal()
      .getByText('个人密码不能是同一个数字或连续数字（如 000000、123456），请另设一个。')
      .waitFor();
    await pinField(switching(), '设置个人密码').fill(leaderPin);
    await pinField(switching(), '再次输入个人密码').fill('917365');
    await switching().getByRole('button', { name: '确定更换' }).click();
    await refusal().getByText('两次输入的个人密码不一致，请重新输入。').waitFor();
    await pinField(switching(), '再次输入个人密码').fill(leaderPin);
    await switching().getByRole('button', { name: '确定更换' }).click();
    await switching().waitFor({ state: 'hidden' });
    await deskClerk(leader).waitFor();

    await switchClerk(page, clerk, clerkPin);
    await deskClerk(clerk).waitFor();
  });

  it('refuses 张志强 without his PIN and with a wrong one; his PIN works', async () => {
    await openSwitchTo(leader);
    await switching().getByText('请 张志强 输入本人的 6 位数字个人密码。').waitFor();
    await switching().getByRole('button', { name: '确定更换' }).click();
    await refusal().getByText('请输入个人密码。').waitFor();
    await tryPin('111222');
    await refusal().getByText('个人密码不正确，还可再试 4 次。').waitFor();
    await screenshot(page, 'pin-1-wrong-pin');
    await deskClerk(clerk).waitFor();
    // The wrong PIN is gone from the field: the next try starts from nothing.
    expect(await pinField(switching(), '个人密码').inputValue()).toBe('');
    await tryPin(leaderPin);
    await switching().waitFor({ state: 'hidden' });
    await deskClerk(leader).waitFor();
    await switchClerk(page, clerk, clerkPin);
  });

  it('holds 张志强 off for five minutes after five wrong PINs, even with the right one and after a reload', async () => {
    await openSwitchTo(leader);
    for (const left of [4, 3, 2, 1]) {
      await tryPin('000111');
      await refusal().getByText(`个人密码不正确，还可再试 ${left} 次。`).waitFor();
    }
    await tryPin('000111');
    await refusal()
      .getByText(/^个人密码已连续输错 5 次，请于 \d{2}:\d{2} 后再试。$/)
      .waitFor();
    await screenshot(page, 'pin-2-cool-down');
    await tryPin(leaderPin);
    await refusal()
      .getByText(/^个人密码已连续输错 5 次/)
      .waitFor();
    await page.reload();
    await deskClerk(clerk).waitFor();
    await openSwitchTo(leader);
    await tryPin(leaderPin);
    await refusal()
      .getByText(/^个人密码已连续输错 5 次/)
      .waitFor();
    await deskClerk(clerk).waitFor();

    await page.clock.fastForward('05:01');
    await tryPin(leaderPin);
    await switching().waitFor({ state: 'hidden' });
    await deskClerk(leader).waitFor();
  });

  it('has a second leader new to the desk confirmed by 张志强', async () => {
    await openSwitchTo('刘海燕（带班领导）');
    await switching()
      .getByText(/刘海燕 首次在本机以带班领导或督查人员身份使用/)
      .waitFor();
    await pinField(switching(), '设置个人密码').fill('604281');
    await pinField(switching(), '再次输入个人密码').fill('604281');
    await switching().getByRole('button', { name: '确定更换' }).click();
    await refusal().getByText('请选择确认人。').waitFor();
    // Only leaders and supervisors holding a PIN here may confirm: 王晓燕 is not offered.
    const confirmer = switching().getByRole('combobox', { name: '确认人' });
    expect(await confirmer.locator('option').allTextContents()).toEqual(['请选择', '张志强']);
    await confirmer.selectOption({ label: '张志强' });
    await pinField(switching(), '确认人的个人密码').fill('333444');
    await switching().getByRole('button', { name: '确定更换' }).click();
    await refusal().getByText('个人密码不正确，还可再试 4 次。').waitFor();
    await pinField(switching(), '确认人的个人密码').fill(leaderPin);
    await switching().getByRole('button', { name: '确定更换' }).click();
    await switching().waitFor({ state: 'hidden' });
    await deskClerk('刘海燕（带班领导）').waitFor();
    await switchClerk(page, clerk, clerkPin);
  });

  it('lets 王晓燕 change her own PIN in 设置; the old one then no longer works', async () => {
    await mainNav(page, '设置').click();
    const section = page.getByRole('region', { name: '个人密码' });
    await pinField(section, '原个人密码').fill('999888');
    await pinField(section, '设置个人密码').fill('730419');
    await pinField(section, '再次输入个人密码').fill('730419');
    await section.getByRole('button', { name: '修改个人密码' }).click();
    await section.getByRole('alert').getByText('个人密码不正确，还可再试 4 次。').waitFor();
    await pinField(section, '原个人密码').fill(clerkPin);
    await section.getByRole('button', { name: '修改个人密码' }).click();
    await section.getByRole('status').getByText('个人密码已修改，下次换人时请使用新个人密码。').waitFor();

    await switchClerk(page, leader, leaderPin);
    await openSwitchTo(clerk);
    await tryPin(clerkPin);
    await refusal().getByText('个人密码不正确，还可再试 4 次。').waitFor();
    await tryPin('730419');
    await switching().waitFor({ state: 'hidden' });
    await deskClerk(clerk).waitFor();
  });

  it('running set-up again is no way around a PIN', async () => {
    await mainNav(page, '设置').click();
    await page.getByRole('button', { name: '重新设置窗口' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '重新设置' }).click();
    await page.getByRole('heading', { name: '窗口台初始设置' }).waitFor();
    await page
      .getByRole('combobox', { name: '部门', exact: true })
      .selectOption({ label: '济宁市人力资源和社会保障局' });
    await page
      .getByRole('combobox', { name: '服务大厅' })
      .selectOption({ label: '济宁市人社局政务服务大厅' });
    await page.getByRole('combobox', { name: '窗口号' }).selectOption({ label: '4 号窗口 · 失业保险' });
    await page.getByRole('combobox', { name: '本窗口工作人员' }).selectOption({ label: leader });
    // He holds a PIN here: set-up asks for it rather than offering to set a new one.
    await page.getByText('请 张志强 输入本人的 6 位数字个人密码。').waitFor();
    expect(await pinField(page, '设置个人密码').count()).toBe(0);
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('alert').getByText('请输入个人密码。').waitFor();
    await pinField(page, '个人密码').fill('555666');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('alert').getByText('个人密码不正确，还可再试 4 次。').waitFor();
    await pinField(page, '个人密码').fill(leaderPin);
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('heading', { name: '今日工作台' }).waitFor();
    await deskClerk(leader).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
