/**
 * The rules one entry must follow that need nothing but the entry and `site.yaml`: the zod
 * schema with every refinement, local times that fall in a DST gap of the site's time zone, and
 * an organisation's region. Browser-safe (no file system): the content check runs it per file,
 * and the CMS runs the same function before an entry is saved.
 */
import type { z } from 'astro/zod';
import type { Translate } from '../i18n/index.ts';
import { localToInstant, NonexistentLocalTimeError } from '../lib/time-zone.ts';
import { findRegion } from '../regions/region-filter.ts';
import { type CollectionKey, collections } from '../schemas/index.ts';
import { type SiteConfig, siteSchema } from '../schemas/site.ts';
import { walkKinds } from '../schemas/walk.ts';
import { issueMessage, zodErrorMap } from './zod-messages.ts';

/** One thing wrong with an entry. */
export interface EntryIssue {
	/** Field path, e.g. ['sessions', 0, 'end']; [] for the entry as a whole. */
	path: (string | number)[];
	/** Translated message. */
	message: string;
}

/** What an entry is checked against: a collection's schema, or `site.yaml`'s. */
export const schemaOf = (key: CollectionKey | 'site'): z.ZodType => (key === 'site' ? siteSchema : collections[key].schema);

/**
 * Checks one entry (`data` as read from its file or the CMS form). `site` is the validated
 * `site.yaml`: without it, the time-zone and region rules are skipped. Messages come from `t`,
 * the translations of the site's language. `data` in the result is
 * the schema's output, present whenever the schema accepts the entry (the other rules may still
 * have found issues).
 */
export function checkEntry(
	key: CollectionKey | 'site',
	data: unknown,
	options: { site?: SiteConfig; t: Translate },
): { data?: Record<string, unknown>; issues: EntryIssue[] } {
	const { site, t } = options;
	const schema = schemaOf(key);
	const result = schema.safeParse(data, { error: zodErrorMap(t) });
	if (!result.success)
		return { issues: result.error.issues.map((issue) => ({ path: issue.path as EntryIssue['path'], message: issueMessage(issue, t) })) };
	const parsed = result.data as Record<string, unknown>;
	const issues: EntryIssue[] = [];
	if (site) {
		walkKinds(schema, parsed, (meta, value, path) => {
			if (meta.kind !== 'datetime') return;
			try {
				localToInstant(value as string, site.timezone);
			} catch (error) {
				if (!(error instanceof NonexistentLocalTimeError)) throw error;
				issues.push({ path, message: t('validation.dstGap', { timezone: site.timezone }) });
			}
		});
	}
	const regions = site?.regions ?? [];
	const region = key === 'organisations' ? (parsed.region as string | undefined) : undefined;
	if (regions.length && region !== undefined && !findRegion(regions, region)) {
		issues.push({ path: ['region'], message: t('validation.unknownRegion', { regions: regions.map((r) => r.name).join(', ') }) });
	}
	return { data: parsed, issues };
}
