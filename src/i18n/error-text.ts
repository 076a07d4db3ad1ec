// One place that turns any error into text for the current language (see lib/error-message); shared by the shell
// and the features.
import i18next from 'i18next';
import { errorMessage } from '../lib/error-message';

export const errorMessageText = (e: unknown) =>
  errorMessage(e, (key, params) => i18next.t(key, params), (key) => i18next.exists(key));
