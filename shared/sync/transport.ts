/**
 * Is this server address plain http to another machine? Then passwords, tokens and residents' data
 * cross the hall network readable by anyone on it (网络安全法, 等保: transmission must be protected), and
 * the desk says so (未加密连接). Loopback (the server on this PC, a local test) never leaves the machine.
 */
export const isUnencryptedRemote = (serverUrl: string): boolean => {
  // shared/ has no URL class (no DOM, no Node): the host is read by hand; userinfo is not allowed anyway.
  const match = /^http:\/\/(\[[^\]]*\]|[^/:?#@]+)/i.exec(serverUrl.trim());
  if (!match) return false;
  const host = match[1]!.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback =
    host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  return !loopback;
};
