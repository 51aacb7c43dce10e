import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { ipcChannels, type DesktopBridge } from '../shared/ipc/contract';
import { isAppUrl } from './security';

export type ChannelName = keyof typeof ipcChannels;
export type ChannelArg<K extends ChannelName> = z.infer<(typeof ipcChannels)[K]['arg']>;
export type ChannelResult<K extends ChannelName> = Awaited<ReturnType<DesktopBridge[K]>>;
export type ChannelHandler<K extends ChannelName> = (
  arg: ChannelArg<K>,
  event: IpcMainInvokeEvent,
) => Promise<ChannelResult<K>>;
export type BridgeHandlers = { [K in ChannelName]: ChannelHandler<K> };

/** Thrown back to the renderer; the message names the channel but never echoes the (possibly huge) input. */
export class IpcRejection extends Error {
  constructor(channel: string, reason: string) {
    super(`${channel}: ${reason}`);
    this.name = 'IpcRejection';
  }
}

type SenderFrame = { url: string; parent: unknown } | null | undefined;

/**
 * Only the app's own top-level document may call the bridge. A sub-frame (e.g. a printed document in an
 * iframe) or anything that navigated elsewhere is refused even if it somehow got the preload.
 */
export const isTrustedSender = (frame: SenderFrame): boolean =>
  frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);

/**
 * Wraps one handler: checks the sender, then parses the `unknown` argument with the channel's schema in
 * strict mode (unknown keys are refused, not silently dropped) before the handler sees it.
 */
export const wrapHandler = <K extends ChannelName>(
  name: K,
  handler: ChannelHandler<K>,
  log: (message: string) => void,
) => {
  const { channel, arg: schema } = ipcChannels[name];
  const strictSchema = schema.strict();
  return async (event: IpcMainInvokeEvent, raw: unknown): Promise<ChannelResult<K>> => {
    if (!isTrustedSender(event.senderFrame)) {
      log(`${channel}: refused sender ${String(event.senderFrame?.url).slice(0, 200)}`);
      throw new IpcRejection(channel, 'sender not allowed');
    }
    const parsed = strictSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`).join(', ');
      log(`${channel}: invalid argument (${issues.slice(0, 500)})`);
      throw new IpcRejection(channel, 'invalid argument');
    }
    try {
      return await handler(parsed.data as ChannelArg<K>, event);
    } catch (error) {
      // The renderer shows its own message; the log keeps the detail for whoever supports the window.
      log(`${channel}: handler failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
};

/** Registers every channel of the contract; the mapped type makes a missing handler a type error. */
export const registerBridgeHandlers = (
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: BridgeHandlers,
  log: (message: string) => void,
): void => {
  for (const name of Object.keys(ipcChannels) as ChannelName[]) {
    const wrap = <K extends ChannelName>(key: K) => wrapHandler(key, handlers[key], log);
    ipcMain.handle(ipcChannels[name].channel, wrap(name));
  }
};
