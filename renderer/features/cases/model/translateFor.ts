import { formatMessage } from '../../../../shared/i18n/define';
import { messages, type Locale } from '../../../../shared/i18n/messages';
import type { Translate } from '../../../i18n/I18nProvider';

/** The real message tables, outside React, for unit tests of pure view helpers. */
export const translateFor =
  (locale: Locale = 'zh-CN'): Translate =>
  (key, params) =>
    formatMessage(messages[locale][key], params);
