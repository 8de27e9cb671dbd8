/**
 * `node scripts/review-status.ts <context|pending|success|failure>`: what the pull/merge request
 * pipelines post as their commit status. `context` prints its context (`REVIEW_STATUS_CONTEXT`,
 * the one the CMS shows, see cms/config.ts); a state prints its description for editors, in the
 * site's language.
 */
import { REVIEW_STATUS_CONTEXT } from '../cms/config.ts';
import { contentDir } from '../src/context/load-context.ts';
import { translateFor } from '../src/ownership/site-language.ts';

const STATES = ['pending', 'success', 'failure'] as const;
const arg = process.argv[2];
const state = STATES.find((s) => s === arg);
const t = translateFor(contentDir());
if (arg === 'context') console.log(REVIEW_STATUS_CONTEXT);
else if (state) console.log(t(`review.status.${state}`));
else {
	console.error(t('review.error.usage', { arguments: ['context', ...STATES].join('|') }));
	process.exitCode = 2;
}
