import { relative } from 'node:path';
import { type Translate, useTranslations } from '../src/i18n/index.ts';
import { MEDIA_FOLDER } from '../src/ownership/rights.ts';
import { collectionKeys, collections } from '../src/schemas/index.ts';
import { type SiteConfig, siteSchema } from '../src/schemas/site.ts';
import { type DecapField, objectFields } from './fields.ts';
import { fieldText } from './text.ts';
import { collectionViews, readOrganisations } from './views.ts';

export interface CmsOptions {
	/** The deployment's `site.yaml`. */
	site: SiteConfig;
	/** The content folder, absolute. */
	contentDir: string;
	/** The repository root the CMS writes into (the project root). */
	root: string;
	/** `local_backend` for `decap-server` (development only): true, or its API URL. */
	localBackend?: boolean | string;
}

/**
 * Context of the commit status the pull/merge request pipelines post (content, rights, build).
 * Decap shows one status per entry in review, the one whose context is `preview_context`: a link
 * when it succeeded, a refresh button otherwise (while pending and after a failure alike). Their
 * words are about the checks (`editor.editorToolbar.deployPreview*` in src/i18n/decap/).
 */
export const REVIEW_STATUS_CONTEXT = 'kompetansebroen/sjekk';

/** Decap's commit messages (also its pull/merge request titles), in the site's language. */
const commitMessages = (t: Translate) => ({
	create: t('cms.commit.create'),
	update: t('cms.commit.update'),
	delete: t('cms.commit.delete'),
	uploadMedia: t('cms.commit.uploadMedia'),
	deleteMedia: t('cms.commit.deleteMedia'),
});

/**
 * The production backend from `site.yaml` `cms`, in Decap's terms. Every backend (git-gateway too,
 * which hands `preview_context` to its GitHub or GitLab backend) shows the checks' status, whose
 * button labels speak of the checks.
 */
function backend(site: SiteConfig, t: Translate) {
	const cms = site.cms;
	const review = { preview_context: REVIEW_STATUS_CONTEXT, commit_messages: commitMessages(t) };
	if (!cms) return { name: 'git-gateway', branch: 'main', ...review };
	return {
		name: cms.backend,
		repo: cms.repo,
		branch: cms.branch,
		...(cms.api_root && { api_root: cms.api_root }),
		...(cms.base_url && { base_url: cms.base_url }),
		...(cms.backend === 'gitlab' && { auth_type: 'pkce', ...(cms.app_id && { app_id: cms.app_id }) }),
		squash_merges: true,
		...review,
	};
}

/**
 * Fields the form does not show, with why. `draft` (fixed by the content contract) would be a second
 * notion of "draft" next to the workflow status, which is the editor's: an entry is unpublished
 * until it is "Klar" and published. Decap keeps a hidden field's value when it saves, so a `draft:
 * true` written in git stays (the preview says so), and new entries get the default, `false`.
 */
export const HIDDEN_FIELDS = new Set(['draft']);

const hideFields = (fields: DecapField[]): DecapField[] =>
	fields.map((field) => {
		if (!HIDDEN_FIELDS.has(field.name)) return field;
		const { hint: _hint, ...rest } = field;
		return { ...rest, widget: 'hidden' };
	});

/**
 * The whole Decap CMS configuration, generated from the zod schemas: one folder collection per
 * content type and a file collection for `site.yaml`. Nothing here lists fields by hand.
 */
export function cmsConfig({ site, contentDir, root, localBackend }: CmsOptions) {
	const t = useTranslations(site.language);
	const organisations = readOrganisations(contentDir);
	const folder = relative(root, contentDir).split('\\').join('/') || '.';
	const body = { name: 'body', label: t('cms.field.body'), widget: 'markdown' };
	return {
		backend: backend(site, t),
		...(localBackend && { local_backend: localBackend === true ? true : { url: localBackend } }),
		publish_mode: 'editorial_workflow',
		locale: t('cms.locale'),
		site_url: site.url,
		display_url: site.url,
		media_folder: MEDIA_FOLDER,
		public_folder: '/uploads',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			...collectionKeys.map((key) => {
				const def = collections[key];
				const mdx = def.format === 'mdx';
				const text = fieldText(t, key);
				return {
					name: key,
					label: t(`cms.collection.${key}`),
					label_singular: t(`cms.singular.${key}`),
					folder: `${folder}/${def.folder}`,
					extension: mdx ? 'mdx' : 'yaml',
					format: mdx ? 'frontmatter' : 'yaml',
					create: true,
					slug: '{{slug}}',
					identifier_field: mdx ? 'title' : 'name',
					...collectionViews(key, t, text, organisations),
					// The entry's page on a deploy preview (or on `site_url` once published).
					preview_path: `${t(`route.${key}`)}/{{slug}}/`,
					fields: [...hideFields(objectFields(def.schema, text)), ...(mdx ? [body] : [])],
				};
			}),
			{
				name: 'settings',
				label: t('cms.collection.settings'),
				editor: { preview: false },
				files: [
					{
						name: 'site',
						label: t('cms.file.site'),
						file: `${folder}/site.yaml`,
						fields: objectFields(siteSchema, fieldText(t, 'settings')),
					},
				],
			},
		],
	};
}
export type CmsConfig = ReturnType<typeof cmsConfig>;
