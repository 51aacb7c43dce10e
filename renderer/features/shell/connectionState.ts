import type { MessageKey } from '../../../shared/i18n/messages';

export type Connection = 'standalone' | 'online' | 'offline' | 'serverUnreachable';

/**
 * What the pill may truthfully say. A desk with no server set is 单机使用 — never 在线, which promised a
 * sync that could not happen (a clerk watched "N 项更改待同步" reach 48). With a server set: the network
 * interface down is 离线; the network up but the server not answering is 连不上服务器, so the clerk
 * calls IT about the server instead of checking the cable.
 */
export const connectionOf = (state: {
  configured: boolean;
  networkUp: boolean;
  serverAnswers: boolean;
}): Connection => {
  if (!state.configured) return 'standalone';
  if (!state.networkUp) return 'offline';
  return state.serverAnswers ? 'online' : 'serverUnreachable';
};

export const connectionWords: Record<
  Connection,
  { label: MessageKey; hint: MessageKey; pending: MessageKey; noPending: MessageKey }
> = {
  standalone: {
    label: 'shell.status.standalone',
    hint: 'shell.status.standaloneHint',
    pending: 'shell.status.localOnly',
    noPending: 'shell.status.localOnlyNone',
  },
  online: {
    label: 'shell.status.online',
    hint: 'shell.status.onlineHint',
    pending: 'shell.status.pending',
    noPending: 'shell.status.noPending',
  },
  offline: {
    label: 'shell.status.offline',
    hint: 'shell.status.offlineHint',
    pending: 'shell.status.pending',
    noPending: 'shell.status.noPending',
  },
  serverUnreachable: {
    label: 'shell.status.serverUnreachable',
    hint: 'shell.status.serverUnreachableHint',
    pending: 'shell.status.pending',
    noPending: 'shell.status.noPending',
  },
};
