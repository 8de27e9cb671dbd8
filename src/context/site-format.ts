import { makeFormat } from '../lib/format.ts';
import { site, t } from './site-context.ts';

/** Formatting in the deployment's language and time zone. */
export const format = makeFormat(t('locale'), site.timezone, t);
