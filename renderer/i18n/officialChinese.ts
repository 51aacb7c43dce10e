import { formatMessage } from '../../shared/i18n/define';
import { messages } from '../../shared/i18n/messages';
import type { Translate } from './I18nProvider';

/**
 * Official documents for applicants (一次性告知书, 告知承诺书, 带班小结) are Chinese, in the layout and
 * conventions offices use, whatever language the clerk chose for the interface: they are built with
 * this, never with the interface's `t`.
 */
export const officialChinese: Translate = (key, params) => formatMessage(messages['zh-CN'][key], params);
